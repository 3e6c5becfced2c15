/**
 * Citations a report writer can paste: plan title, date, the chain of headings (篇 › 章 › 节 › 专栏), the passage's
 * number within its parent, and the atlas permalink that opens the same passage. Chinese follows the plans' own
 * headings; English names the levels and numbers them from the block id, quoting the Chinese headings since the
 * plans have no official English text.
 */
import type { CatalogueEntry, PlanDate } from '../corpus/types.ts';
import type { BlockKind, PlanBlock } from '../data/schema.ts';
import type { Language } from '../i18n/language.ts';
import { ancestorsOf, type DocumentStructure, headingLabel } from './document-structure.ts';

type CitedEntry = Pick<CatalogueEntry, 'id' | 'title_zh' | 'title_en' | 'date'>;

const EVENT_ZH: Record<PlanDate['event'], string> = {
  approved: '批准',
  adopted: '通过',
  issued: '印发',
  published: '发布',
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026年2月7日批准" or "approved 7 February 2026". */
export function formatPlanDate(date: PlanDate, language: Language): string {
  const [year, month, day] = date.iso.split('-').map(Number);
  if (language === 'zh') return `${year}年${month}月${day}日${EVENT_ZH[date.event]}`;
  return `${date.event} ${day} ${MONTHS_EN[(month ?? 1) - 1]} ${year}`;
}

/** Link that opens the passage in the atlas; the English citation opens the English interface. */
export function permalink(baseUrl: string, passageId: string, language: Language): string {
  const base = baseUrl.replace(/[?#].*$/, '');
  // Same parameter order as src/state/url.ts formatUrl (lang before p), so the link is the one the app writes.
  return `${base}?${language === 'en' ? 'lang=en&' : ''}p=${passageId}`;
}

const LEVEL_EN: Partial<Record<BlockKind, string>> = {
  part: 'Part',
  chapter: 'Chapter',
  section: 'Section',
  box: 'Box',
  item: 'Item',
  figure: 'Figure',
};

/** Named parts of 002 (resolution, preface, conclusion, annex1–3) have words, not numbers, in their ids. */
const NAMED_PARTS_EN: Record<string, string> = {
  resolution: 'Resolution',
  preface: 'Preface',
  conclusion: 'Conclusion',
  annex: 'Annex',
};

function lastSegment(blockId: string): string {
  return blockId.slice(blockId.lastIndexOf('/') + 1);
}

/** Number printed in (or counted for) the block: "c27" → "27"; null for named parts. */
function numberOf(blockId: string): string | null {
  return /^[a-z]+(\d+)$/.exec(lastSegment(blockId))?.[1] ?? null;
}

function compactSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function headingEn(block: PlanBlock): string {
  const segment = lastSegment(block.id);
  const named = /^([a-z]+?)(\d*)$/.exec(segment);
  const namedWord = named?.[1] ? NAMED_PARTS_EN[named[1]] : undefined;
  const level = namedWord
    ? `${namedWord}${named?.[2] ? ` ${named[2]}` : ''}`
    : `${LEVEL_EN[block.kind] ?? block.kind} ${numberOf(block.id) ?? ''}`.trim();
  const title = compactSpaces(block.title ?? headingLabel(block));
  return title && title !== level ? `${level} “${title}”` : level;
}

/** Where the passage sits inside its parent: "第2段" / "paragraph 2"; a figure is named by its caption. */
function positionOf(block: PlanBlock, language: Language): string | null {
  const number = numberOf(block.id);
  const titled = (text: string) =>
    block.title ? (language === 'zh' ? `${text}（${block.title}）` : `${text} (“${block.title}”)`) : text;
  switch (block.kind) {
    case 'paragraph':
      return titled(language === 'zh' ? `第${number}段` : `paragraph ${number}`);
    case 'table':
      return language === 'zh' ? `表格${number}` : `table ${number}`;
    default:
      return null;
  }
}

export interface CitationInput {
  entry: CitedEntry;
  structure: DocumentStructure;
  /** Block id, or the document id to cite the document as a whole. */
  passageId: string;
  /** Address of the atlas page (origin and path), e.g. "https://example.org/atlas/". */
  baseUrl: string;
  language: Language;
}

export function formatCitation({ entry, structure, passageId, baseUrl, language }: CitationInput): string {
  const block = structure.byId.get(passageId);
  const chain = block ? [...ancestorsOf(structure, passageId), block] : [];
  const headings = chain.filter((candidate) => positionOf(candidate, language) === null);
  const position = block ? positionOf(block, language) : null;
  const link = permalink(baseUrl, passageId, language);
  if (language === 'zh') {
    const dated = entry.date ? `（${formatPlanDate(entry.date, 'zh')}）` : '';
    const parts = [...headings.map((heading) => compactSpaces(headingLabel(heading))), position].filter(
      (part): part is string => Boolean(part),
    );
    const where = parts.length > 0 ? `，${parts.join('，')}` : '';
    return `《${entry.title_zh}》${dated}${where}。四川规划图集：${link}`;
  }
  const dated = entry.date ? `, ${formatPlanDate(entry.date, 'en')}` : '';
  const parts = [...headings.map(headingEn), position].filter((part): part is string => Boolean(part));
  const where = parts.length > 0 ? ` ${parts.join(', ')}.` : '';
  return `${entry.title_en} (《${entry.title_zh}》)${dated}.${where} Sichuan Planning Atlas: ${link}`;
}
