/**
 * Status class of a mention, read from the plan's own verbs (data/gazetteer/status-verbs.json).
 *
 * The governing verb is looked for inside the mention's clause (text between ，；。： and friends):
 * 1. backwards: the nearest *classed* verb before the mention (`加快建设A、B、C` governs the whole list);
 * 2. otherwise forwards: the nearest verb after it, neutral verbs included (`A、B等建成投运`, `A建设` → mention).
 * A verb that closes an earlier or later list item (`…环线改造、成都外环铁路`, `…综合提升和…`) belongs to that item
 * and is skipped. Verb matches inside a linked name (`共建成德…` holds 建成) are ignored.
 */
import type { StatusClass } from './types.ts';

export interface StatusFrame {
  before: string;
  after: string;
  status: StatusClass;
}

export interface StatusVerbs {
  classes: Record<Exclude<StatusClass, 'mention'>, string[]>;
  /** Verbs split around the name: 加快 X 建设 reads as 加快建设. */
  frames: StatusFrame[];
  /** Verbs that govern a clause without committing to a stage (推进, 建设, 依托 …): they read as `mention`. */
  neutral: string[];
}

interface VerbHit {
  start: number;
  end: number;
  status: StatusClass;
}

export interface StatusReader {
  verbs: [string, StatusClass][];
  maxLength: number;
  frames: StatusFrame[];
}

export function createStatusReader(data: StatusVerbs): StatusReader {
  const verbs: [string, StatusClass][] = [];
  for (const [status, list] of Object.entries(data.classes) as [StatusClass, string[]][]) {
    for (const verb of list) verbs.push([verb, status]);
  }
  for (const verb of data.neutral) verbs.push([verb, 'mention']);
  verbs.sort((a, b) => b[0].length - a[0].length);
  return { verbs, maxLength: verbs[0]?.[0].length ?? 0, frames: data.frames };
}

const CLAUSE_BREAK = new Set([...'，。；：,;:！？!?\n']);
const LIST_JOIN = new Set([...'、和及与']);

/** Verb occurrences in text[from, to), longest match at each position, left to right. */
function verbHits(reader: StatusReader, text: string, from: number, to: number, blocked: [number, number][]) {
  const hits: VerbHit[] = [];
  for (let at = from; at < to; ) {
    const match = reader.verbs.find(([verb]) => text.startsWith(verb, at) && at + verb.length <= to);
    if (!match) {
      at++;
      continue;
    }
    const end = at + match[0].length;
    const insideName = blocked.some(([s, e]) => at < e && s < end);
    if (!insideName) hits.push({ start: at, end, status: match[1] });
    at = insideName ? at + 1 : end;
  }
  return hits;
}

/** True when the verb closes a list item: it is followed (after 工程/项目 and the like) by 、/和/及/与. */
function closesItem(text: string, end: number): boolean {
  const rest = text.slice(end, end + 3).replace(/^(工程|项目|工作)/u, '');
  return LIST_JOIN.has(rest[0] ?? '');
}

function bookTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let open = text.indexOf('《'); open !== -1; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close !== -1) out.push([open, close + 1]);
  }
  return out;
}

/**
 * @param text block text
 * @param start/end the mention
 * @param linked spans of all linked mentions in the block (verb matches inside them are ignored)
 */
export function readStatus(
  reader: StatusReader,
  text: string,
  start: number,
  end: number,
  linked: [number, number][],
): StatusClass {
  let names = linked;
  // A name inside a book title (《…经济区“十四五”…规划》) is a title, not a commitment; verbs in titles govern nothing.
  const titles = bookTitles(text);
  if (titles.some(([s, e]) => s <= start && end <= e)) return 'mention';
  names = [...names, ...titles];
  let clauseStart = start;
  for (;;) {
    while (clauseStart > 0 && !CLAUSE_BREAK.has(text[clauseStart - 1] as string)) clauseStart--;
    // `研究论证A，以及B`: a clause opened by 以及 continues the list of the previous one.
    const comma = text[clauseStart - 1];
    if (clauseStart > 0 && (comma === '，' || comma === ',') && text.startsWith('以及', clauseStart))
      clauseStart--;
    else break;
  }
  let clauseEnd = end;
  while (clauseEnd < text.length && !CLAUSE_BREAK.has(text[clauseEnd] as string)) clauseEnd++;

  const before = verbHits(reader, text, clauseStart, start, names);
  for (let index = before.length - 1; index >= 0; index--) {
    const hit = before[index] as VerbHit;
    if (hit.status === 'mention' || closesItem(text, hit.end)) continue;
    return hit.status;
  }
  // Verbs at the end of the mention's own surface count as following it (an alias like 成都铁路枢纽环线改造).
  const others = names.filter(([s, e]) => s !== start || e !== end);
  const after = verbHits(reader, text, start + 1, clauseEnd, others).filter((hit) => hit.start > start);
  for (const hit of after) {
    // A classed verb after a 、 that closes its own item belongs to a later list item; a neutral one (…等高速建设和…)
    // closes the whole list.
    const between = text.slice(end, hit.start);
    if (hit.status !== 'mention' && between.includes('、') && closesItem(text, hit.end)) continue;
    // 加快 X 建设 is 加快建设 around the name.
    const frame = reader.frames.find((f) => text.slice(hit.start, hit.end) === f.after);
    if (
      frame &&
      before.length > 0 &&
      text.slice(before[before.length - 1]?.start, before[before.length - 1]?.end) === frame.before
    ) {
      return frame.status;
    }
    return hit.status;
  }
  return 'mention';
}
