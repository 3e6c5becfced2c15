/** Interface strings for share links, bookmarks and embeds (src/share). Merged into STRINGS by strings.ts; `en` is typed against `zh`. */
export const zh = {
  shareButton: '分享',
};

export const en: Record<keyof typeof zh, string> = {
  shareButton: 'Share',
};
