/**
 * Data contract for public/data/links.json (+ links-unlinked.json) and the linker's quality bar.
 * Fails when the committed links are stale (rebuild with `npm run links:build`), when a link points at a feature,
 * block or line that does not exist, or when the linker scores below the issue-5 thresholds on the gold file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLinks, loadFeatures, loadPlans, type PlanFile, ROOT } from '../scripts/build-links.ts';
import { loadGold, runEval } from '../scripts/eval-links.ts';
import { type CoverageReport, type Link, STATUS_CLASSES } from '../src/linking/types.ts';

const LINKS = join(ROOT, 'public', 'data', 'links.json');
const UNLINKED = join(ROOT, 'public', 'data', 'links-unlinked.json');

const THRESHOLDS = { precision: 0.97, recall: 0.93, status: 0.85 };

describe('links.json', () => {
  let links: Link[];
  let plans: Map<string, PlanFile>;
  let features: Map<string, string>;

  beforeAll(() => {
    links = JSON.parse(readFileSync(LINKS, 'utf8')) as Link[];
    plans = new Map(loadPlans().map((p) => [p.id, p]));
    features = new Map(loadFeatures().map((f) => [f.id, f.layer]));
  });

  it('exists and is not empty', () => {
    expect(existsSync(LINKS)).toBe(true);
    expect(links.length).toBeGreaterThan(1000);
  });

  it('points only at features that exist, in their own layer', () => {
    const bad = links.filter((l) => features.get(l.feature) !== l.layer);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('points only at blocks that exist; start/end slice the block text to the surface; line is in the block', () => {
    const problems: string[] = [];
    const blockIndex = new Map<string, PlanFile['blocks'][number]>();
    for (const plan of plans.values())
      for (const block of plan.blocks) blockIndex.set(`${plan.id}|${block.id}`, block);
    for (const link of links) {
      const block = blockIndex.get(`${link.doc}|${link.block}`);
      if (!block) problems.push(`missing block ${link.doc} ${link.block}`);
      else if (block.text.slice(link.start, link.end) !== link.surface)
        problems.push(`slice ${link.block}@${link.start}`);
      else if (link.line < block.lines[0] || link.line > block.lines[1])
        problems.push(`line ${link.block}:${link.line}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('has valid status classes and confidences', () => {
    expect(links.filter((l) => !STATUS_CLASSES.includes(l.status_class))).toEqual([]);
    expect(links.filter((l) => !(l.confidence > 0 && l.confidence <= 1))).toEqual([]);
  });

  it('is what the linker builds now (deterministic, not stale), within the 5 s budget', () => {
    const started = performance.now();
    const rebuilt = buildLinks().links;
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(5);
    expect(rebuilt.length).toBe(links.length);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(links));
  });

  it('ships a coverage report whose counts add up', () => {
    const report = JSON.parse(readFileSync(UNLINKED, 'utf8')) as CoverageReport;
    expect(report.links).toBe(links.length);
    expect(report.features_linked).toBe(new Set(links.map((l) => l.feature)).size);
    expect(report.unlinked_names).toBe(report.unlinked.length);
    expect(report.names_total).toBe(report.features_linked + report.unlinked_names);
  });
});

describe('gold file', () => {
  const gold = loadGold();

  it('has at least 150 hand-checked mentions from all eight documents', () => {
    expect(gold.length).toBeGreaterThanOrEqual(150);
    const docs = new Set(gold.map((g) => (g.doc === '003' ? `003/${g.part}` : g.doc)));
    for (const doc of [
      '000',
      '001',
      '002',
      '004',
      '003/cover',
      '003/CD',
      '003/CN',
      '003/DB',
      '003/PX',
      '003/XB',
    ]) {
      expect(docs, doc).toContain(doc);
    }
  });

  it('includes every trap from issue 5', () => {
    const has = (surface: string, expectNull: boolean) =>
      gold.some((g) => g.surface === surface && (g.expected_feature === null) === expectNull);
    for (const trap of ['成德', '长江鲟', '巴蜀', '天府南', '天府粮仓', '川藏铁路'])
      expect(has(trap, true), trap).toBe(true);
    for (const name of [
      '峨眉山',
      '锦江区',
      '锦江',
      '天府新区',
      '天府国际机场',
      '西成高铁',
      '西成铁路',
      '成西铁路',
      'G4215',
      'G42',
    ]) {
      expect(has(name, false), name).toBe(true);
    }
  });
});

describe('linker quality on the gold file', () => {
  const result = runEval();

  it(`precision ≥ ${THRESHOLDS.precision}`, () => {
    expect(result.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
  });

  it(`recall ≥ ${THRESHOLDS.recall} (misses include features the layers lack: ${result.missingKeys.length})`, () => {
    expect(result.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
  });

  it(`status-class accuracy ≥ ${THRESHOLDS.status}`, () => {
    expect(result.statusAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.status);
  });

  it('every gold row is anchored in the clean corpus and its links report the gold line', () => {
    expect(result.rows.filter((r) => !r.anchor).map((r) => `${r.row.doc}:${r.row.line}`)).toEqual([]);
    expect(result.rows.filter((r) => r.lineErrors.length).map((r) => `${r.row.doc}:${r.row.line}`)).toEqual(
      [],
    );
  });
});
