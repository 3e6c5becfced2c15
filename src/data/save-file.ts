/**
 * The one way the atlas hands a file to the browser (exports, citation lists, bookmarks, briefings): a temporary
 * object URL on a clicked link. The URL is revoked later, not at once: Chromium reads the blob after click() returns.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text as a UTF-8 file. */
export function saveText(filename: string, text: string, mime: string): void {
  saveBlob(new Blob([text], { type: `${mime};charset=utf-8` }), filename);
}
