import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver } from './driver';

let atlas: AtlasDriver;
let phone: AtlasDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
  await atlas.open();
});
afterAll(async () => {
  await atlas.close();
  await phone?.close();
});

it('reaches the layer toggles by keyboard with a visible focus ring', async () => {
  const page = atlas.page;
  let reached = false;
  for (let i = 0; i < 12 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('[data-layer]') !== null);
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  const layer = await page.evaluate(() =>
    document.activeElement?.closest('[data-layer]')?.getAttribute('data-layer'),
  );
  const checked = await atlas.isLayerChecked(layer ?? '');
  await page.keyboard.press('Space');
  expect(await atlas.isLayerChecked(layer ?? '')).toBe(!checked);
});

it('fits a 390-px phone: map first, panel one tap away, nothing wider than the screen', async () => {
  phone = await AtlasDriver.start({ width: 390, height: 844 });
  await phone.open();
  const page = phone.page;
  expect(await page.locator('#side-panel').isHidden()).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await phone.screenshot('phone-map');
  await page.locator('.panel-toggle').click();
  expect(await page.locator('#side-panel').isVisible()).toBe(true);
  await phone.screenshot('phone-panel');
});
