import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver } from './driver';

let atlas: AtlasDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
});
afterAll(() => atlas.close());

it('opens the info panel with provenance for a feature selected in a shared link', async () => {
  await atlas.open('?sel=railway-baoji-chengdu');
  const panel = atlas.page.locator('.info-panel');
  await panel.waitFor({ timeout: 30_000 });
  expect(await panel.locator('h2').textContent()).toContain('宝成');
  const text = (await panel.textContent()) ?? '';
  expect(text).toContain('几何来源');
  expect(text).toContain('示意');
  await atlas.screenshot('info-panel-railway');
});

it('selects a feature from the keyboard feature list and puts it in the URL', async () => {
  await atlas.open();
  const list = atlas.page.locator('[data-layer="airports"] .feature-list');
  await list.locator('summary').click();
  await list.locator('button', { hasText: '巴中恩阳' }).first().click();
  await atlas.page.locator('.info-panel').waitFor();
  expect(await atlas.search()).toContain('sel=airport-bazhong-enyang');
});

it('says which layer failed to load and keeps drawing the rest', async () => {
  await atlas.page
    .context()
    .route('**/data/layers/railways.geojson', (route) => route.fulfill({ status: 404, body: 'gone' }));
  try {
    await atlas.open();
    const error = atlas.page.locator('.error-panel');
    await error.waitFor({ timeout: 30_000 });
    expect((await error.textContent()) ?? '').toContain('railways');
    const stats = await atlas.canvasStats();
    expect(stats.nonBackground).toBeGreaterThan(0.9);
    await atlas.screenshot('error-panel-railways');
  } finally {
    await atlas.page.context().unroute('**/data/layers/railways.geojson');
  }
});

it('drops a link to a feature that does not exist, with a notice', async () => {
  await atlas.open('?sel=railway-no-such-line');
  await atlas.page.locator('[data-testid="notice"]').first().waitFor({ timeout: 30_000 });
  const notices = await atlas.page.locator('[data-testid="notice"]').allTextContents();
  expect(notices.join(' ')).toContain('railway-no-such-line');
  await atlas.page.waitForFunction(() => !window.location.search.includes('sel='));
});
