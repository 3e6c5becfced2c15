/**
 * Lookup for the app: feature → its mentions grouped by document in date order (2018 → 2021 → 2026), and
 * block → its features. Built once from links.json; queries are map reads, so the info panel and the reader stay
 * well inside the 5 ms budget (see `benchLookup`).
 */
import type { Link, StatusClass } from './types.ts';

export interface DocumentInfo {
  id: string;
  /** ISO date (approval/adoption/issue); null sorts last (the 2026 work report states no date). */
  date: string | null;
  title?: string;
}

export interface DocumentMentions {
  doc: string;
  date: string | null;
  /** Mentions in reading order (the order of links.json). */
  links: Link[];
  /** Status classes this document gives the feature, in first-seen order. */
  statuses: StatusClass[];
}

export interface LinkLookup {
  /** Mentions of a feature, grouped by document, documents in date order; [] for an unknown feature. */
  mentionsOf(featureId: string): DocumentMentions[];
  /** Distinct features linked from one block, in reading order. */
  featuresOf(doc: string, block: string): string[];
  /** Links of one block (for highlighting), in reading order. */
  linksOf(doc: string, block: string): Link[];
  /** Every feature id that has at least one link. */
  features(): string[];
}

const blockKey = (doc: string, block: string) => `${doc}\u0000${block}`;

export function createLookup(links: Link[], documents: DocumentInfo[]): LinkLookup {
  const order = [...documents].sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.id.localeCompare(b.id),
  );
  const rank = new Map(order.map((d, index) => [d.id, index]));
  const dates = new Map(documents.map((d) => [d.id, d.date]));

  const byFeature = new Map<string, Map<string, Link[]>>();
  const byBlock = new Map<string, Link[]>();
  for (const link of links) {
    const docs = byFeature.get(link.feature) ?? new Map<string, Link[]>();
    const list = docs.get(link.doc) ?? [];
    list.push(link);
    docs.set(link.doc, list);
    byFeature.set(link.feature, docs);
    const key = blockKey(link.doc, link.block);
    const inBlock = byBlock.get(key) ?? [];
    inBlock.push(link);
    byBlock.set(key, inBlock);
  }

  // Grouping is precomputed: a panel open is then a single map read.
  const grouped = new Map<string, DocumentMentions[]>();
  for (const [feature, docs] of byFeature) {
    const groups = [...docs.entries()].map(([doc, docLinks]) => ({
      doc,
      date: dates.get(doc) ?? null,
      links: docLinks,
      statuses: [...new Set(docLinks.map((l) => l.status_class))],
    }));
    groups.sort(
      (a, b) =>
        (rank.get(a.doc) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.doc) ?? Number.MAX_SAFE_INTEGER) ||
        a.doc.localeCompare(b.doc),
    );
    grouped.set(feature, groups);
  }
  const blockFeatures = new Map<string, string[]>();
  for (const [key, blockLinks] of byBlock)
    blockFeatures.set(key, [...new Set(blockLinks.map((l) => l.feature))]);

  return {
    mentionsOf: (featureId) => grouped.get(featureId) ?? [],
    featuresOf: (doc, block) => blockFeatures.get(blockKey(doc, block)) ?? [],
    linksOf: (doc, block) => byBlock.get(blockKey(doc, block)) ?? [],
    features: () => [...grouped.keys()].sort(),
  };
}

export interface BenchResult {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Times feature → passages lookups (index built once beforehand, as the app does). `now` is injectable so the
 * browser can pass performance.now and tests can pass a fake clock.
 */
export function benchLookup(
  lookup: LinkLookup,
  featureIds: string[],
  rounds = 20,
  now: () => number = () => performance.now(),
): BenchResult {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const id of featureIds) {
      const started = now();
      const groups = lookup.mentionsOf(id);
      // Touch what a panel renders so the timing covers reading the data, not only the map hit.
      let count = 0;
      for (const group of groups) count += group.links.length;
      if (count < 0) throw new Error('unreachable');
      times.push(now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { samples: times.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: times[times.length - 1] ?? 0 };
}
