/**
 * Body parser for the two outline-style plans (000 Sichuan 15th FYP, 002 Chengdu 14th FYP): one paragraph per
 * physical line, headings on their own lines, boxes (专栏) with items and TAB tables, paragraphs cut by page
 * breaks. Document-specific front matter lives in parse-sichuan-outline.ts and parse-chengdu-outline.ts.
 */
import { parseChineseNumeral } from './chinese-numerals.ts';
import { CorpusError } from './corpus-error.ts';
import { endsSentence, runInLead } from './text-cleaning.ts';
import type { Segment, TreeBuilder } from './tree-builder.ts';

export interface OutlineProfile {
  sourcePath: string;
  /** 1-based inclusive range of the body (after the table of contents). */
  firstLine: number;
  lastLine: number;
  /** Running headers, footers and web chrome: dropped wherever they appear. */
  isChrome(trimmedLine: string): boolean;
  /** Deletion-only cleaning of one line (markdown bold, item bullets). */
  cleanLine(trimmedLine: string): string;
  /**
   * How a box ends. `next-heading`: only a heading or figure closes it (000). `non-item`: the first line that is
   * not an item, table row, note or continuation closes it (002, where body text resumes after boxes).
   */
  boxEnd: 'next-heading' | 'non-item';
}

const numeral = '[一二三四五六七八九十]+';
const partPattern = new RegExp(`^第(${numeral})篇\\s+(.+)$`);
const chapterPattern = new RegExp(`^第(${numeral})章\\s+(.+)$`);
const sectionPattern = new RegExp(`^第(${numeral})节\\s+(.+)$`);
const boxPattern = /^专栏\s*(\d+)\s*(.*)$/;
const figurePattern = /^图\s*(\d+)\s+(.+)$/;
const conclusionPattern = /^结\s*语$/;
const annexPattern = new RegExp(`^附件(${numeral})[：:]?$`);
/** Lines that keep a 002 box open: items, notes and numbered sub-heads. */
const boxLinePattern = /^(◆|注[：:]|\d+\.\s*\S)/;

interface Pending {
  kind: 'paragraph' | 'table';
  segments: Segment[];
  firstRow?: string;
}

export interface OutlineResult {
  /** Last segment of the body, to detect a file that ends mid-sentence. */
  lastSegment: Segment | null;
}

