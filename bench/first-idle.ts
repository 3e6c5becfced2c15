import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/helpers/browser';
import { serveStatic } from '../tests/e2e/helpers/static-server';
import { gzipSize } from './bundle-size';

export interface IdleMeasure {
  atlasMs: number[];
  bareMs: number[];
  firstViewData: { path: string; gzip: number }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export { median };

/**
 * Navigation → first map `idle`, for the atlas and for a bare MapLibre page, alternating runs in one browser
 * so both see the same machine load. Each run uses a fresh page with the cache disabled.
 */
export async function measureFirstIdle(runs = 5): Promise<IdleMeasure> {
  const server = await serveStatic('dist');
  const context = await launchChromium();
  const result: IdleMeasure = { atlasMs: [], bareMs: [], firstViewData: [] };
  try {
    const timeOne = async (path: string, recordData: boolean) => {
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      const requests: { path: string; at: number }[] = [];
      page.on('request', (request) =>
        requests.push({ path: new URL(request.url()).pathname, at: Date.now() }),
      );
      await page.goto(`${server.origin}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, {
        timeout: 60_000,
      });
      const ms = await page.evaluate(() => performance.now());
      if (recordData) {
        // Data requested before the first idle: what the first view cost. MapLibre's worker fetches GeoJSON itself,
        // so page resource timing misses it; the requests seen by the browser (worker included) do not.
        const idleAt = await page.evaluate(
          () =>
            performance.timeOrigin + (performance.getEntriesByName('atlas-first-idle')[0]?.startTime ?? 0),
        );
        const paths = requests
          .filter((request) => request.at <= idleAt)
          .map((request) => request.path)
          .filter((path) => path.startsWith('/data/') || path.startsWith('/fonts/'));
        result.firstViewData = [...new Set(paths)]
          .sort()
          .map((path) => ({ path, gzip: gzipSize(join('dist', path)) }));
      }
      await page.close();
      return ms;
    };
    // One warm-up each so the first measured run does not pay for starting the browser's GPU process.
    await timeOne('/bench-bare/', false);
    await timeOne('/', false);
    for (let run = 0; run < runs; run += 1) {
      result.bareMs.push(await timeOne('/bench-bare/', false));
      result.atlasMs.push(await timeOne('/', run === 0));
    }
  } finally {
    await context.close();
    await server.close();
  }
  return result;
}
