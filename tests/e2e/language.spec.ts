import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver, changedShare } from './driver';

let atlas: AtlasDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
  await atlas.open();
});
afterAll(() => atlas.close());

it('switches interface and map labels from Chinese to English', async () => {
  expect(await atlas.heading()).toBe('四川规划图集');
  const zhPixels = await atlas.canvasPixels();
  await atlas.switchLanguage();
  expect(await atlas.heading()).toBe('Sichuan Planning Atlas');
  expect(await atlas.page.locator('[data-layer="railways"] .layer-title').textContent()).toBe('Railways');
  expect(await atlas.page.evaluate(() => document.documentElement.lang)).toBe('en');
  await atlas.screenshot('map-default-en');
  // Labels are the only thing that changes on the canvas: some pixels, not most.
  const share = changedShare(zhPixels, await atlas.canvasPixels());
  expect(share).toBeGreaterThan(0.002);
  expect(share).toBeLessThan(0.3);
  expect(await atlas.search()).toBe('?lang=en');
});
