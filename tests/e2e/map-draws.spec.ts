import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver } from './driver';

let atlas: AtlasDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
  await atlas.open();
});
afterAll(() => atlas.close());

it('draws Sichuan: many colours and almost no bare background over the province', async () => {
  await atlas.screenshot('map-default-zh');
  const stats = await atlas.canvasStats();
  expect(stats.colours).toBeGreaterThan(40);
  expect(stats.nonBackground).toBeGreaterThan(0.9);
});

it('loads without a console error', () => {
  expect(atlas.consoleErrors).toEqual([]);
});

it('sends no request beyond its own origin', () => {
  expect(atlas.requests.length).toBeGreaterThan(5);
  expect(atlas.externalRequests()).toEqual([]);
});

it('draws labels from the shipped font, not a font server', () => {
  expect(atlas.requests.some((url) => url.endsWith('/fonts/atlas-sc.woff2'))).toBe(true);
  expect(atlas.requests.some((url) => /glyphs|\.pbf/.test(url))).toBe(false);
});
