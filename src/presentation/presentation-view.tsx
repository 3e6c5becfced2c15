/** Placeholder until presentation mode lands (issue 6). */
export function PresentationView() {
  return null;
}
