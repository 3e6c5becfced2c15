/** Placeholder until the share dialog lands (issue 6). */
export function ShareDialog() {
  return null;
}
