/**
 * 001: 中共四川省委关于全面推动高质量发展的决定 (2018). A flat list of 26 numbered items with no blank lines;
 * paragraphs are either one long line or hard-wrapped at 40 characters.
 */
import { CorpusError } from './corpus-error.ts';
import type { ParsedBody } from './parse-sichuan-outline.ts';
import { deleteSpacesBetweenWide, runInLead } from './text-cleaning.ts';
import { type Segment, TreeBuilder } from './tree-builder.ts';

/** Width of the hard-wrapped lines; a full-width line ending in 。 usually continues (the wrap fell on it). */
const wrapWidth = 40;
const itemPattern = /^(\[bookmark: _GoBack\])?(\d+)\.(.+)$/;

export function parseDecision(documentId: string, sourcePath: string, lines: string[]): ParsedBody {
  const builder = new TreeBuilder(documentId, sourcePath);
  // Line 1 is the title and line 2 the adoption note: both are catalogue data, cited there.
  let segments: Segment[] = [];
  let expectedItem = 1;
  const flush = () => {
    if (segments.length === 0) return;
    const text = segments.map((segment) => segment.text).join('');
    const lead = runInLead(text);
    builder.addParagraph(segments, lead === undefined ? {} : { lead });
    segments = [];
  };
  for (let lineNumber = 3; lineNumber <= lines.length; lineNumber++) {
    const raw = lines[lineNumber - 1] ?? '';
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const item = itemPattern.exec(trimmed);
    if (item && Number(item[2]) === expectedItem && segments.length === 0) {
      const title = (item[3] ?? '').trim();
      builder.openContainer('item', `i${expectedItem}`, {
        title: title.replace(/。$/, ''),
        text: trimmed.replace(/^\[bookmark: _GoBack\]/, ''),
        line: lineNumber,
      });
      expectedItem++;
      continue;
    }
    const text = deleteSpacesBetweenWide(raw).trim();
    segments.push({ line: lineNumber, text });
    const compactLength = text.replace(/\s/g, '').length;
    const ends =
      /[。！？]$/.test(text) &&
      !(compactLength === wrapWidth && !nextIsItem(lines, lineNumber, expectedItem));
    if (ends) flush();
  }
  flush();
  if (expectedItem === 1) throw new CorpusError(sourcePath, 3, 'no numbered item "1." found');
  return { blocks: builder.finish(), gaps: [] };
}

function nextIsItem(lines: string[], lineNumber: number, expectedItem: number): boolean {
  const next = itemPattern.exec((lines[lineNumber] ?? '').trim());
  return next !== null && Number(next[2]) === expectedItem;
}
