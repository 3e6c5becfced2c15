import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings';
import { en, zh } from '../../src/i18n/strings-share';
import { changedShare } from './driver';
import { ShareDriver } from './share-driver';

let share: ShareDriver;
beforeAll(async () => {
  share = await ShareDriver.start({ width: 1280, height: 800 });
});
afterAll(() => share.close());

it('the embed test page loads both sandboxed frames with no console errors and nothing off the origin', async () => {
  const frames = await share.openEmbedTestPage();
  expect(frames).toHaveLength(2);
  for (const frame of frames) {
    const inside = await frame.evaluate(() => ({
      embed: document.querySelector('.app')?.classList.contains('embed') ?? false,
      header: document.querySelector('.app-header') !== null,
      sidePanelShown: (() => {
        const panel = document.querySelector('.side-panel');
        return panel !== null && getComputedStyle(panel).display !== 'none';
      })(),
      attribution: document.querySelector('.maplibregl-ctrl-attrib')?.textContent ?? '',
      zoomButtons: document.querySelectorAll('.zoom-buttons button').length,
    }));
    expect(inside.embed).toBe(true);
    expect(inside.header).toBe(false);
    expect(inside.sidePanelShown).toBe(false);
    expect(inside.attribution).toContain('OSM');
    expect(inside.zoomButtons).toBe(2);
    await frame.locator('[data-testid="embed-chrome"]').waitFor();
  }
  // The second frame shows its selected feature.
  expect(await frames[1]?.locator('#info-title').textContent()).toBeTruthy();
  expect(
    await share.page.evaluate(() => document.querySelector('#atlas-main')?.getAttribute('sandbox')),
  ).toContain('allow-scripts allow-same-origin allow-popups');
  await share.page.locator('#atlas-main').scrollIntoViewIfNeeded();
  await share.page.waitForTimeout(300);
  await share.atlas.screenshot('embed-test-page');
  await share.page.screenshot({ path: 'test-output/e2e/embed-test-page-full.png', fullPage: true });
  expect(share.atlas.consoleErrors).toEqual([]);
  expect(share.atlas.externalRequests()).toEqual([]);
});

it('the wheel over an embedded map scrolls the page and leaves the map alone', async () => {
  const [main] = await share.openEmbedTestPage();
  if (!main) throw new Error('no frame');
  await share.page.evaluate(() => window.scrollTo(0, 0));
  await share.page.locator('#atlas-main').evaluate((frame) => frame.scrollIntoView({ block: 'start' }));
  await share.page.waitForTimeout(300);
  const zoomBefore = await ShareDriver.frameZoom(main);
  const scrollBefore = await share.scrollY();
  await share.wheelOver('#atlas-main', 400);
  expect(await share.scrollY()).toBeGreaterThan(scrollBefore + 100);
  expect(await ShareDriver.frameZoom(main)).toBe(zoomBefore);
});

it('Ctrl + wheel over an embedded map zooms the map', async () => {
  const [main] = await share.openEmbedTestPage();
  if (!main) throw new Error('no frame');
  await share.page.locator('#atlas-main').evaluate((frame) => frame.scrollIntoView({ block: 'start' }));
  await share.page.waitForTimeout(300);
  const zoomBefore = await ShareDriver.frameZoom(main);
  await share.wheelOver('#atlas-main', -400, true);
  await main.waitForFunction(
    (before) => Number(new URLSearchParams(window.location.search).get('map')?.split('/')[0]) > before + 0.1,
    zoomBefore,
    { timeout: 10_000 },
  );
  expect(await ShareDriver.frameZoom(main)).toBeGreaterThan(zoomBefore);
});

it('the gesture hint is in the page language and the legend toggle shows the visible layers', async () => {
  const [main, feature] = await share.openEmbedTestPage();
  if (!main || !feature) throw new Error('no frame');
  const hint = (frame: typeof main) =>
    frame.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message').textContent();
  // MapLibre writes English; the first frame is in Chinese, the second in English (lang=en).
  expect(await hint(main)).toBe(zh.embedZoomHintDesktop);
  expect(await hint(feature)).toBe(en.embedZoomHintDesktop);
  const toggle = main.locator('[data-testid="embed-legend-toggle"]');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.focus();
  await toggle.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const titles = await main.locator('[data-testid="embed-legend"] h2').allTextContents();
  // The frame's link lists prefectures, railways, expressways and zones: four legends, nothing else.
  expect(titles).toHaveLength(4);
  await share.page.locator('#atlas-main').scrollIntoViewIfNeeded();
  await share.atlas.screenshot('embed-legend-open');
  // "Open in the atlas" is the same view without embed=1, in a new tab.
  const open = main.locator('[data-testid="embed-open"]');
  expect(await open.getAttribute('target')).toBe('_blank');
  const href = (await open.getAttribute('href')) ?? '';
  expect(href).toContain('layers=');
  expect(href).not.toContain('embed=1');
});

