import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AtlasDriver, changedShare } from './driver';

/** 成达万高铁 in public/data/layers/railways.geojson. */
const CDW = 'railway-chengdu-dazhou-wanzhou-hsr';

/** Plan dates from the plans index, so the order check follows the data rather than a copy of it. */
const DATES = new Map(
  (
    JSON.parse(readFileSync('public/data/plans/index.json', 'utf8')) as {
      documents: { id: string; date: { iso: string } | null }[];
    }
  ).documents.map((d) => [d.id, d.date?.iso ?? '9999']),
);
const inDateOrder = (docs: string[]) =>
  docs.every((doc, i) => i === 0 || (DATES.get(docs[i - 1] ?? '') ?? '') <= (DATES.get(doc) ?? ''));

let atlas: AtlasDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
});
afterAll(() => atlas.close());

it('lists the mentions of 成达万高铁 from several plans in date order, the name highlighted', async () => {
  await atlas.open(`?sel=${CDW}&layers=railways`);
  const docs = await atlas.mentionDocuments();
  expect(docs.length).toBeGreaterThan(1);
  expect(docs).toEqual(expect.arrayContaining(['sc-decision-2018', 'r14-northeast', 'sc15']));
  expect(inDateOrder(docs)).toBe(true);
  expect(docs[0]).toBe('sc-decision-2018');
  expect(docs[docs.length - 1]).toBe('sc15');
  const section = await atlas.featureMentions();
  const marks = await section.locator('.mention-sentence mark').allTextContents();
  expect(marks).toContain('成达万高铁');
  expect(marks.every((mark) => /成达万|成南达|成都至达州至万州/.test(mark))).toBe(true);
  expect(await section.locator('.status-chip[data-status="completed"]').count()).toBeGreaterThan(0);
  await atlas.screenshot('mentions-cdw');
});

it('jumps from a mention to its passage in the reader', async () => {
  await atlas.open(`?sel=${CDW}&layers=railways`);
  const section = await atlas.featureMentions();
  const item = section.locator('.mention-document[data-doc="sc15"] .mention').first();
  const block = await item.getAttribute('data-block');
  await item.locator('.mention-jump').click();
  await atlas.page.waitForFunction((b) => window.location.search.includes(`p=${b}`), block);
  expect(await atlas.search()).toContain(`p=${block}`);
});

it('shows one status chip per plan in the timeline', async () => {
  await atlas.open(`?sel=${CDW}&layers=railways`);
  const section = await atlas.featureMentions();
  const entries = section.locator('.status-timeline li');
  const docs = await entries.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.doc ?? ''));
  expect(docs).toEqual(await atlas.mentionDocuments()); // one chip per plan that mentions it
  expect(inDateOrder(docs)).toBe(true);
  // Under construction in the 2021 northeast plan, completed in the 2026 provincial plan.
  const status = (doc: string) =>
    section.locator(`.status-timeline li[data-doc="${doc}"] .status-chip`).getAttribute('data-status');
  expect(await status('r14-northeast')).toBe('under-construction');
  expect(await status('sc15')).toBe('completed');
});

it('lists the passages about 攀西经济区 grouped by plan, from the zone list', async () => {
  await atlas.open();
  const panel = await atlas.chooseArea('zone-panxi');
  const docs = await panel
    .locator('.area-document')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.doc));
  expect(docs.length).toBeGreaterThan(1);
  expect(docs).toContain('r14-panxi');
  expect(new Set(docs).size).toBe(docs.length);
  expect(await panel.locator('.area-document[data-doc="r14-panxi"] .mention').count()).toBeGreaterThan(0);
  // Sentences arrive with each plan's text, after the list itself: wait for the first before counting.
  await panel.locator('.mention-sentence mark').first().waitFor({ timeout: 30_000 });
  expect(await panel.locator('.mention-sentence mark').count()).toBeGreaterThan(0);
  expect(await atlas.search()).toContain('area=zone-panxi');
  await atlas.screenshot('area-panxi');
});

