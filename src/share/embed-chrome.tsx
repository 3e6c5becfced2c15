/** Placeholder until the embed chrome lands (issue 6). */
export function EmbedChrome() {
  return null;
}
