/**
 * eval:links — scores public/data/links.json against data/gold/links-gold.jsonl and prints precision, recall and
 * status-class accuracy. `--verbose` lists every row that is not fully right. Gold keys are resolved to feature
 * ids through the layers (id, name_zh, alias) and data/gold/feature-keys.json (keys whose layer name differs).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EvalResult, evaluate, type GoldRow } from '../src/linking/evaluate.ts';
import { buildKeyIndex, resolveKey } from '../src/linking/gazetteer.ts';
import type { GazetteerFeature, Link } from '../src/linking/types.ts';
import { loadFeatures, loadPlans, ROOT } from './build-links.ts';

export function loadGold(): GoldRow[] {
  return readFileSync(join(ROOT, 'data', 'gold', 'links-gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldRow);
}

/** A hand mapping: feature id(s), or "name in these layers" for a key whose feature may appear later. */
type KeyMapping = string | string[] | { name: string; layers: string[] };

export function goldResolver(features: GazetteerFeature[]): (key: string) => string[] {
  const overrides = JSON.parse(readFileSync(join(ROOT, 'data', 'gold', 'feature-keys.json'), 'utf8')) as {
    keys: Record<string, KeyMapping>;
  };
  const index = buildKeyIndex(features);
  return (key) => {
    const override = overrides.keys[key];
    if (override === undefined) return resolveKey(key, index).ids;
    if (typeof override === 'object' && !Array.isArray(override)) {
      // 峨眉山 the mountain, 金沙江 the river: only a feature of that exact name in those layers will do.
      return features
        .filter((f) => f.name_zh === override.name && override.layers.includes(f.layer))
        .map((f) => f.id);
    }
    return [override].flat().filter((id) => index.byId.has(id));
  };
}

/** Scores the links against the gold rows (all rows, or those `set` keeps). */
export function runEval(links?: Link[], set: (row: GoldRow) => boolean = () => true): EvalResult {
  const features = loadFeatures();
  const plans = loadPlans();
  const linkList =
    links ?? (JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'links.json'), 'utf8')) as Link[]);
  return evaluate(loadGold().filter(set), linkList, plans, goldResolver(features));
}

function main(): void {
  const result = runEval();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  if (process.argv.includes('--verbose')) {
    for (const r of result.rows) {
      if (r.fp === 0 && r.fn === 0 && r.statusCorrect !== false && r.lineErrors.length === 0 && r.anchor)
        continue;
      const where = `${r.row.doc}${r.row.part ? `/${r.row.part}` : ''}:${r.row.line} ${r.row.surface}`;
      const status = r.statusCorrect === false ? ` status ${r.status} ≠ ${r.row.expected_status_class}` : '';
      const missing = r.missingKeys.length ? ` missing[${r.missingKeys.join(',')}]` : '';
      const lines = r.lineErrors.length ? ` line ${r.lineErrors.join(',')}` : '';
      const anchor = r.anchor ? '' : ' (not anchored)';
      console.log(
        `${where}: expected [${r.expected.join(',')}] linked [${r.linked.join(',')}]${missing}${status}${lines}${anchor}`,
      );
    }
  }
  console.log(`gold rows: ${result.rows.length} (${result.anchored} anchored in the clean corpus)`);
  console.log(`precision: ${pct(result.precision)} (tp ${result.tp}, fp ${result.fp})`);
  console.log(`recall: ${pct(result.recall)} (tp ${result.tp}, fn ${result.fn})`);
  console.log(
    `status accuracy: ${pct(result.statusAccuracy)} (${result.statusCorrect}/${result.statusTotal})`,
  );
  console.log(`line errors: ${result.lineErrors} rows whose links report another seeds line`);
  if (result.missingKeys.length) console.log(`features the layers lack: ${result.missingKeys.join('、')}`);
  for (const [name, filter] of [
    ['tuning rows', (r: GoldRow) => r.set === undefined],
    ['held-out rows, batch 1', (r: GoldRow) => r.set === 'holdout'],
    ['held-out rows, batch 2', (r: GoldRow) => r.set === 'holdout2'],
  ] as const) {
    const part = runEval(undefined, filter);
    console.log(
      `  ${name} (${part.rows.length}): precision ${pct(part.precision)}, recall ${pct(part.recall)}, status ${pct(part.statusAccuracy)}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
