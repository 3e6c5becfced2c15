import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver } from './driver';

let atlas: AtlasDriver;
let phone: AtlasDriver | undefined;
beforeAll(async () => {
  atlas = await AtlasDriver.start({ width: 1280, height: 800 });
});
afterAll(async () => {
  await atlas.close();
  await phone?.close();
});

// A passage of the 2026 provincial plan that names 成达万高铁 (sc15 box 18, seeds line 991).
const PASSAGE = 'sc15/p8/c27/s3/b18/p1';
const CDW = 'railway-chengdu-dazhou-wanzhou-hsr';

const mention = () => atlas.openPassageLocator().locator(`.reader-mention[data-feature="${CDW}"]`).first();

it('shows 成达万高铁 in the passage as a mention button', async () => {
  await atlas.openReader(`?p=${PASSAGE}`);
  await mention().waitFor({ timeout: 30_000 });
  expect(await mention().textContent()).toBe('成达万高铁');
  expect(await mention().evaluate((element) => element.tagName)).toBe('BUTTON');
  expect(await mention().getAttribute('title')).toContain('成达万');
});

it('selects the feature when its mention is clicked, and the info panel shows it', async () => {
  await atlas.openReader(`?p=${PASSAGE}`);
  await mention().click();
  await atlas.page.waitForFunction((id) => new URLSearchParams(location.search).get('sel') === id, CDW);
  const title = atlas.page.locator('.info-panel #info-title');
  await title.waitFor({ timeout: 30_000 });
  expect(await title.textContent()).toContain('成达万');
  await atlas.screenshot('reader-links-selected');
});

it('lists the open passage’s features as chips that select them', async () => {
  await atlas.openReader(`?p=${PASSAGE}`);
  const chip = atlas.page.locator(`[data-testid="passage-features"] [data-feature="${CDW}"]`);
  await chip.waitFor({ timeout: 30_000 });
  await chip.click();
  await atlas.page.waitForFunction((id) => new URLSearchParams(location.search).get('sel') === id, CDW);
});

it('puts the chapter’s features on the map and clears the tint again', async () => {
  await atlas.openReader(`?p=${PASSAGE}`);
  const show = atlas.page.locator('[data-testid="chapter-features"]');
  await atlas.page.waitForFunction(
    () => !(document.querySelector('[data-testid="chapter-features"]') as HTMLButtonElement | null)?.disabled,
  );
  await show.click();
  await atlas.page.waitForFunction(() =>
    (new URLSearchParams(location.search).get('layers') ?? '').includes('railways'),
  );
  const clear = atlas.page.locator('[data-testid="chapter-features-clear"]');
  await clear.waitFor();
  await atlas.settle();
  await atlas.screenshot('reader-links-chapter');
  await clear.click();
  expect(await clear.count()).toBe(0);
});

it('on a phone, a mention in the full-page reader brings the map into view', async () => {
  phone = await AtlasDriver.start({ width: 390, height: 844 });
  await phone.openReader(`?p=${PASSAGE}&reader=full`);
  const button = phone.openPassageLocator().locator(`.reader-mention[data-feature="${CDW}"]`).first();
  await button.waitFor({ timeout: 30_000 });
  await button.click();
  await phone.page.waitForFunction((id) => new URLSearchParams(location.search).get('sel') === id, CDW);
  expect(await phone.page.locator('#map-region').isVisible()).toBe(true);
  expect(await phone.page.locator('.info-panel').isVisible()).toBe(true);
  await phone.settle();
  await phone.screenshot('reader-links-phone');
});
