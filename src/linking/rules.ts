/**
 * False-friend rules, kept as data (data/gazetteer/false-friends.json) and applied by the matcher:
 * - `atomic`: the pattern is one token. A candidate may equal or contain it, never cut into it
 *   (峨眉山 hides 眉山, 长江鲟 hides 长江, 巴蜀 hides 巴中's 巴… ).
 * - `segments`: the pattern is read as the given consecutive tokens (建成德阳 = 建成|德阳, so 成德 cannot match).
 * - `code-boundary`: a form that starts or ends with a letter or digit must not touch another letter or digit
 *   (G42 inside G4215, S1 inside S11).
 * - `shadow`: an admin name that opens a longer name ending in one of `suffixes` is part of that name, not a
 *   mention of the unit (泸州港 is a port, 宜宾三江新区 a new area, 中国(绵阳)科技城 a science city).
 * - `list-context`: the items of a 、-list closed by this suffix are not features (`运行川藏铁路、高端航空装备…等
 *   国家级创新中心` lists innovation centres, so 川藏铁路 there is not the railway).
 */
import { listItemsBefore } from './list-items.ts';
import { normalizeForm } from './normalize.ts';

export interface FalseFriendRule {
  id: string;
  kind: 'atomic' | 'segments' | 'code-boundary' | 'list-context' | 'shadow';
  /** atomic only: not even a form equal to the pattern may link it (巴蜀 is never 巴中, whatever alias appears). */
  never?: boolean;
  /** shadow only: layers whose names can be shadowed, name-closing suffixes, longest infix between them. */
  layers?: string[];
  suffixes?: string[];
  maxInfix?: number;
  /** shadow only: characters an infix may not contain (a verb or 至 means a clause, not one name). */
  infixStop?: string;
  /** list-context only: words allowed between 等 and the suffix. */
  modifiers?: string[];
  pattern?: string;
  segments?: string[];
  note: string;
  /** A real sentence the unit tests run: `forbid` must not be linked; `expect`, when given, must be. */
  example?: { text: string; forbid: string; expect?: string };
}

export interface ProtectedSpan {
  start: number;
  end: number;
  rule: string;
  /** list-context spans veto every overlapping candidate, even one that covers the whole item. */
  forbid?: boolean;
}

/** Protected spans in normalised text. */
export function protectedSpans(normText: string, rules: FalseFriendRule[]): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  for (const rule of rules) {
    if (rule.kind === 'code-boundary' || rule.kind === 'shadow' || !rule.pattern) continue;
    if (rule.kind === 'list-context') {
      const suffix = normalizeForm(rule.pattern);
      for (let at = normText.indexOf(suffix); at !== -1; at = normText.indexOf(suffix, at + 1)) {
        const { items, gap } = listItemsBefore(normText, at, rule.modifiers ?? [], 16);
        if (items.length < 2 && !gap) continue;
        for (const [start, end] of items) spans.push({ start, end, rule: rule.id, forbid: true });
      }
      continue;
    }
    const pattern = normalizeForm(rule.pattern);
    const parts = rule.kind === 'segments' ? (rule.segments ?? []).map(normalizeForm) : [pattern];
    if (parts.join('') !== pattern)
      throw new Error(`false-friend rule ${rule.id}: segments do not spell the pattern`);
    for (let at = normText.indexOf(pattern); at !== -1; at = normText.indexOf(pattern, at + 1)) {
      let offset = at;
      for (const part of parts) {
        spans.push({ start: offset, end: offset + part.length, rule: rule.id, forbid: rule.never === true });
        offset += part.length;
      }
    }
  }
  return spans;
}

/** A candidate may equal or contain a protected span, but must not overlap one partially. */
export function cutsProtected(start: number, end: number, spans: ProtectedSpan[]): boolean {
  for (const span of spans) {
    const overlaps = start < span.end && span.start < end;
    const contains = start <= span.start && end >= span.end;
    if (overlaps && (span.forbid || !contains)) return true;
  }
  return false;
}

const ALNUM = /[A-Z0-9]/;

export function breaksCodeBoundary(normText: string, start: number, end: number): boolean {
  const first = normText[start] ?? '';
  const last = normText[end - 1] ?? '';
  const before = normText[start - 1] ?? '';
  const after = normText[end] ?? '';
  return (ALNUM.test(last) && ALNUM.test(after)) || (ALNUM.test(first) && ALNUM.test(before));
}

export function hasCodeBoundaryRule(rules: FalseFriendRule[]): boolean {
  return rules.some((rule) => rule.kind === 'code-boundary');
}

const SHADOW_STOP = new Set([...'，。；：,;:、“”"《》！？!?\n和及与或的等']);

/** True when a mention of a `layer` feature ending at `end` opens a longer name closed by a shadow suffix. */
export function isShadowed(normText: string, end: number, layer: string, rules: FalseFriendRule[]) {
  for (const rule of rules) {
    if (rule.kind !== 'shadow' || !rule.layers?.includes(layer)) continue;
    const maxInfix = rule.maxInfix ?? 6;
    const closes = (at: number) =>
      (rule.suffixes ?? []).some((suffix) => normText.startsWith(normalizeForm(suffix), at));
    for (let infix = 0; infix <= maxInfix; infix++) {
      const at = end + infix;
      const previous = normText[at - 1] as string;
      // 内江城市过境等高速公路: a named item (two or more characters after the admin name) closed by 等 + suffix.
      if (infix > 2 && previous === '等' && closes(at)) return true;
      if (infix > 0 && (SHADOW_STOP.has(previous) || (rule.infixStop ?? '').includes(previous))) break;
      if (closes(at)) return true;
    }
  }
  return false;
}
