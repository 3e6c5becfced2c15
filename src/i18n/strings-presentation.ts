/** Interface strings for presentation mode and briefings (src/presentation). Merged into STRINGS by strings.ts; `en` is typed against `zh`. */
export const zh = {
  presentButton: '演示',
};

export const en: Record<keyof typeof zh, string> = {
  presentButton: 'Present',
};