it('exports the passages about an area as a CSV citation list', async () => {
  await atlas.open('?area=zone-panxi');
  const panel = await atlas.areaPassages();
  const [download] = await Promise.all([
    atlas.page.waitForEvent('download'),
    panel.locator('button', { hasText: 'CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('passages-zone-panxi.csv');
  const path = await download.path();
  const csv = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toBe('document,title,date,block,seeds_line,features,sentence');
  expect(rows.some((row) => row.startsWith('r14-panxi,攀西经济区'))).toBe(true);
  expect(rows.length).toBeGreaterThan(10);
});

it('asks the plans about the selected zone from its info panel', async () => {
  await atlas.open('?sel=zone-panxi&layers=zones');
  await atlas.page.locator('.info-panel .area-ask').click();
  const panel = await atlas.areaPassages();
  expect((await panel.locator('h2').textContent()) ?? '').toContain('攀西经济区');
});

it('shows the coverage counts and a feature → passages lookup within 5 ms (p95)', async () => {
  await atlas.open('?page=coverage');
  const page = atlas.page.locator('[data-testid="coverage-page"]');
  await page.locator('[data-testid="count-names"] dd').waitFor({ timeout: 30_000 });
  const count = async (id: string) => Number(await page.locator(`[data-testid="${id}"] dd`).textContent());
  const names = await count('count-names');
  const onMap = await count('count-on-map');
  const missing = await count('count-missing');
  expect(names).toBeGreaterThan(0);
  expect(onMap + missing).toBe(names);
  expect(await page.locator('[data-testid="unlinked-table"] tbody tr').count()).toBeGreaterThan(0);
  const timing = page.locator('[data-testid="lookup-p95"]');
  const p95 = Number(await timing.getAttribute('data-ms'));
  const mean = Number(await timing.getAttribute('data-mean-ms'));
  console.log(`feature → passages lookup in Chromium: p95 ${p95.toFixed(4)} ms, mean ${mean.toFixed(5)} ms`);
  expect(p95).toBeLessThanOrEqual(5);
  await atlas.screenshot('coverage-page');
});

it('colours transport features by the status a chosen plan gives them', async () => {
  await atlas.open('?layers=railways,expressways');
  const before = await atlas.canvasPixels();
  const tools = await atlas.openPlanTools();
  await tools.locator('[data-testid="plan-colour-select"]').selectOption('sc15');
  await atlas.page.waitForFunction(() => window.location.search.includes('plan=sc15'));
  await atlas.page.locator('.mentions-tools-button').click(); // close the tools so the map shows
  await atlas.settle();
  expect(changedShare(before, await atlas.canvasPixels())).toBeGreaterThan(0.002);
  expect((await atlas.page.locator('[data-testid="plan-legend"]').textContent()) ?? '').toContain('十五五');
  await atlas.screenshot('plan-colour-sc15');
});

it('lists the transport features whose status changed between two plans', async () => {
  await atlas.open('?changed=r14-northeast,sc15&layers=railways');
  const tools = await atlas.openPlanTools();
  await tools.locator('[data-testid="changed-count"]').waitFor({ timeout: 30_000 });
  const text = (await tools.locator('.changed-list').textContent()) ?? '';
  expect(text).toContain('成达万高铁');
  expect(text).toContain('南充');
  await atlas.screenshot('changed-between');
});

it('draws a polygon on the map and lists the passages about what is inside', async () => {
  await atlas.open();
  await atlas.drawArea([
    [0.3, 0.3],
    [0.7, 0.3],
    [0.7, 0.7],
    [0.3, 0.7],
  ]);
  const panel = await atlas.areaPassages();
  expect((await panel.locator('h2').textContent()) ?? '').toMatch(/绘制的区域/);
  expect(await panel.locator('.area-document').count()).toBeGreaterThan(0);
  await atlas.screenshot('area-drawn');
});

it('keeps the mentions legible at 390 px wide', async () => {
  const phone = await AtlasDriver.start({ width: 390, height: 844 });
  try {
    await phone.open(`?sel=${CDW}&layers=railways`);
    const section = await phone.featureMentions();
    const box = await section.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    const fontSize = await section
      .locator('.mention-sentence')
      .first()
      .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(12);
    await phone.screenshot('mentions-390');
  } finally {
    await phone.close();
  }
});

it('does not fetch the links data until something needs it', async () => {
  atlas.requests.length = 0;
  await atlas.open();
  await atlas.page.waitForTimeout(1000);
  expect(atlas.requests.some((url) => url.includes('links.json'))).toBe(false);
  await atlas.openPlanTools();
  await atlas.page.waitForFunction(() =>
    Boolean(document.querySelector('[data-testid="plan-colour-select"]')),
  );
  expect(atlas.requests.some((url) => url.includes('data/links.json'))).toBe(true);
});

it('reaches the plan tools from the keyboard, with a visible focus ring', async () => {
  await atlas.open('?lang=en');
  const button = atlas.page.locator('.mentions-tools-button');
  for (let i = 0; i < 6; i += 1) {
    await atlas.page.keyboard.press('Tab');
    if (await button.evaluate((node) => node === document.activeElement)) break;
  }
  expect(await button.evaluate((node) => node === document.activeElement)).toBe(true);
  const outline = await button.evaluate((node) => getComputedStyle(node).outlineStyle);
  expect(outline).not.toBe('none');
  await atlas.page.keyboard.press('Enter');
  await atlas.page.locator('#mentions-tools').waitFor();
  const focused = await atlas.page.evaluate(() => document.activeElement?.tagName);
  expect(focused).toBe('SELECT');
  await atlas.page.locator('[data-testid="plan-colour-select"]').waitFor({ timeout: 30_000 });
  expect((await atlas.page.locator('#mentions-tools').textContent()) ?? '').toContain(
    'Colour transport features',
  );
  await atlas.screenshot('plan-tools-keyboard-en');
  await atlas.page.keyboard.press('Escape');
  expect(await button.evaluate((node) => node === document.activeElement)).toBe(true);
});
