import { existsSync, readFileSync } from 'node:fs';
import { allChunks, initialJavascript } from './bundle-size';
import { formatCorpusBench, runCorpusBench } from './corpus.bench';
import { formatExport, measureExport } from './export';
import { measureFirstIdle, median } from './first-idle';
import { runLinksBench } from './links.bench';
import { measurePanning } from './pan-frames';
import { formatSlideBench, measureSlideTransitions } from './slides';

/**
 * `npm run bench`: the budgets of the issues, measured. Timings are medians with the baseline measured in the same
 * run (these machines are noisy); sizes are gzip -9 of the built files.
 */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints each section as soon as it is measured, so a later failure does not lose the earlier numbers. */
const sections = {
  push: (...lines: string[]) => console.log(lines.join('\n')),
};

async function main() {
  if (!existsSync('dist/index.html') || !existsSync('dist/bench-bare/index.html')) {
    throw new Error('build first: npm run bench builds dist/ and dist/bench-bare/');
  }

  const initial = initialJavascript();
  sections.push(
    '## Bundle',
    ...initial.files.map((file) => `  ${file.file}: ${kb(file.gzip)} gz`),
    `  initial JavaScript total: ${kb(initial.totalGzip)} gz (budget 450 KB)`,
    `  all chunks: ${allChunks()
      .map((chunk) => `${chunk.file} ${kb(chunk.gzip)}`)
      .join(', ')}`,
  );

  const idle = await measureFirstIdle(5);
  const atlas = median(idle.atlasMs);
  const bare = median(idle.bareMs);
  const dataTotal = idle.firstViewData.reduce((sum, file) => sum + file.gzip, 0);
  sections.push(
    '## First map idle (headless Chromium, software WebGL, 5 runs each, alternating)',
    `  atlas: median ${atlas.toFixed(0)} ms  [${idle.atlasMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
    `  bare MapLibre page: median ${bare.toFixed(0)} ms  [${idle.bareMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
    `  ratio atlas / bare: ${(atlas / bare).toFixed(2)} (goal ≤ 1.3)`,
    '## Data fetched before the first idle',
    ...idle.firstViewData.map((file) => `  ${file.path}: ${kb(file.gzip)} gz`),
    `  total: ${kb(dataTotal)} gz (budget 400 KB)`,
  );

  const pan = await measurePanning(3);
  const panBase = median(pan.basemapMs);
  const panAll = median(pan.allLayersMs);
  sections.push(
    '## Frame time while panning (median rAF interval during a 60-step drag, 3 runs each)',
    `  basemap alone: ${panBase.toFixed(1)} ms  [${pan.basemapMs.map((ms) => ms.toFixed(1)).join(', ')}]`,
    `  every layer on: ${panAll.toFixed(1)} ms  [${pan.allLayersMs.map((ms) => ms.toFixed(1)).join(', ')}]`,
    `  ratio: ${(panAll / panBase).toFixed(2)}`,
  );

  sections.push(...formatCorpusBench(runCorpusBench()));
  sections.push(...runLinksBench());

  // Issue 6: briefing code stays lazy; exports and slide changes within their budgets.
  const initialFiles = initial.files.map((file) => readFileSync(`dist/${file.file}`, 'utf8'));
  const briefingChunks = allChunks().filter((chunk) =>
    /^(share-|embed-|export-|compose|render-map|svg-|briefings-|presentation-|slide-|deck-overlay|story-)/.test(
      chunk.file,
    ),
  );
  sections.push(
    '## Briefing code (lazy chunks, gzip)',
    ...briefingChunks.map((chunk) => `  ${chunk.file}: ${kb(chunk.gzip)}`),
    `  deck.gl in the initial bundle: ${initialFiles.some((code) => code.includes('luma.gl')) ? 'YES' : 'no'}`,
  );
  sections.push('## Export (A4 @ 300 dpi)', formatExport(await measureExport(5)));
  sections.push(...formatSlideBench(await measureSlideTransitions(12)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
