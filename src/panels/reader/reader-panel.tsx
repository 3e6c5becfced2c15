/** Placeholder until the reader lands: the side-panel reader and the full-page reading view. */
export function ReaderPanel() {
  return null;
}

export function ReaderPage() {
  return null;
}