export function parseOutlineBody(
  lines: string[],
  profile: OutlineProfile,
  builder: TreeBuilder,
): OutlineResult {
  let pending: Pending | null = null;
  let highestBox = 0;
  let lastSegment: Segment | null = null;

  const flush = () => {
    if (!pending) return;
    if (pending.kind === 'table') builder.addTable(pending.segments);
    else {
      const text = pending.segments.map((segment) => segment.text).join('');
      const lead = runInLead(text);
      builder.addParagraph(pending.segments, lead === undefined ? {} : { lead });
    }
    pending = null;
  };

  for (let lineNumber = profile.firstLine; lineNumber <= profile.lastLine; lineNumber++) {
    const raw = lines[lineNumber - 1] ?? '';
    const trimmed = raw.trim();
    if (trimmed === '' || profile.isChrome(trimmed)) continue;
    const heading = matchHeading(trimmed);
    if (heading && trimmed.length <= 80) {
      flush();
      const number = heading.ordinal === null ? null : parseChineseNumeral(heading.ordinal);
      if (heading.ordinal !== null && number === null) {
        throw new CorpusError(profile.sourcePath, lineNumber, `unreadable heading number in "${trimmed}"`);
      }
      if (heading.kind === 'annex') {
        // The annex title is the next non-empty line; it belongs to the heading, not to the body.
        let titleLine = lineNumber + 1;
        while (titleLine <= profile.lastLine && (lines[titleLine - 1] ?? '').trim() === '') titleLine++;
        const title = profile.cleanLine((lines[titleLine - 1] ?? '').trim());
        builder.openContainer('part', `annex${number}`, { title, text: trimmed, line: lineNumber });
        lineNumber = titleLine;
        continue;
      }
      const segment = heading.kind === 'conclusion' ? 'conclusion' : `${heading.prefix}${number}`;
      builder.openContainer(heading.kind === 'conclusion' ? 'part' : heading.kind, segment, {
        title: heading.title,
        text: trimmed,
        line: lineNumber,
      });
      continue;
    }
    const box = boxPattern.exec(trimmed);
    if (box) {
      const number = Number(box[1]);
      // Boxes are numbered through the whole plan, so a number already seen is a header repeated after a page
      // break: drop it and let the interrupted item or table continue.
      if (number <= highestBox) continue;
      flush();
      highestBox = number;
      builder.openContainer('box', `b${number}`, {
        title: (box[2] ?? '').trim(),
        text: trimmed,
        line: lineNumber,
      });
      continue;
    }
    const figure = figurePattern.exec(trimmed);
    if (figure) {
      flush();
      builder.closeTo(3);
      const segments = [{ line: lineNumber, text: trimmed }];
      builder.addFigure(Number(figure[1]), segments, (figure[2] ?? '').trim());
      continue;
    }
    if (raw.includes('\t')) {
      const row = raw.trimEnd();
      if (pending?.kind === 'table') {
        // Tables repeat their header row after a page break.
        if (row !== pending.firstRow) pending.segments.push({ line: lineNumber, text: `\n${row}` });
        continue;
      }
      flush();
      pending = { kind: 'table', segments: [{ line: lineNumber, text: row }], firstRow: row };
      lastSegment = null;
      continue;
    }
    const text = profile.cleanLine(trimmed);
    const segment = { line: lineNumber, text };
    lastSegment = segment;
    const previous =
      pending?.kind === 'paragraph' ? pending.segments[pending.segments.length - 1] : undefined;
    if (previous && !endsSentence(previous.text)) {
      // A page break cut the paragraph: the continuation joins with no separator.
      const itemStart = builder.currentKind() === 'box' ? runInItemStart(text) : -1;
      if (itemStart === -1) {
        pending?.segments.push(segment);
        continue;
      }
      // The continuation line also holds the next box item whole (000 line 643: …及时转化。中试验证。…).
      pending?.segments.push({ line: lineNumber, text: text.slice(0, itemStart) });
      flush();
      pending = { kind: 'paragraph', segments: [{ line: lineNumber, text: text.slice(itemStart) }] };
      continue;
    }
    flush();
    if (profile.boxEnd === 'non-item' && builder.currentKind() === 'box' && !boxLinePattern.test(trimmed)) {
      builder.closeTo(3);
    }
    pending = { kind: 'paragraph', segments: [segment] };
  }
  flush();
  return { lastSegment };
}

/**
 * Offset where a box item (`小标题。正文`) starts inside a continuation line, or -1: a sentence end followed by a
 * short comma-free title that ends in 。 and more text.
 */
export function runInItemStart(text: string): number {
  for (const match of text.matchAll(/。([^。，、；：,;:“”]{2,14})。./g)) {
    // Item titles are noun phrases (中试验证, 智慧城市建设工程); a short sentence opening with a verb
    // (加强应急科技支撑能力建设。) is ordinary item text.
    if (!itemVerbPattern.test(match[1] ?? '')) return match.index + 1;
  }
  return -1;
}

const itemVerbPattern =
  /^(加强|推进|实施|加快|建设|推动|强化|完善|提升|支持|开展|深化|促进|打造|构建|健全|培育|发展)/;

interface HeadingMatch {
  kind: 'part' | 'chapter' | 'section' | 'conclusion' | 'annex';
  prefix: string;
  ordinal: string | null;
  title: string;
}

function matchHeading(trimmed: string): HeadingMatch | null {
  const patterns: [HeadingMatch['kind'], string, RegExp][] = [
    ['part', 'p', partPattern],
    ['chapter', 'c', chapterPattern],
    ['section', 's', sectionPattern],
  ];
  for (const [kind, prefix, pattern] of patterns) {
    const match = pattern.exec(trimmed);
    if (match && !trimmed.includes('。'))
      return { kind, prefix, ordinal: match[1] ?? '', title: (match[2] ?? '').trim() };
  }
  if (conclusionPattern.test(trimmed))
    return { kind: 'conclusion', prefix: '', ordinal: null, title: '结语' };
  const annex = annexPattern.exec(trimmed);
  if (annex) return { kind: 'annex', prefix: 'annex', ordinal: annex[1] ?? '', title: '' };
  return null;
}
