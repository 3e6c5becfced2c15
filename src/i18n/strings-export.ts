/** Interface strings for export and print (src/export). Merged into STRINGS by strings.ts; `en` is typed against `zh`. */
export const zh = {
  exportButton: '导出',
};

export const en: Record<keyof typeof zh, string> = {
  exportButton: 'Export',
};
