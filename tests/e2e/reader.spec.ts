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

const PASSAGE = 'sc15/p8/c27/s3/b18/p1';
const SC15_TITLE = '四川省国民经济和社会发展第十五个五年规划纲要';

it('opens a ?p= link with that passage highlighted and in view', async () => {
  await atlas.openReader(`?p=${PASSAGE}`);
  expect(await atlas.openPassageId()).toBe(PASSAGE);
  const open = atlas.openPassageLocator();
  expect(await open.evaluate((element) => element.classList.contains('is-open'))).toBe(true);
  const background = await open.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  expect(await open.isVisible()).toBe(true);
  const inView = await open.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0;
  });
  expect(inView).toBe(true);
  expect(await open.textContent()).toContain('成渝中线高铁');
  await atlas.screenshot('reader-panel-passage');
});

it('searches 成渝中线 across documents and opens a hit with Enter, updating the URL', async () => {
  await atlas.openReader('?p=sc15');
  await atlas.searchPlans('成渝中线');
  const hits = await atlas.searchHitIds();
  const documents = new Set(hits.map((id) => id.split('/')[0]));
  expect(documents.size).toBeGreaterThan(1);
  const marked = await atlas.page.locator('.reader-hits mark').first().textContent();
  expect(marked).toBe('成渝中线');
  await atlas.screenshot('reader-search-hits');
  await atlas.page.keyboard.press('ArrowDown');
  await atlas.page.keyboard.press('Enter');
  const chosen = hits[1] ?? '';
  await atlas.page.waitForFunction((id) => new URLSearchParams(location.search).get('p') === id, chosen);
  expect(await atlas.search()).toContain(`p=${chosen}`);
  await atlas.page.waitForFunction(
    (id) => document.querySelector('.reader [aria-current="true"]')?.getAttribute('data-block-id') === id,
    chosen,
  );
  expect(await atlas.openPassageLocator().textContent()).toContain('成渝中线');
});

it('copies a citation with the plan title and the permalink to the clipboard', async () => {
  await atlas.grantClipboard();
  await atlas.openReader(`?p=${PASSAGE}`);
  await atlas.page.locator('[data-testid="copy-citation-zh"]').click();
  await atlas.page.locator('.reader-copy-status:not(:empty)').waitFor();
  const citation = await atlas.clipboardText();
  expect(citation).toContain(`《${SC15_TITLE}》`);
  expect(citation).toContain(`${atlas.origin}/?p=${PASSAGE}`);
  expect(citation).toContain('第二十七章');
  await atlas.page.locator('[data-testid="copy-citation-en"]').click();
  await atlas.page.waitForFunction(() =>
    navigator.clipboard.readText().then((text) => text.includes('lang=en')),
  );
  expect(await atlas.clipboardText()).toContain('Outline of the 15th Five-Year Plan');
});

it('shows a notice for a p= that does not exist and opens that document at its start', async () => {
  await atlas.openReader('?p=sc15/p99/c1/p1');
  await atlas.page.locator('[data-testid="notice"]').first().waitFor();
  const notices = await atlas.noticeTexts();
  expect(notices.some((text) => text.includes('sc15/p99/c1/p1'))).toBe(true);
  await atlas.page.waitForFunction(() => new URLSearchParams(location.search).get('p') === 'sc15');
  expect(await atlas.page.locator('.reader-document-title').textContent()).toBe(SC15_TITLE);
  await atlas.screenshot('reader-bad-passage');
});

it('sets the full page for reading: CJK text at 16 px or more, line height about 1.8, a measure under 38 em', async () => {
  await atlas.openReader(`?p=${PASSAGE}&reader=full`);
  const text = atlas.page.locator('.reader-layout-page .reader-text');
  const style = await text.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      fontSize: Number.parseFloat(computed.fontSize),
      lineHeight: Number.parseFloat(computed.lineHeight),
      width: element.getBoundingClientRect().width,
    };
  });
  expect(style.fontSize).toBeGreaterThanOrEqual(16);
  expect(style.lineHeight / style.fontSize).toBeCloseTo(1.8, 1);
  expect(style.width / style.fontSize).toBeLessThanOrEqual(38.5);
  expect(await atlas.page.locator('.reader-page-outline [role="tree"]').isVisible()).toBe(true);
  await atlas.screenshot('reader-full-page');
});

