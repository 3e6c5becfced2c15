import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver, changedShare } from './driver';

let atlas: AtlasDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
  await atlas.open();
});
afterAll(() => atlas.close());

it('turning the zones layer off changes what is drawn, and on again restores it', async () => {
  const before = await atlas.canvasPixels();
  await atlas.toggleLayer('zones');
  expect(await atlas.isLayerChecked('zones')).toBe(false);
  const without = await atlas.canvasPixels();
  await atlas.screenshot('layer-zones-off');
  expect(changedShare(before, without)).toBeGreaterThan(0.1);
  await atlas.toggleLayer('zones');
  const again = await atlas.canvasPixels();
  expect(changedShare(before, again)).toBeLessThan(0.02);
});
