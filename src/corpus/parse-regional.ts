/**
 * 003: 川府发〔2021〕7号, a cover notice followed by five regional plans (all five TOCs first, then the bodies).
 * The bodies are PDF text: every printed line is its own line followed by a blank line, so paragraphs are found
 * from the printed layout (a paragraph's first line is indented two em, its last line is short).
 */
import { parseChineseNumeral } from './chinese-numerals.ts';
import { CorpusError } from './corpus-error.ts';
import type { ParsedBody } from './parse-sichuan-outline.ts';
import { deleteExtractionSpaces, displayWidth, runInLead } from './text-cleaning.ts';
import { type Segment, TreeBuilder } from './tree-builder.ts';

export interface RegionalPlanSpec {
  id: string;
  title: string;
}

export interface RegionalSplit {
  notice: [number, number];
  plans: { spec: RegionalPlanSpec; titleLine: number; lines: [number, number] }[];
}

const pageLinePattern = /^—\d+—$/;
const headingPattern = /^第([一二三四五六七八九十]+)([章节])[\s\u3000]+(.+)$/;
const boxPattern = /^专栏\s*(\d+)[\s\u3000]+(.+)$/;
const figurePattern = /^图\s*(\d+)[\s\u3000]+(.+)$/;
/** Box items are `N　 title` with an ideographic space, unlike body lines that start with a number. */
const boxItemPattern = /^(\d+)\u3000\s*(.+)$/;
const sentenceEndPattern = /[。！？；][”’）)]?$/;
/** Widths (em) that separate body lines (≈28–30) from the wider box lines (≈35–39). */
const widestBodyLine = 31.5;
/** A short line that ends a sentence ends its paragraph. */
const shortestFullLine = 26.75;
/** A paragraph's first line is indented by two em; a difference of more than this to a full line marks it. */
const indentTolerance = 1.25;

/** Finds the cover notice and the five plan bodies: each plan title appears over its TOC, then over its body. */
export function splitRegional(sourcePath: string, lines: string[], specs: RegionalPlanSpec[]): RegionalSplit {
  const titleLines = specs.map((spec) => {
    const hits: number[] = [];
    lines.forEach((line, index) => {
      if (line.trim() === spec.title) hits.push(index + 1);
    });
    if (hits.length !== 2) {
      throw new CorpusError(
        sourcePath,
        hits[0] ?? lines.length,
        `expected plan title "${spec.title}" twice (TOC and body), found ${hits.length}`,
      );
    }
    return { spec, tocLine: hits[0] ?? 0, titleLine: hits[1] ?? 0 };
  });
  const firstToc = Math.min(...titleLines.map((entry) => entry.tocLine));
  const plans = titleLines.map((entry, index) => {
    const next = titleLines[index + 1];
    const end = next ? next.titleLine - 1 : lines.length;
    if (next && next.titleLine <= entry.titleLine) {
      throw new CorpusError(sourcePath, next.titleLine, 'plan bodies are not in catalogue order');
    }
    return {
      spec: entry.spec,
      titleLine: entry.titleLine,
      lines: [entry.titleLine, end] as [number, number],
    };
  });
  return { notice: [1, firstToc - 1], plans };
}

/** The cover notice: short blocks separated by blank lines, wrapped lines joined until a sentence ends. */
export function parseNotice(
  documentId: string,
  sourcePath: string,
  lines: string[],
  range: [number, number],
): ParsedBody {
  const builder = new TreeBuilder(documentId, sourcePath);
  let segments: Segment[] = [];
  const flush = () => {
    if (segments.length > 0) builder.addParagraph(segments);
    segments = [];
  };
  // The first content lines (issuer and title) are catalogue data; the notice text starts at the document number.
  const numberLine = lines.findIndex((line, index) => index + 1 >= range[0] && /〔\d{4}〕/.test(line)) + 1;
  if (numberLine === 0)
    throw new CorpusError(sourcePath, range[0], 'document number (〔year〕) not found in notice');
  for (let lineNumber = numberLine; lineNumber <= range[1]; lineNumber++) {
    const trimmed = (lines[lineNumber - 1] ?? '').trim();
    if (trimmed === '' || pageLinePattern.test(trimmed)) continue;
    segments.push({ line: lineNumber, text: deleteExtractionSpaces(trimmed) });
    const last = segments[segments.length - 1];
    if (
      last &&
      (sentenceEndPattern.test(last.text) || /[:：]$/.test(last.text) || displayWidth(trimmed) < 20)
    )
      flush();
  }
  flush();
  return { blocks: builder.finish(), gaps: [] };
}

interface ContentLine {
  line: number;
  trimmed: string;
  text: string;
  width: number;
}