it('opens a passage link on a 390-px phone in the drawer, nothing wider than the screen', async () => {
  phone = await AtlasDriver.start({ width: 390, height: 844 });
  await phone.openReader(`?p=${PASSAGE}`);
  await phone.openPassageLocator().waitFor();
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const panelRight = await phone.page
    .locator('#side-panel')
    .evaluate((element) => element.getBoundingClientRect().right);
  expect(panelRight).toBeLessThanOrEqual(390);
  await phone.screenshot('reader-phone');
});

it('marks where the source lost text inside the passage', async () => {
  await atlas.openReader('?p=cd14/p9/c1/s2/p1');
  const gap = atlas.openPassageLocator().locator('.reader-gap');
  expect(await gap.textContent()).toContain('原文此处缺失');
  const before = await atlas.openPassageLocator().locator('.reader-paragraph-text').textContent();
  expect(before).toMatch(/农林产业等〔原文此处缺失〕/);
  await atlas.screenshot('reader-source-gap');
});

it('focuses plan search with "/" from the map, opening the reader', async () => {
  await atlas.open('');
  await atlas.page.locator('#map-region').focus();
  await atlas.page.keyboard.press('/');
  await atlas.page.waitForFunction(
    () => document.activeElement?.getAttribute('data-testid') === 'reader-search',
  );
  expect(await atlas.page.locator('#tab-plans').getAttribute('aria-selected')).toBe('true');
});

it('fetches the catalogue first and then only the document being read', async () => {
  // A fresh browser: no cached files and no search worker left over from the tests before.
  const fresh = await AtlasDriver.start();
  try {
    await fresh.openReader(`?p=${PASSAGE}`);
    await fresh.openPassageLocator().waitFor();
    const plans = fresh.requests
      .filter((url) => url.includes('/data/plans/'))
      .map((url) => url.slice(url.indexOf('/data/plans/')));
    // One shared plans cache: the links loader (mentions in the text) reuses the catalogue the reader fetched.
    expect(plans).toEqual(['/data/plans/index.json', '/data/plans/sc15.json']);
  } finally {
    await fresh.close();
  }
});

it('keeps the page responsive while the search worker builds its index', async () => {
  await atlas.page.addInitScript(() => {
    const longTasks: number[] = [];
    Object.assign(window, { longTasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await atlas.open(`?p=${PASSAGE}`);
  await atlas.page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks.length = 0;
  });
  await atlas.searchPlans('成渝中线');
  const longTasks = await atlas.page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(Math.max(0, ...longTasks)).toBeLessThan(200);
});

it('moves through the outline with the arrow keys and opens a heading with Enter', async () => {
  await atlas.openReader(`?p=${PASSAGE}&reader=full`);
  const here = atlas.page.locator('.reader-page-outline [role="treeitem"][tabindex="0"]');
  expect(await here.getAttribute('data-outline-id')).toBe('sc15/p8/c27/s3/b18');
  await here.focus();
  await atlas.page.keyboard.press('ArrowDown');
  const next = await atlas.page.evaluate(() => document.activeElement?.getAttribute('data-outline-id'));
  expect(next).toBe('sc15/p8/c27/s4');
  await atlas.page.keyboard.press('Enter');
  await atlas.page.waitForFunction(() => new URLSearchParams(location.search).get('p') === 'sc15/p8/c27/s4');
  expect(await atlas.openPassageId()).toBe('sc15/p8/c27/s4');
});

it('marks a search hit from a lapsed plan as expired', async () => {
  await atlas.openReader('?p=sc15');
  await atlas.searchPlans('成渝中线');
  const chengdu = atlas.page
    .locator('.reader-hits [data-block-id^="cd14/"] [data-testid="standing-badge"]')
    .first();
  expect(await chengdu.getAttribute('data-standing')).toBe('expired');
  expect(await chengdu.textContent()).toBe('已到期');
  const sichuan = atlas.page
    .locator('.reader-hits [data-block-id^="sc15/"] [data-testid="standing-badge"]')
    .first();
  expect(await sichuan.textContent()).toBe('现行');
});
