/**
 * Coverage: named places and projects the plans mention that no link covers. Chinese has no word boundaries, so a
 * name is recognised by its suffix (…铁路, …机场, …水库, …国家公园 …) and cut back to the nearest stop character,
 * then stripped of leading verbs (加快建设, 推进 …). Distributive list items (三坝、米市…等水库) count one name each.
 * Names without such a suffix come from an authored inventory list (rivers, mountains, scenic areas).
 * Rules are data (data/gazetteer/unlinked.json); this is a heuristic and documented as such.
 */
import { listItemsBefore } from './list-items.ts';
import { normalizeText } from './normalize.ts';
import type { CoverageReport, Link, UnlinkedName } from './types.ts';

export interface UnlinkedRules {
  suffixes: string[];
  /** Characters that may not follow a suffix for it to close a name (港 in 港口, 港澳). */
  notFollowedBy: Record<string, string>;
  /** Leading words stripped from a candidate (verbs, adverbs, quantifiers). */
  leadingWords: string[];
  /** Stems (name minus suffix) that are generic, not names: 通用 (机场), 大中型 (水库) … */
  genericStems: string[];
  stopChars: string;
  maxNameLength: number;
  /** Names without a recognisable suffix, searched literally. */
  inventory: string[];
  /** Regular expressions for generic names and list-expansion artefacts (城际铁路铁路, 空港陆港). */
  genericPatterns: string[];
}

export interface BlockText {
  doc: string;
  block: string;
  /** Block kind; tables are skipped (cells are numbers and units, not prose). */
  kind?: string;
  text: string;
  /** Start line of the block, used for examples. */
  line: number;
}

interface Found {
  name: string;
  kind: string;
  doc: string;
  block: string;
  line: number;
  /** Offset in the block text where the name (or list item) starts. */
  start: number;
}

/** Seeds line of a found name; defaults to the block's first line. */
export type LineOf = (block: BlockText, start: number, surface: string) => number;

function stripLeading(name: string, words: string[]): string {
  let out = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of words) {
      if (out.startsWith(word) && out.length > word.length) {
        out = out.slice(word.length);
        changed = true;
      }
    }
  }
  return out;
}

const patternCache = new WeakMap<string[], RegExp[]>();

function isName(name: string, suffix: string, rules: UnlinkedRules): boolean {
  const stem = name.slice(0, name.length - suffix.length);
  if (stem.length < 2) return false;
  let patterns = patternCache.get(rules.genericPatterns);
  if (!patterns) {
    patterns = rules.genericPatterns.map((p) => new RegExp(p, 'u'));
    patternCache.set(rules.genericPatterns, patterns);
  }
  if (patterns.some((p) => p.test(name))) return false;
  if (/^[\d.%]+$/u.test(stem)) return false;
  return !rules.genericStems.some((generic) => stem === generic || stem.endsWith(`等${generic}`));
}

export function findUnlinkedInBlock(
  item: BlockText,
  covered: [number, number][],
  rules: UnlinkedRules,
): Found[] {
  const norm = normalizeText(item.text);
  const text = norm.text;
  const stops = new Set([...rules.stopChars]);
  // Covered ranges in normalised offsets.
  const coveredNorm = covered.map(([s, e]) => {
    const start = norm.offsets.findIndex((o) => o >= s);
    let end = norm.offsets.findIndex((o) => o >= e);
    if (end === -1) end = text.length;
    return [start, end] as [number, number];
  });
  const isCovered = (s: number, e: number) => coveredNorm.some(([cs, ce]) => s < ce && cs < e);
  const out: Found[] = [];
  const push = (name: string, kind: string, at: number) =>
    out.push({ name, kind, doc: item.doc, block: item.block, line: item.line, start: norm.offsets[at] ?? 0 });

  for (const suffix of rules.suffixes) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
      const end = at + suffix.length;
      const banned = rules.notFollowedBy[suffix];
      if (banned?.includes(text[end] ?? '')) continue;
      let start = at;
      while (start > 0 && end - start < rules.maxNameLength && !stops.has(text[start - 1] as string)) start--;
      const raw = text.slice(start, end);
      const name = stripLeading(raw, rules.leadingWords);
      const nameStart = end - name.length;
      if (isName(name, suffix, rules) && !isCovered(nameStart, end)) {
        push(name, suffix, nameStart);
        continue;
      }
      // The name next to the suffix may be generic (等大中型水库): its list items can still be names.
      const list = listItemsBefore(text, at, ['大中型', '防洪', '干线', '城际', '通用', '重点'], 12);
      const hasEtc = text[at - list.modifier.length - 1] === '等';
      if (list.items.length < 2 && !hasEtc) continue;
      for (const [s, e] of list.items) {
        const itemName = stripLeading(text.slice(s, e), rules.leadingWords);
        // List items are short proper names (三坝、米市); anything longer is a clause, not an item.
        if (itemName.length > 6 || !/^[\u4e00-\u9fff—]+$/u.test(itemName)) continue;
        if (!isName(itemName + suffix, suffix, rules) || isCovered(e - itemName.length, e)) continue;
        push(itemName + suffix, 'list', e - itemName.length);
      }
    }
  }
  for (const name of rules.inventory) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (!isCovered(at, at + name.length)) push(name, 'inventory', at);
    }
  }
  return out;
}

export function buildCoverage(
  blocks: BlockText[],
  links: Link[],
  rules: UnlinkedRules,
  lineOf: LineOf = (block) => block.line,
): CoverageReport {
  const coveredByBlock = new Map<string, [number, number][]>();
  for (const link of links) {
    const key = `${link.doc}\u0000${link.block}`;
    const list = coveredByBlock.get(key) ?? [];
    list.push([link.start, link.end]);
    coveredByBlock.set(key, list);
  }
  const byName = new Map<string, UnlinkedName>();
  let unlinkedMentions = 0;
  for (const block of blocks) {
    if (block.kind === 'table') continue;
    const covered = coveredByBlock.get(`${block.doc}\u0000${block.block}`) ?? [];
    for (const found of findUnlinkedInBlock(block, covered, rules)) {
      unlinkedMentions++;
      const entry = byName.get(found.name) ?? {
        name: found.name,
        kind: found.kind,
        count: 0,
        docs: [],
        examples: [],
      };
      entry.count++;
      if (!entry.docs.includes(found.doc)) entry.docs.push(found.doc);
      if (entry.examples.length < 3) {
        const line = lineOf(block, found.start, found.name.slice(0, 2));
        entry.examples.push({ doc: found.doc, block: found.block, line });
      }
      byName.set(found.name, entry);
    }
  }
  const unlinked = [...byName.values()]
    .map((entry) => ({ ...entry, docs: [...entry.docs].sort() }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const byLayer: Record<string, { features: number; links: number }> = {};
  const seen = new Set<string>();
  for (const link of links) {
    const layer = byLayer[link.layer] ?? { features: 0, links: 0 };
    byLayer[link.layer] = layer;
    layer.links++;
    if (!seen.has(link.feature)) {
      seen.add(link.feature);
      layer.features++;
    }
  }
  const sortedLayers = Object.fromEntries(Object.entries(byLayer).sort(([a], [b]) => a.localeCompare(b)));
  return {
    names_total: seen.size + unlinked.length,
    features_linked: seen.size,
    links: links.length,
    unlinked_names: unlinked.length,
    unlinked_mentions: unlinkedMentions,
    by_layer: sortedLayers,
    unlinked,
  };
}
