import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildLinks } from '../scripts/build-links';
import { benchLookup, createLookup } from '../src/linking/lookup';
import type { Link } from '../src/linking/types';
import { median } from './first-idle';

/** Linker budgets (issue 5): full link build time, links.json size, counts, and feature → passages lookup. */
export function runLinksBench(runs = 3): string[] {
  const buildMs: number[] = [];
  let linkCount = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    linkCount = buildLinks().links.length;
    buildMs.push(performance.now() - started);
  }
  const text = readFileSync('public/data/links.json');
  const links = JSON.parse(text.toString('utf8')) as Link[];
  const coverage = JSON.parse(readFileSync('public/data/links-unlinked.json', 'utf8')) as {
    names_total: number;
    unlinked_names: number;
    unlinked_mentions: number;
  };
  const plans = JSON.parse(readFileSync('public/data/plans/index.json', 'utf8')) as {
    documents: { id: string; date: { iso: string } | null }[];
  };
  const lookup = createLookup(
    links,
    plans.documents.map((document) => ({ id: document.id, date: document.date?.iso ?? null })),
  );
  const features = lookup.features();
  const timing = benchLookup(lookup, features, 20);
  return [
    '## Links',
    `  linker full build (load, prepare, link the corpus): median ${median(buildMs).toFixed(0)} ms  [${buildMs.map((ms) => ms.toFixed(0)).join(', ')}] (budget 5000 ms)`,
    `  links.json: ${(text.length / 1024).toFixed(1)} KB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gz`,
    `  links: ${links.length} (a fresh build makes ${linkCount}); linked features: ${features.length}`,
    `  names in the plans: ${coverage.names_total}; not on the map: ${coverage.unlinked_names} (${coverage.unlinked_mentions} mentions)`,
    `  feature → passages lookup (Node, ${timing.samples} lookups): p50 ${(timing.p50Ms * 1000).toFixed(2)} µs, p95 ${(timing.p95Ms * 1000).toFixed(2)} µs, max ${timing.maxMs.toFixed(2)} ms (budget 5 ms)`,
  ];
}