it('works in a 320 px wide frame: chrome fits, attribution visible', async () => {
  const { page: narrow, errors } = await share.newTab();
  await narrow.setViewportSize({ width: 320, height: 480 });
  await narrow.goto(`${share.atlas.origin}/?sel=zone-panxi&embed=1`);
  await ShareDriver.waitForMapIdle(narrow);
  await narrow.locator('[data-testid="embed-chrome"]').waitFor();
  const boxes = await narrow.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect ? { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom } : null;
    };
    return {
      width: window.innerWidth,
      bar: box('.embed-bar'),
      attribution: box('.maplibregl-ctrl-attrib'),
      zoom: box('.zoom-buttons'),
    };
  });
  for (const part of [boxes.bar, boxes.attribution, boxes.zoom]) {
    expect(part).not.toBeNull();
    expect(part?.left).toBeGreaterThanOrEqual(0);
    expect(part?.right).toBeLessThanOrEqual(boxes.width);
  }
  // The title bar does not run under the zoom buttons.
  expect(
    (boxes.bar?.right ?? 0) <= (boxes.zoom?.left ?? 0) || (boxes.bar?.top ?? 0) >= (boxes.zoom?.bottom ?? 0),
  ).toBe(true);
  await narrow.screenshot({ path: 'test-output/e2e/embed-320.png' });
  expect(errors).toEqual([]);
  await narrow.close();
});

it('the keyboard reaches the embed chrome, the map and its zoom buttons', async () => {
  const { page: tab, errors } = await share.newTab();
  await tab.setViewportSize({ width: 640, height: 480 });
  await tab.goto(`${share.atlas.origin}/?map=6.00/30.0000/104.0000&embed=1`);
  await ShareDriver.waitForMapIdle(tab);
  await tab.locator('[data-testid="embed-chrome"]').waitFor();
  const reached: string[] = [];
  for (let step = 0; step < 12; step += 1) {
    await tab.keyboard.press('Tab');
    reached.push(
      await tab.evaluate(() => {
        const element = document.activeElement;
        if (!element) return '';
        if (element.classList.contains('maplibregl-canvas')) return 'map';
        return element.getAttribute('data-testid') ?? element.getAttribute('aria-label') ?? element.tagName;
      }),
    );
  }
  expect(reached).toContain('embed-open');
  expect(reached).toContain('embed-legend-toggle');
  expect(reached).toContain('map');
  expect(reached).toContain(STRINGS.zh.zoomIn);
  // The map answers the keyboard: "+" on the focused canvas zooms in.
  await tab.locator('.maplibregl-canvas').focus();
  const before = await ShareDriver.frameZoom(tab.mainFrame());
  await tab.keyboard.press('Equal');
  await tab.waitForFunction(
    (zoom) => Number(new URLSearchParams(window.location.search).get('map')?.split('/')[0]) > zoom,
    before,
    { timeout: 10_000 },
  );
  expect(errors).toEqual([]);
  await tab.close();
});

it('an embed of a "status by plan" link colours the map by that plan and keys it in the legend', async () => {
  const { page: tab, errors } = await share.newTab();
  await tab.setViewportSize({ width: 800, height: 600 });
  const view = '?map=7.00/30.6000/104.5000&layers=railways,expressways';
  const mapPixels = async () => {
    await ShareDriver.waitForMapIdle(tab);
    await tab.waitForTimeout(1200);
    return PNG.sync.read(await tab.locator('[data-testid="map"]').screenshot()).data;
  };
  await tab.goto(`${share.atlas.origin}/${view}&embed=1`);
  const plain = await mapPixels();
  await tab.goto(`${share.atlas.origin}/${view}&plan=sc15&embed=1`);
  await tab.locator('[data-testid="embed-legend-toggle"]').click();
  await tab.locator('[data-testid="embed-legend"] [data-testid="plan-legend"]').waitFor({ timeout: 30_000 });
  await tab.locator('[data-testid="embed-legend-toggle"]').click();
  const tinted = await mapPixels();
  expect(changedShare(Array.from(plain), Array.from(tinted))).toBeGreaterThan(0.002);
  await tab.locator('[data-testid="embed-legend-toggle"]').click();
  await tab.screenshot({ path: 'test-output/e2e/embed-plan-colouring.png' });
  expect(errors).toEqual([]);
  await tab.close();
});
