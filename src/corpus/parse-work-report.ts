/**
 * 004: 政府工作报告, a newspaper fragment (sections 五–九 and the tail of an unnamed earlier one). One paragraph per
 * line, page-jump markers, and verbatim copies of earlier lines spliced into later ones, which are removed here.
 */
import { parseChineseNumeral } from './chinese-numerals.ts';
import { CorpusError } from './corpus-error.ts';
import type { ParsedBody } from './parse-sichuan-outline.ts';
import { endsSentence, runInLead } from './text-cleaning.ts';
import { type Segment, TreeBuilder } from './tree-builder.ts';
import type { RemovedText, SourceGap } from './types.ts';

const jumpMarkerPattern = /[(（](上接|下转)第[一二三四五六七八九十]+版[)）]/g;
const sectionPattern = /^[(（]([一二三四五六七八九十]+)[)）](.+?。)/;
/** Shortest repeat treated as a splice; ordinary repeated phrases in the report are far shorter. */
const minimumSpliceLength = 24;

export interface ParsedWorkReport extends ParsedBody {
  removed: RemovedText[];
}

export function parseWorkReport(documentId: string, sourcePath: string, lines: string[]): ParsedWorkReport {
  const titleLine = lines.findIndex((line) => line.trim() === '政府工作报告') + 1;
  if (titleLine === 0) {
    throw new CorpusError(
      sourcePath,
      lines.length,
      `title 政府工作报告 not found in lines 1–${lines.length}`,
    );
  }
  const { kept, removed, gaps } = removeSplices(lines, titleLine + 1);
  const splicedLines = new Set(removed.map((entry) => entry.lines[0]));
  gaps.push(...findLostFragments(lines));
  const builder = new TreeBuilder(documentId, sourcePath);
  let pending: Segment[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.map((segment) => segment.text).join('');
    const lead = runInLead(text);
    builder.addParagraph(pending, lead === undefined ? {} : { lead });
    pending = [];
  };
  for (let lineNumber = titleLine + 1; lineNumber <= lines.length; lineNumber++) {
    const text = (kept.get(lineNumber) ?? '').replace(jumpMarkerPattern, '').trim();
    if (text === '') continue;
    const section = sectionPattern.exec(text);
    if (section) {
      flush();
      const number = parseChineseNumeral(section[1] ?? '');
      if (number === null) throw new CorpusError(sourcePath, lineNumber, 'unreadable section number');
      const heading = section[0];
      builder.openContainer('section', `s${number}`, {
        title: (section[2] ?? '').replace(/。$/, ''),
        text: heading,
        line: lineNumber,
      });
      const rest = text.slice(heading.length).trim();
      if (rest !== '') pending.push({ line: lineNumber, text: rest });
      continue;
    }
    const previous = pending[pending.length - 1];
    // A line cut by a splice ends its paragraph: the lost text, not a page break, broke the sentence.
    if (previous && (endsSentence(previous.text) || splicedLines.has(previous.line))) flush();
    pending.push({ line: lineNumber, text });
  }
  flush();
  const blocks = builder.finish();
  for (const gap of gaps) {
    gap.block =
      blocks.find(
        (block) =>
          block.kind === 'paragraph' && block.lines[0] <= gap.lines[0] && block.lines[1] >= gap.lines[0],
      )?.id ?? null;
  }
  return { blocks, gaps, removed };
}

/**
 * Finds, line by line, the longest stretch that also occurs in an earlier line and deletes it from the later
 * line, until no stretch of `minimumSpliceLength` characters is left. Comparing with the original earlier lines
 * also catches a copy of a line that itself carries a copy.
 */
export function removeSplices(
  lines: string[],
  firstLine: number,
): { kept: Map<number, string>; removed: RemovedText[]; gaps: SourceGap[] } {
  const kept = new Map<number, string>();
  const removed: RemovedText[] = [];
  const gaps: SourceGap[] = [];
  for (let lineNumber = firstLine; lineNumber <= lines.length; lineNumber++) {
    let text = lines[lineNumber - 1] ?? '';
    for (;;) {
      let best = { length: 0, start: 0, earlier: 0 };
      for (let earlier = firstLine; earlier < lineNumber; earlier++) {
        const match = longestCommonSubstring(text, lines[earlier - 1] ?? '');
        if (match.length > best.length) best = { length: match.length, start: match.start, earlier };
      }
      if (best.length < minimumSpliceLength) break;
      const copy = text.slice(best.start, best.start + best.length);
      removed.push({
        lines: [lineNumber, lineNumber],
        duplicate_of: best.earlier,
        reason: `verbatim copy of text from line ${best.earlier} spliced into this line`,
        text: copy,
      });
      gaps.push({
        lines: [lineNumber, lineNumber],
        block: null,
        note: `Text lost at a splice: after "${text.slice(Math.max(0, best.start - 8), best.start)}" the source holds a verbatim copy of text from line ${best.earlier} (removed); whatever stood there in the report is lost.`,
      });
      text = text.slice(0, best.start) + text.slice(best.start + best.length);
    }
    kept.set(lineNumber, text);
  }
  return { kept, removed, gaps };
}

/** Longest common substring by dynamic programming over one row; lines are a few hundred characters. */
function longestCommonSubstring(text: string, other: string): { length: number; start: number } {
  let best = { length: 0, start: 0 };
  let previousRow = new Uint16Array(other.length + 1);
  for (let i = 1; i <= text.length; i++) {
    const row = new Uint16Array(other.length + 1);
    for (let j = 1; j <= other.length; j++) {
      if (text[i - 1] === other[j - 1]) {
        const length = (previousRow[j - 1] ?? 0) + 1;
        row[j] = length;
        if (length > best.length) best = { length, start: i - length };
      }
    }
    previousRow = row;
  }
  return best;
}

/**
 * In (七) the sentence "做好生态治…" breaks off and a transport fragment follows (至马尔康、郎木寺至汶川等高速公路…)
 * that belongs to the lost end of (五) 着力扩通道强枢纽. Recorded so the reader does not cite it as ecology text.
 */
function findLostFragments(lines: string[]): SourceGap[] {
  const lineIndex = lines.findIndex((line) => line.includes('做好生态治至马尔康'));
  if (lineIndex === -1) return [];
  return [
    {
      lines: [lineIndex + 1, lineIndex + 1],
      block: null,
      note: 'Text lost in the source: the sentence breaks off at "做好生态治"; the transport fragment that follows ("至马尔康、郎木寺至汶川等高速公路项目建设…") is the tail of a lost passage that belongs with (五) 着力扩通道强枢纽, not with (七).',
    },
  ];
}
