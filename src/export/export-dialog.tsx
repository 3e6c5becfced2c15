/** Placeholder until the export dialog lands (issue 6). */
export function ExportDialog() {
  return null;
}
