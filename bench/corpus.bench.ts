/**
 * Corpus budgets: parser run time, search latency (p95 ≤ 30 ms over ten plan terms) and the gzipped bytes a
 * reader fetches before the first passage shows. `runCorpusBench` is what the bench runner (bench/run.ts) calls;
 * `tsx bench/corpus.bench.ts` runs it alone.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCorpus, type CorpusIndex } from '../src/corpus/build.ts';
import { createSearch, serializeSearchIndex } from '../src/corpus/search.ts';
import type { PlanDocument } from '../src/corpus/types.ts';

export const benchQueries = [
  '成渝中线高铁',
  '天府',
  '乐山',
  '大熊猫',
  'G4216',
  '双城经济圈',
  '港口',
  '机场',
  '生态',
  '成达万',
];
/** Document the reader opens first: the plan in force for the whole province. */
export const firstDocumentId = 'sc15';

export interface CorpusBenchReport {
  parserMilliseconds: { median: number; runs: number };
  searchIndexBuildMilliseconds: number;
  searchMilliseconds: { p50: number; p95: number; max: number; queries: number; budgetP95: number };
  firstPassageBytes: {
    indexGzip: number;
    firstDocumentGzip: number;
    totalGzip: number;
    firstDocumentId: string;
  };
  corpusGzipBytes: number;
  serializedSearchIndexGzipBytes: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function runCorpusBench(root = resolve(fileURLToPath(import.meta.url), '../..')): CorpusBenchReport {
  const read = (path: string) => new Uint8Array(readFileSync(join(root, path)));
  const parserRuns: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    buildCorpus(read);
    parserRuns.push(performance.now() - started);
  }
  parserRuns.sort((left, right) => left - right);

  const plans = join(root, 'public/data/plans');
  const indexText = readFileSync(join(plans, 'index.json'));
  const index = JSON.parse(indexText.toString('utf8')) as CorpusIndex;
  const files = index.documents.map((entry) => readFileSync(join(root, 'public', entry.file)));
  const documents = files.map((contents) => JSON.parse(contents.toString('utf8')) as PlanDocument);

  const buildStarted = performance.now();
  const search = createSearch(documents);
  const searchIndexBuildMilliseconds = performance.now() - buildStarted;
  const timings: number[] = [];
  for (let repetition = 0; repetition < 30; repetition++) {
    for (const query of benchQueries) {
      const started = performance.now();
      search.search(query);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((left, right) => left - right);

  const gzip = (contents: Buffer | string) => gzipSync(contents, { level: 9 }).length;
  const firstEntry = index.documents.find((entry) => entry.id === firstDocumentId);
  const firstDocumentGzip = firstEntry ? gzip(readFileSync(join(root, 'public', firstEntry.file))) : 0;
  const indexGzip = gzip(indexText);
  return {
    parserMilliseconds: { median: round(percentile(parserRuns, 0.5)), runs: parserRuns.length },
    searchIndexBuildMilliseconds: round(searchIndexBuildMilliseconds),
    searchMilliseconds: {
      p50: round(percentile(timings, 0.5)),
      p95: round(percentile(timings, 0.95)),
      max: round(timings[timings.length - 1] ?? 0),
      queries: timings.length,
      budgetP95: 30,
    },
    firstPassageBytes: {
      indexGzip,
      firstDocumentGzip,
      totalGzip: indexGzip + firstDocumentGzip,
      firstDocumentId,
    },
    corpusGzipBytes: files.reduce((sum, contents) => sum + gzip(contents), 0),
    serializedSearchIndexGzipBytes: gzip(serializeSearchIndex(documents)),
  };
}

/** Report lines in the style of bench/run.ts: `sections.push(...formatCorpusBench(runCorpusBench()))`. */
export function formatCorpusBench(report: CorpusBenchReport): string[] {
  const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const search = report.searchMilliseconds;
  const first = report.firstPassageBytes;
  return [
    '## Plan corpus',
    `  parser (all seeds, with round-trip checks and serialisation): median ${report.parserMilliseconds.median.toFixed(0)} ms`,
    `  search index build (worker, whole corpus): ${report.searchIndexBuildMilliseconds.toFixed(0)} ms`,
    `  search over ${benchQueries.length} plan terms × 30: p50 ${search.p50} ms, p95 ${search.p95} ms (budget ${search.budgetP95} ms), max ${search.max} ms`,
    `  before the first passage: index.json ${kilobytes(first.indexGzip)} + ${first.firstDocumentId}.json ${kilobytes(first.firstDocumentGzip)} = ${kilobytes(first.totalGzip)} gz`,
    `  all documents ${kilobytes(report.corpusGzipBytes)} gz; a serialized search index would add ${kilobytes(report.serializedSearchIndexGzipBytes)} gz (not shipped)`,
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = runCorpusBench();
  console.log(formatCorpusBench(report).join('\n'));
  if (report.searchMilliseconds.p95 > report.searchMilliseconds.budgetP95) {
    console.error(
      `search p95 ${report.searchMilliseconds.p95} ms is over the ${report.searchMilliseconds.budgetP95} ms budget`,
    );
    process.exitCode = 1;
  }
}
