/** Placeholder until the briefings dialog lands (issue 6). */
export function BriefingsDialog() {
  return null;
}
