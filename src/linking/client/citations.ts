/**
 * Citation lists for export: plain text for pasting into a memo, CSV for a spreadsheet. Pure formatting plus one
 * small download helper (a Blob and a temporary link; no HTML is built from plan text).
 */

export interface Citation {
  doc: string;
  docTitle: string;
  date: string | null;
  block: string;
  line: number;
  features: string[];
  sentence: string;
}

export function citationsToText(citations: readonly Citation[], heading: string): string {
  const lines = [heading, ''];
  let doc = '';
  for (const c of citations) {
    if (c.doc !== doc) {
      doc = c.doc;
      if (lines.length > 2) lines.push('');
      lines.push(`《${c.docTitle}》${c.date ? `（${c.date}）` : ''}`);
    }
    lines.push(
      `- ${c.sentence.replace(/\s+/g, ' ').trim()} [${c.block}, seeds line ${c.line}; ${c.features.join('、')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would be read as a formula by spreadsheets; a quote mark keeps it text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function citationsToCsv(citations: readonly Citation[]): string {
  const header = ['document', 'title', 'date', 'block', 'seeds_line', 'features', 'sentence'];
  const rows = citations.map((c) =>
    [c.doc, c.docTitle, c.date, c.block, c.line, c.features.join(';'), c.sentence].map(csvField).join(','),
  );
  // BOM so spreadsheet programs read the Chinese as UTF-8.
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
