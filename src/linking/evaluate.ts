/**
 * Scores links against data/gold/links-gold.jsonl.
 *
 * A gold row names a mention by (seeds file, line, surface) plus a short `context` copied from the text. The row
 * is anchored in the clean corpus by finding its context in a block of the document that holds that line; a link
 * is *in scope* when it is in that block and its span contains the gold span or lies inside it (so a wrong
 * longer or shorter match is judged, not ignored; a neighbouring name that merely crosses it is not). Rows whose context cannot be found fall back to: same document, same line, and one
 * surface contains the other. A link in scope whose `line` differs from the gold line counts as a line error.
 * In scope:
 * - every expected feature that is linked is a true positive, every other linked feature a false positive;
 * - every expected feature that is not linked (or that the layers lack) is a false negative.
 * Rows expecting no feature (traps) only produce false positives, from links inside their surface (a longer
 * name that contains the trap, such as the power line 甘孜至天府南 around 天府南, is a different mention). Status accuracy is over rows with at least one
 * true positive: the status class of that link against the expected class.
 */
import { normalizeForm, normalizeText, toOriginalRange } from './normalize.ts';
import type { Link, StatusClass } from './types.ts';

export interface GoldRow {
  /** seeds file prefix: 000, 001, 002, 003, 004. */
  doc: string;
  part?: string;
  line: number;
  surface: string;
  /** Text around the surface, unique in the seeds file (whitespace-insensitive). */
  context?: string;
  /** A feature key (id, name_zh or alias, or a key in data/gold/feature-keys.json), several keys, or null. */
  expected_feature: string | string[] | null;
  expected_status_class: StatusClass;
  note: string;
  /** `holdout`: rows written after the linker was tuned, scored separately as an honest estimate. */
  set?: string;
}

export interface DocRange {
  id: string;
  source: string;
  source_lines: [number, number];
  blocks?: { id: string; text: string; lines: [number, number] }[];
}

export interface RowResult {
  row: GoldRow;
  doc: string | null;
  expected: string[];
  missingKeys: string[];
  linked: string[];
  tp: number;
  fp: number;
  fn: number;
  status: StatusClass | null;
  statusCorrect: boolean | null;
  /** Where the row was anchored: a block span, or null (line fallback). */
  anchor: { block: string; start: number; end: number } | null;
  /** Lines of in-scope links that differ from the gold line. */
  lineErrors: number[];
}

export interface EvalResult {
  precision: number;
  recall: number;
  statusAccuracy: number;
  tp: number;
  fp: number;
  fn: number;
  statusCorrect: number;
  statusTotal: number;
  rows: RowResult[];
  anchored: number;
  lineErrors: number;
  /** Expected keys the layers do not have (features to add). */
  missingKeys: string[];
}

/** The document holding a seeds line: the smallest source range that contains it (003 holds six documents). */
export function docForLine(prefix: string, line: number, docs: DocRange[]): string | null {
  const candidates = docs.filter(
    (d) =>
      d.source.split('/').pop()?.startsWith(`${prefix}_`) &&
      d.source_lines[0] <= line &&
      line <= d.source_lines[1],
  );
  candidates.sort((a, b) => a.source_lines[1] - a.source_lines[0] - (b.source_lines[1] - b.source_lines[0]));
  return candidates[0]?.id ?? null;
}

/** Finds the gold surface's span in the clean block whose text holds the row's context. */
export function anchorRow(row: GoldRow, doc: DocRange | undefined): RowResult['anchor'] {
  if (!row.context || !doc?.blocks) return null;
  const context = normalizeForm(row.context);
  const surface = normalizeForm(row.surface);
  const within = context.indexOf(surface);
  if (within === -1) return null;
  const blocks = doc.blocks
    .filter((b) => b.lines[0] <= row.line + 2 && row.line - 2 <= b.lines[1])
    .sort((a, b) => a.lines[1] - a.lines[0] - (b.lines[1] - b.lines[0]));
  for (const block of blocks) {
    const norm = normalizeText(block.text);
    const at = norm.text.indexOf(context);
    if (at === -1) continue;
    const [start, end] = toOriginalRange(norm, at + within, at + within + surface.length);
    return { block: block.id, start, end };
  }
  return null;
}

export function evaluate(
  gold: GoldRow[],
  links: Link[],
  docs: DocRange[],
  resolveKey: (key: string) => string[],
): EvalResult {
  const byDocLine = new Map<string, Link[]>();
  const byBlock = new Map<string, Link[]>();
  for (const link of links) {
    for (const [map, key] of [
      [byDocLine, `${link.doc}:${link.line}`],
      [byBlock, `${link.doc}:${link.block}`],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(link);
      map.set(key, list);
    }
  }
  const docsById = new Map(docs.map((d) => [d.id, d]));
  const rows: RowResult[] = [];
  const missing = new Set<string>();
  for (const row of gold) {
    const doc = docForLine(row.doc, row.line, docs);
    const keys = row.expected_feature === null ? [] : [row.expected_feature].flat();
    const expected: string[] = [];
    const missingKeys: string[] = [];
    for (const key of keys) {
      const ids = resolveKey(key);
      if (ids.length === 0) missingKeys.push(key);
      expected.push(...ids);
    }
    for (const key of missingKeys) missing.add(key);
    const surface = normalizeForm(row.surface);
    const anchor = doc ? anchorRow(row, docsById.get(doc)) : null;
    const inScope = anchor
      ? (byBlock.get(`${doc}:${anchor.block}`) ?? []).filter(
          (l) =>
            // A trap row says its surface (or a part of it) is no feature; a longer name around it is another mention.
            (keys.length > 0 && l.start <= anchor.start && anchor.end <= l.end) ||
            (anchor.start <= l.start && l.end <= anchor.end),
        )
      : (doc ? (byDocLine.get(`${doc}:${row.line}`) ?? []) : []).filter((link) => {
          const linked = normalizeForm(link.surface);
          return linked.includes(surface) || surface.includes(linked);
        });
    const lineErrors = [...new Set(inScope.filter((l) => l.line !== row.line).map((l) => l.line))];
    const linked = [...new Set(inScope.map((l) => l.feature))].sort();
    const hits = linked.filter((id) => expected.includes(id));
    const tp = hits.length;
    const fp = linked.length - tp;
    const fn = expected.length - tp + missingKeys.length;
    const statusLink = inScope.find((l) => hits.includes(l.feature));
    const status = statusLink?.status_class ?? null;
    rows.push({
      row,
      doc,
      expected,
      missingKeys,
      linked,
      tp,
      fp,
      fn,
      status,
      statusCorrect: statusLink ? status === row.expected_status_class : null,
      anchor,
      lineErrors,
    });
  }
  const sum = (pick: (r: RowResult) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const tp = sum((r) => r.tp);
  const fp = sum((r) => r.fp);
  const fn = sum((r) => r.fn);
  const judged = rows.filter((r) => r.statusCorrect !== null);
  const statusCorrect = judged.filter((r) => r.statusCorrect).length;
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    statusAccuracy: judged.length === 0 ? 1 : statusCorrect / judged.length,
    tp,
    fp,
    fn,
    statusCorrect,
    statusTotal: judged.length,
    rows,
    anchored: rows.filter((r) => r.anchor !== null).length,
    lineErrors: rows.filter((r) => r.lineErrors.length > 0).length,
    missingKeys: [...missing].sort(),
  };
}
