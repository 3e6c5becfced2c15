import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/helpers/browser';
import { serveStatic } from '../tests/e2e/helpers/static-server';
import { allChunks, initialJavascript } from './bundle-size';
import { median } from './first-idle';

export interface ExportMeasure {
  /** Click on Export → the browser's download event, A4 landscape 300 dpi PNG (what a person waits for). */
  a4Png300Ms: number[];
  /** The first export of the page, which also loads the export code, links.json and the cited plans. */
  firstA4Png300Ms: number;
  /** The export code's own atlas-export-start → atlas-export-done measure for the same runs. */
  a4Png300InPageMs: number[];
  /** Of which: drawing the map off screen until its pixels are read (software WebGL does the work here). */
  a4Png300MapMs: number[];
  /** Click → download, A4 landscape 300 dpi PDF (one run per measured PNG run). */
  a4Pdf300Ms: number[];
  /** Longest main-thread task seen during a PNG export (ms): how long the UI may not answer. */
  longestTaskMs: number[];
  /** Every lazily loaded chunk under src/export, gzipped, and whether any of them is in the initial load. */
  exportChunks: { file: string; gzip: number }[];
  exportInInitialBundle: boolean;
}

// Chengdu–Chongqing with a selected line: legend, highlight and a sources block, as a report figure would have.
const VIEW =
  '?map=7.00/30.3000/105.0000&layers=zones,prefectures,railways,airports,seats&sel=railway-chengdu-chongqing-central-hsr';

async function exportOnce(
  page: Page,
  format: 'png' | 'pdf',
): Promise<{ clickMs: number; inPageMs: number; mapMs: number; longestTaskMs: number }> {
  await page.locator('header button[aria-haspopup="dialog"]', { hasText: /^(导出|Export)$/ }).click();
  const dialog = page.locator('dialog.export-dialog');
  await dialog.locator('[data-testid="export-start"]').waitFor({ state: 'visible' });
  await dialog.locator(`input[name="export-format"][value="${format}"]`).check();
  await dialog.locator('input[name="export-paper"][value="a4"]').check();
  await dialog.locator('input[name="export-orientation"][value="landscape"]').check();
  await dialog.locator('input[name="export-dpi"][value="300"]').check();
  // Strings, not functions: tsx's helpers do not exist inside the page.
  await page.evaluate(`(() => {
    performance.clearMarks(); performance.clearMeasures();
    window.__longest = 0;
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    });
    window.__observer.observe({ type: 'longtask' });
  })()`);
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    dialog.locator('[data-testid="export-start"]').click(),
  ]);
  const clickMs = Date.now() - started;
  await download.path();
  const marks = (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN;
    return { inPageMs: at('atlas-export-done') - at('atlas-export-start'), mapMs: at('atlas-export-map-pixels') - at('atlas-export-start'), longestTaskMs: window.__longest };
  })()`)) as { inPageMs: number; mapMs: number; longestTaskMs: number };
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return { clickMs, ...marks };
}

/** Times the A4 @ 300 dpi export `runs` times (after one warm-up that loads the export code and plan data). */
export async function measureExport(runs = 5): Promise<ExportMeasure> {
  const server = await serveStatic('dist');
  const context = await launchChromium();
  const result: ExportMeasure = {
    a4Png300Ms: [],
    firstA4Png300Ms: Number.NaN,
    a4Png300InPageMs: [],
    a4Png300MapMs: [],
    a4Pdf300Ms: [],
    longestTaskMs: [],
    exportChunks: [],
    exportInInitialBundle: false,
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/${VIEW}`);
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(1500);
    result.firstA4Png300Ms = (await exportOnce(page, 'png')).clickMs;
    for (let run = 0; run < runs; run += 1) {
      const png = await exportOnce(page, 'png');
      result.a4Png300Ms.push(png.clickMs);
      result.a4Png300InPageMs.push(png.inPageMs);
      result.a4Png300MapMs.push(png.mapMs);
      result.longestTaskMs.push(png.longestTaskMs);
      result.a4Pdf300Ms.push((await exportOnce(page, 'pdf')).clickMs);
    }
  } finally {
    await context.close();
    await server.close();
  }
  // Chunks whose code comes from src/export (Vite names lazy chunks after their entry module).
  result.exportChunks = allChunks().filter((chunk) =>
    /^(export-|compose|render-map|svg-writer)/.test(chunk.file),
  );
  const initial = initialJavascript().files.map((file) => file.file);
  result.exportInInitialBundle = initial.some((file) =>
    readFileSync(`dist/${file}`, 'utf8').includes('atlas-export-start'),
  );
  return result;
}

export function formatExport(measure: ExportMeasure): string {
  const ms = (values: number[]) =>
    `${Math.round(median(values))} ms (runs: ${values.map(Math.round).join(', ')})`;
  return [
    `A4 @ 300 dpi PNG, click → download: median ${ms(measure.a4Png300Ms)} (budget 5000 ms)`,
    `  first export of the page (loads the export code and the cited plans): ${Math.round(measure.firstA4Png300Ms)} ms`,
    `  in the page (atlas-export-start → done): ${ms(measure.a4Png300InPageMs)}`,
    `  of which the off-screen map until its pixels are read: ${ms(measure.a4Png300MapMs)}`,
    `  longest main-thread task: ${ms(measure.longestTaskMs)}`,
    `A4 @ 300 dpi PDF, click → download: median ${ms(measure.a4Pdf300Ms)}`,
    `Export chunks (gzip): ${measure.exportChunks.map((chunk) => `${chunk.file} ${(chunk.gzip / 1024).toFixed(1)} kB`).join(', ')}`,
    `Export code in the initial bundle: ${measure.exportInInitialBundle ? 'YES (budget broken)' : 'no'}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 5);
  measureExport(runs).then(
    (measure) => console.log(formatExport(measure)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
