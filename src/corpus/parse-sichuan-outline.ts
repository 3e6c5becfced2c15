/** 000: 四川省国民经济和社会发展第十五个五年规划纲要 (web copy from 四川日报). */
import { CorpusError } from './corpus-error.ts';
import { parseOutlineBody } from './parse-outline.ts';
import { endsSentence } from './text-cleaning.ts';
import { TreeBuilder } from './tree-builder.ts';
import type { SourceGap } from './types.ts';

export interface ParsedBody {
  blocks: ReturnType<TreeBuilder['finish']>;
  gaps: SourceGap[];
}

/** Web-page chrome of the 四川日报 copy. */
const chromePattern = /^(【字体[:：].*】|分享[:：]?)$/;

export function parseSichuanOutline(documentId: string, sourcePath: string, lines: string[]): ParsedBody {
  const tocLine = findLine(lines, (line) => /^目\s*录$/.test(line.trim()), 1);
  if (tocLine === null) {
    throw new CorpusError(
      sourcePath,
      lines.length,
      `no table of contents (目 录) found in lines 1–${lines.length}`,
    );
  }
  const bodyStart = findBodyStart(sourcePath, lines, tocLine);

  const builder = new TreeBuilder(documentId, sourcePath);
  const result = parseOutlineBody(
    lines,
    {
      sourcePath,
      firstLine: bodyStart,
      lastLine: lines.length,
      isChrome: (line) => chromePattern.test(line),
      cleanLine: (line) => line,
      boxEnd: 'next-heading',
    },
    builder,
  );
  const blocks = builder.finish();
  const gaps: SourceGap[] = [];
  const last = result.lastSegment;
  if (last && !endsSentence(last.text)) {
    gaps.push({
      lines: [last.line, last.line],
      block: blocks.find((block) => block.kind === 'paragraph' && block.lines[1] === last.line)?.id ?? null,
      note: 'The source file ends mid-sentence here; the rest of the document is missing from the seeds copy.',
    });
  }
  return { blocks, gaps };
}

/** First 1-based line at or after `from` that satisfies the predicate. */
export function findLine(lines: string[], predicate: (line: string) => boolean, from: number): number | null {
  for (let lineNumber = from; lineNumber <= lines.length; lineNumber++) {
    if (predicate(lines[lineNumber - 1] ?? '')) return lineNumber;
  }
  return null;
}

/** Heading text without spaces, tabs or a trailing page number, so a TOC entry matches its body heading. */
function headingKey(line: string): string {
  return line.replace(/\s+/g, '').replace(/\d+$/, '');
}

/** The TOC repeats the body headings; the body starts where the first TOC entry appears again. */
export function findBodyStart(sourcePath: string, lines: string[], tocLine: number): number {
  const firstEntry = findLine(lines, (line) => line.trim() !== '', tocLine + 1);
  const key = firstEntry === null ? '' : headingKey(lines[firstEntry - 1] ?? '');
  const bodyStart =
    firstEntry === null ? null : findLine(lines, (line) => headingKey(line) === key, firstEntry + 1);
  if (bodyStart === null)
    throw new CorpusError(sourcePath, firstEntry, 'body does not repeat the first TOC heading');
  return bodyStart;
}
