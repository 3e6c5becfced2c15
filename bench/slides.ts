import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/helpers/browser';
import { serveStatic } from '../tests/e2e/helpers/static-server';
import { median } from './first-idle';

/** Slide-to-slide budget of issue 6. */
export const SLIDE_BUDGET_MS = 1000;

export interface SlideMeasure {
  /** One entry per transition: → pressed → the next slide rendered, its overlay drawn and the map idle. */
  transitionsMs: number[];
  medianMs: number;
  story: string;
}

/**
 * Presents a curated story from dist/ and presses → `runs` times (wrapping back to the first slide with Home when
 * the story ends), timing each transition from the app's own marks: 'atlas-slide-start' (the slide changes) to
 * 'atlas-slide-ready' (the new slide is drawn, its highlights and flows are on the map and the map is idle).
 */
export async function measureSlideTransitions(runs: number, story = 'transport-pole'): Promise<SlideMeasure> {
  const server = await serveStatic('dist');
  const context = await launchChromium({ width: 1280, height: 800 });
  const transitionsMs: number[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const readyFor = async () => {
      await page.waitForFunction(
        () => {
          const shown = document.querySelector<HTMLElement>('[data-testid="presentation"]')?.dataset.slide;
          return shown !== undefined && document.documentElement.dataset.slideReady === shown;
        },
        null,
        { timeout: 60_000 },
      );
    };
    await page.goto(`${server.origin}/?story=${story}`);
    await readyFor();
    const count = await page.evaluate(
      () => document.querySelector('[data-testid="slide-number"]')?.textContent?.split('/')[1]?.trim() ?? '1',
    );
    const slides = Number(count);
    // One untimed pass so the layers' data is fetched and tiled once, as after a rehearsal.
    for (let i = 1; i < slides; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
      await readyFor();
    }
    await page.keyboard.press('Home');
    await page.waitForTimeout(30);
    await readyFor();
    let at = 0;
    while (transitionsMs.length < runs) {
      const key = at === slides - 1 ? 'Home' : 'ArrowRight';
      await page.evaluate(() => {
        performance.clearMarks('atlas-slide-start');
        performance.clearMarks('atlas-slide-ready');
      });
      await page.keyboard.press(key);
      await page.waitForFunction(() => performance.getEntriesByName('atlas-slide-ready').length > 0, null, {
        timeout: 60_000,
      });
      const ms = await page.evaluate(() => {
        const start = performance.getEntriesByName('atlas-slide-start')[0];
        const ready = performance.getEntriesByName('atlas-slide-ready')[0];
        return start && ready ? ready.startTime - start.startTime : Number.NaN;
      });
      at = key === 'Home' ? 0 : at + 1;
      // A jump back to the first slide is not a slide-to-slide step of the talk: not counted.
      if (key === 'ArrowRight') transitionsMs.push(ms);
    }
  } finally {
    await context.close();
    await server.close();
  }
  return { transitionsMs, medianMs: median(transitionsMs), story };
}

export function formatSlideBench(result: SlideMeasure): string[] {
  return [
    `## Slide-to-slide transition (story ${result.story}, headless Chromium, software WebGL, ${result.transitionsMs.length} transitions)`,
    `  median ${result.medianMs.toFixed(0)} ms (budget ≤ ${SLIDE_BUDGET_MS} ms: ${result.medianMs <= SLIDE_BUDGET_MS ? 'within' : 'OVER'})  [${result.transitionsMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureSlideTransitions(Number(process.argv[2] ?? 8));
  console.log(formatSlideBench(result).join('\n'));
}
