/** 002: 成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要. */
import { CorpusError } from './corpus-error.ts';
import { parseOutlineBody } from './parse-outline.ts';
import { findBodyStart, findLine, type ParsedBody } from './parse-sichuan-outline.ts';
import { runInLead } from './text-cleaning.ts';
import { type Segment, TreeBuilder } from './tree-builder.ts';
import type { SourceGap } from './types.ts';

/** Running header/footer of the printed edition (a cut title and a mistranslated English title), with bold marks. */
const chromePattern =
  /^(\*\*)?(市国民经济和社会发展|第十四个五年规划和二〇三五年远景目标纲要|Chengde's Outline of)/;

/** Deletes markdown bold and item bullets; both are layout, not text. */
function cleanLine(line: string): string {
  return line.replaceAll('**', '').replace(/^◆\s*/, '');
}

export function parseChengduOutline(documentId: string, sourcePath: string, lines: string[]): ParsedBody {
  const tocLine = findLine(lines, (line) => /^目\s*录$/.test(line.trim()), 1);
  const resolutionLine = findLine(lines, (line) => line.includes('的决议'), 1);
  const prefaceLine = findLine(lines, (line) => line.trim() === '前言', 1);
  if (tocLine === null || resolutionLine === null || prefaceLine === null) {
    throw new CorpusError(
      sourcePath,
      lines.length,
      `front matter (决议, 前言, 目 录) not found in lines 1–${lines.length}`,
    );
  }
  const bodyStart = findBodyStart(sourcePath, lines, tocLine);

  const builder = new TreeBuilder(documentId, sourcePath);
  const resolutionTitle = (lines[resolutionLine - 1] ?? '').trim();
  builder.openContainer('part', 'resolution', {
    title: resolutionTitle.replace(/\s+/g, ''),
    text: resolutionTitle,
    line: resolutionLine,
  });
  addLineParagraphs(builder, lines, resolutionLine + 1, prefaceLine - 1);
  builder.openContainer('part', 'preface', { title: '前言', text: '前言', line: prefaceLine });
  addLineParagraphs(builder, lines, prefaceLine + 1, tocLine - 1);

  parseOutlineBody(
    lines,
    {
      sourcePath,
      firstLine: bodyStart,
      lastLine: lines.length,
      isChrome: (line) => chromePattern.test(line),
      cleanLine,
      boxEnd: 'non-item',
    },
    builder,
  );
  const blocks = builder.finish();
  return { blocks, gaps: findKnownGaps(sourcePath, lines, blocks) };
}

/** Front matter: paragraphs end at a sentence end, a closing bracket or a blank line. */
function addLineParagraphs(builder: TreeBuilder, lines: string[], first: number, last: number): void {
  let segments: Segment[] = [];
  const flush = () => {
    const text = segments.map((segment) => segment.text).join('');
    const lead = runInLead(text);
    builder.addParagraph(segments, lead === undefined ? {} : { lead });
    segments = [];
  };
  for (let lineNumber = first; lineNumber <= last; lineNumber++) {
    const trimmed = (lines[lineNumber - 1] ?? '').trim();
    if (trimmed === '') {
      if (segments.length > 0) flush();
      continue;
    }
    segments.push({ line: lineNumber, text: trimmed });
  }
  if (segments.length > 0) flush();
}

/**
 * The body lost 第九篇第一章 end of 第二节, the 第三节 heading and 专栏41 between two lines (the TOC lists them).
 * The loss is recognised by its two edges so that a changed source fails loudly instead of recording a wrong gap.
 */
function findKnownGaps(sourcePath: string, lines: string[], blocks: ParsedBody['blocks']): SourceGap[] {
  const before = findLine(
    lines,
    (line) => line.trimEnd().endsWith('以特色湖泊湿地、人文景观和农林产业等'),
    1,
  );
  if (before === null)
    throw new CorpusError(
      sourcePath,
      lines.length,
      `the known text loss before 城市蓝网 is not in lines 1–${lines.length}`,
    );
  const after = findLine(lines, (line) => line.trim() !== '', before + 1);
  if (after === null || !(lines[after - 1] ?? '').startsWith('脉”')) {
    throw new CorpusError(sourcePath, before, 'the known text loss no longer matches its edges');
  }
  const block = blocks.find(
    (candidate) =>
      candidate.kind === 'paragraph' && candidate.lines[0] <= before && candidate.lines[1] >= before,
  );
  return [
    {
      lines: [before, after],
      block: block?.id ?? null,
      note: 'Text lost in the source: the sentence breaks off after "农林产业等"; the rest of 第九篇第一章第二节, the heading 第三节 打造蓝绿交织的绿道蓝网 (listed in the TOC) and all of 专栏41 are missing; the text resumes mid-sentence at "脉”。".',
    },
  ];
}
