import { afterAll, beforeAll, expect, it } from 'vitest';
import { ShareDriver } from './share-driver';

let share: ShareDriver;
beforeAll(async () => {
  share = await ShareDriver.start({ width: 1280, height: 800 });
});
afterAll(() => share.close());

const FEATURE = 'railway-chengdu-chongqing-hsr';

it('a share link reopens the same layers, filter, selection, passage, language and plan colouring', async () => {
  const { atlas, page } = share;
  // Plan colouring and the selection through the link, the rest through the interface.
  await atlas.open(`?plan=sc15&sel=${FEATURE}`);
  const initial = await ShareDriver.layerState(page);
  await atlas.toggleLayer('airports');
  await page.locator('.status-filter input[type="checkbox"]').last().uncheck();
  await atlas.switchLanguage();
  const before = await ShareDriver.layerState(page);
  // Open a plan passage from the feature's "in the plans" list.
  await (await atlas.featureMentions()).locator('.mention-jump').first().click();
  const passage = await share.waitForPassage();

  await share.openShareDialog();
  const link = await share.shareLink();
  expect(await share.shownLength()).toContain(String(link.length));
  await atlas.screenshot('share-dialog');
  await share.closeDialog();
  const shown = await ShareDriver.visibleState(page);
  expect(link).toBe(`${atlas.origin}/${shown.search}`);
  expect(link.length).toBeLessThan(2000);
  for (const param of ['layers=', 'status=', `sel=${FEATURE}`, 'lang=en', `p=${passage}`, 'plan=sc15'])
    expect(link).toContain(param);

  const { page: fresh, errors } = await share.newTab();
  await fresh.goto(link);
  await ShareDriver.waitForMapIdle(fresh);
  await share.waitForPassage(fresh);
  const reopened = await ShareDriver.visibleState(fresh);
  expect(reopened).toEqual(shown);
  expect(reopened.passage).toBe(passage);
  expect(reopened.language).toBe('en');
  expect(reopened.infoTitle).toBeTruthy();
  // The plan colouring is on in both: its legend is shown, with the same text.
  const legend = (target: typeof page) => target.locator('[data-testid="plan-legend"]');
  await legend(fresh).waitFor({ timeout: 30_000 });
  expect(await legend(fresh).textContent()).toBe(await legend(page).textContent());
  expect(await ShareDriver.layerState(fresh)).toEqual(before);
  // The state really left its defaults: the toggled layer and status differ from the first load.
  expect(before.layers.includes('airports')).toBe(!initial.layers.includes('airports'));
  expect(before.statuses.at(-1)).toBe(false);
  expect(initial.statuses.at(-1)).toBe(true);
  expect(errors).toEqual([]);
  await fresh.close();
});

it('copy link puts the link on the clipboard and says so', async () => {
  const { atlas } = share;
  await atlas.open(`?sel=${FEATURE}&lang=en`);
  await atlas.grantClipboard();
  await share.openShareDialog();
  expect(await share.copyStatus()).toBe('');
  await share.copyLink();
  await share.page.locator('[data-testid="copy-link-status"]', { hasText: 'Copied' }).waitFor();
  expect(await atlas.clipboardText()).toBe(await share.shareLink());
  expect(await share.page.locator('[data-testid="copy-link-status"]').getAttribute('aria-live')).toBe(
    'polite',
  );
  await share.closeDialog();
});

it('the embed snippet is a sandboxed iframe of the same view with embed=1, its address escaped', async () => {
  const { atlas } = share;
  await atlas.open(`?sel=${FEATURE}&lang=en`);
  await share.openShareDialog();
  const link = await share.shareLink();
  const code = await share.embedCode();
  const template = share.page.locator('body');
  // Parse the snippet with the browser's own HTML parser: the attribute comes back as the real address.
  const parsed = await template.evaluate((_, html) => {
    const holder = document.createElement('template');
    holder.innerHTML = html;
    const frame = holder.content.querySelector('iframe');
    return frame && { src: frame.getAttribute('src'), sandbox: frame.getAttribute('sandbox') };
  }, code);
  expect(parsed?.src).toBe(`${link}&embed=1`);
  expect(parsed?.sandbox).toContain('allow-scripts');
  expect(code).toContain('&amp;embed=1');
  await share.page.getByLabel('800 × 600').check();
  expect(await share.embedCode()).toContain('width="800" height="600"');
  await share.closeDialog();
});

it('a link to a passage that no longer exists says so and shows the rest of the state', async () => {
  const { atlas, page } = share;
  const missing = 'sc15/p8/c99/s9/p99';
  await atlas.open(`?map=7.00/30.5000/104.5000&layers=railways,zones&sel=${FEATURE}&lang=en&p=${missing}`);
  await page.locator('[data-testid="notice"]', { hasText: missing }).waitFor({ timeout: 30_000 });
  const notices = await atlas.noticeTexts();
  expect(notices.some((text) => text.includes(missing) && text.includes('does not exist'))).toBe(true);
  // The reader falls back to the start of the same document; the link now points there.
  await page.waitForFunction(() => new URLSearchParams(window.location.search).get('p') === 'sc15');
  const state = await ShareDriver.visibleState(page);
  expect(state.search).toContain('map=7.00/30.5000/104.5000');
  expect(state.search).toContain(`sel=${FEATURE}`);
  expect(state.language).toBe('en');
  expect(state.infoTitle).toBeTruthy();
  expect((await ShareDriver.layerState(page)).layers.sort()).toEqual(['railways', 'zones']);
  await atlas.screenshot('share-missing-passage');
});

it('a link to a document that does not exist says so and still shows the map state', async () => {
  const { atlas, page } = share;
  await atlas.open(`?sel=${FEATURE}&lang=en&p=no-such-plan/p1`);
  await page.locator('[data-testid="notice"]', { hasText: 'no-such-plan' }).waitFor({ timeout: 30_000 });
  const state = await ShareDriver.visibleState(page);
  expect(state.search).toContain(`sel=${FEATURE}`);
  expect(state.infoTitle).toBeTruthy();
});
