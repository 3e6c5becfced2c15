import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver } from './driver';

let atlas: AtlasDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
});
afterAll(() => atlas.close());

const SHARED = '?map=8.00/30.6600/104.0600&layers=prefectures,railways,airports&lang=en';

it('opens a shared link as it was shared and keeps it through a reload', async () => {
  await atlas.open(SHARED);
  expect(await atlas.search()).toBe(SHARED);
  expect(await atlas.isLayerChecked('railways')).toBe(true);
  expect(await atlas.isLayerChecked('zones')).toBe(false);
  expect(await atlas.heading()).toBe('Sichuan Planning Atlas');
  await atlas.screenshot('url-shared-view');
  await atlas.page.reload();
  await atlas.waitForMapIdle();
  expect(await atlas.search()).toBe(SHARED);
});

it('back and forward restore the layer set', async () => {
  await atlas.open(SHARED);
  await atlas.toggleLayer('airports');
  expect(await atlas.search()).toBe('?map=8.00/30.6600/104.0600&layers=prefectures,railways&lang=en');
  await atlas.page.goBack();
  await atlas.settle();
  expect(await atlas.search()).toBe(SHARED);
  expect(await atlas.isLayerChecked('airports')).toBe(true);
  await atlas.page.goForward();
  await atlas.settle();
  expect(await atlas.isLayerChecked('airports')).toBe(false);
});

it('drops an invalid parameter with a visible notice and keeps the rest', async () => {
  await atlas.open('?map=abc&layers=railways,nonsense&lang=en');
  const notices = await atlas.page.locator('[data-testid="notice"]').allTextContents();
  expect(notices.some((text) => text.includes('"map"'))).toBe(true);
  expect(notices.some((text) => text.includes('nonsense'))).toBe(true);
  expect(await atlas.isLayerChecked('railways')).toBe(true);
  expect(await atlas.search()).toBe('?layers=railways&lang=en');
  await atlas.screenshot('url-invalid-notice');
});