export function parseRegionalPlan(
  documentId: string,
  sourcePath: string,
  lines: string[],
  range: [number, number],
): ParsedBody {
  const builder = new TreeBuilder(documentId, sourcePath);
  const content: ContentLine[] = [];
  for (let lineNumber = range[0] + 1; lineNumber <= range[1]; lineNumber++) {
    const trimmed = (lines[lineNumber - 1] ?? '').trim();
    if (trimmed === '' || pageLinePattern.test(trimmed)) continue;
    content.push({
      line: lineNumber,
      trimmed,
      text: deleteExtractionSpaces(trimmed),
      width: displayWidth(trimmed),
    });
  }
  let segments: Segment[] = [];
  let itemTitle: string | undefined;
  let chapters = 0;
  const flush = () => {
    if (segments.length > 0) {
      const text = segments.map((segment) => segment.text).join('');
      const lead = itemTitle === undefined ? runInLead(text) : undefined;
      builder.addParagraph(segments, {
        ...(lead === undefined ? {} : { lead }),
        ...(itemTitle === undefined ? {} : { title: itemTitle }),
      });
    }
    segments = [];
    itemTitle = undefined;
  };

  for (let index = 0; index < content.length; index++) {
    const current = content[index];
    if (!current) continue;
    const heading = headingPattern.exec(current.trimmed);
    if (heading && !current.trimmed.includes('。') && current.width < 30) {
      flush();
      const number = parseChineseNumeral(heading[1] ?? '');
      if (number === null) throw new CorpusError(sourcePath, current.line, 'unreadable heading number');
      const isChapter = heading[2] === '章';
      if (isChapter) chapters++;
      builder.openContainer(isChapter ? 'chapter' : 'section', `${isChapter ? 'c' : 's'}${number}`, {
        title: deleteExtractionSpaces(heading[3] ?? ''),
        text: current.text,
        line: current.line,
      });
      continue;
    }
    const box = boxPattern.exec(current.trimmed);
    if (box) {
      flush();
      builder.openContainer('box', `b${box[1]}`, {
        title: deleteExtractionSpaces(box[2] ?? ''),
        text: current.text,
        line: current.line,
      });
      continue;
    }
    const figure = figurePattern.exec(current.trimmed);
    if (figure) {
      flush();
      builder.closeTo(3);
      builder.addFigure(
        Number(figure[1]),
        [{ line: current.line, text: current.text }],
        deleteExtractionSpaces(figure[2] ?? ''),
      );
      continue;
    }
    const inBox = builder.currentKind() === 'box';
    const item = inBox ? boxItemPattern.exec(current.trimmed) : null;
    if (item) {
      flush();
      itemTitle = deleteExtractionSpaces(item[2] ?? '');
      // The item header line is part of the paragraph's range; its text is the title, not body text.
      segments.push({ line: current.line, text: '' });
      continue;
    }
    const previous = content[index - 1];
    const previousEnds =
      segments.length > 0 && previous !== undefined && sentenceEndPattern.test(previous.text);
    // In a box, a narrow line that ends a sentence is the last line of an item (6908), not body text.
    const shortClosingLine = sentenceEndPattern.test(current.text);
    if (inBox && previousEnds && current.width <= widestBodyLine && !shortClosingLine) {
      // Body text resumes after the box.
      flush();
      builder.closeTo(3);
    } else if (
      previousEnds &&
      !inBox &&
      previous !== undefined &&
      startsParagraph(previous, current, content[index + 1])
    ) {
      flush();
    } else if (previousEnds && inBox && itemTitle === undefined) {
      flush();
    }
    segments.push({ line: current.line, text: current.text });
  }
  flush();
  if (chapters === 0)
    throw new CorpusError(sourcePath, range[0], 'plan body has no chapter (第一章) heading');
  return { blocks: builder.finish(), gaps: [] };
}

/** After a line that ends a sentence: does `current` open a new paragraph? */
function startsParagraph(
  previous: ContentLine,
  current: ContentLine,
  next: ContentLine | undefined,
): boolean {
  if (previous.width < shortestFullLine) return true;
  // The previous line is full, so the paragraph may go on. A new paragraph shows as an indented first line,
  // narrower than the full line after it (or, when that one is short too, than the full line before).
  const nextIsFull =
    next !== undefined && !sentenceEndPattern.test(next.text) && next.width <= widestBodyLine;
  const reference = nextIsFull ? next.width : previous.width;
  if (current.width <= reference - indentTolerance) return true;
  // A run-in title (`提升公共服务便利化水平。`) on a line that is at least a little narrower: ASCII digits and
  // brackets blur the indent by up to an em, and the title alone is not enough (`地实施。 聚焦…` continues).
  return runInTitlePattern.test(current.text) && current.width <= reference - 0.5;
}

const runInTitlePattern = /^[^，,、；;。：:“”]{4,16}。/;
