import type { Page } from 'playwright-core';
import { LAYER_IDS } from '../src/layers';
import { launchChromium } from '../tests/e2e/helpers/browser';
import { serveStatic } from '../tests/e2e/helpers/static-server';
import { median } from './first-idle';

const BASEMAP_ONLY = ['relief', 'lakes', 'river-network', 'rivers', 'seats'];

export interface PanMeasure {
  basemapMs: number[];
  allLayersMs: number[];
}

/** Drags the map across for ~2 s while recording requestAnimationFrame intervals; returns the median interval. */
async function panFrameTime(page: Page): Promise<number> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('no map box');
  // A string, not a function: tsx's name-keeping helper would not exist inside the page.
  await page.evaluate(`(() => {
    const intervals = [];
    let last = performance.now();
    window.__recording = true;
    window.__intervals = intervals;
    const tick = (now) => {
      intervals.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.75, y);
  await page.mouse.down();
  for (let step = 0; step < 60; step += 1) {
    await page.mouse.move(box.x + box.width * (0.75 - step * 0.008), y + Math.sin(step / 6) * 40);
  }
  await page.mouse.up();
  const intervals = (await page.evaluate(
    '(() => { window.__recording = false; return window.__intervals.slice(1); })()',
  )) as number[];
  return median(intervals);
}

/** Frame time while panning with every layer on, against the basemap alone, alternating in one browser. */
export async function measurePanning(runs = 3): Promise<PanMeasure> {
  const server = await serveStatic('dist');
  const context = await launchChromium();
  const result: PanMeasure = { basemapMs: [], allLayersMs: [] };
  const open = async (layers: readonly string[]) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/?map=6.50/30.5000/104.5000&layers=${layers.join(',')}`);
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(1500);
    const ms = await panFrameTime(page);
    await page.close();
    return ms;
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      result.basemapMs.push(await open(BASEMAP_ONLY));
      result.allLayersMs.push(await open(LAYER_IDS));
    }
  } finally {
    await context.close();
    await server.close();
  }
  return result;
}
