import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { changedShare } from './driver';
import { PresentationDriver } from './presentation-driver';

let presenter: PresentationDriver;
beforeAll(async () => {
  presenter = await PresentationDriver.start();
});
afterAll(() => presenter.close());

const stories = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'stories.json'), 'utf8')) as {
  stories: { id: string; slides: { id: string; passages: string[] }[] }[];
};
const slidesOf = (id: string) => stories.stories.find((story) => story.id === id)?.slides ?? [];

it('steps through a curated story with the keyboard and restores the map on Esc', async () => {
  const { atlas } = presenter;
  await atlas.open('?layers=railways,airports&lang=en');
  await presenter.presentFromDialog('five-zones');
  const total = slidesOf('five-zones').length;
  expect(await presenter.slideNumber()).toBe(`1 / ${total}`);
  const firstView = await presenter.param('map');

  await presenter.press('ArrowRight');
  expect(await presenter.slideNumber()).toBe(`2 / ${total}`);
  expect(await presenter.param('slide')).toBe('2');
  const secondView = await presenter.param('map');
  expect(secondView).not.toBe(firstView);

  await presenter.press('ArrowRight');
  expect(await presenter.slideNumber()).toBe(`3 / ${total}`);
  expect(await presenter.param('slide')).toBe('3');
  await presenter.press('ArrowLeft');
  expect(await presenter.slideNumber()).toBe(`2 / ${total}`);
  expect(await presenter.param('slide')).toBe('2');
  expect(await presenter.param('map')).toBe(secondView);
  // The slide's layers replaced the user's while presenting.
  expect(await presenter.param('layers')).toContain('zones');

  await presenter.page.keyboard.press('Escape');
  await atlas.settle();
  expect(await presenter.isPresenting()).toBe(false);
  expect(await presenter.param('story')).toBeNull();
  expect(await presenter.param('layers')).toBe('railways,airports');
  expect(await atlas.isLayerChecked('railways')).toBe(true);
  expect(await atlas.isLayerChecked('zones')).toBe(false);
});

it('shows a legend and a citation footer on every slide', async () => {
  const slides = slidesOf('transport-pole');
  await presenter.openStory('transport-pole', '&lang=en');
  for (const [index, slide] of slides.entries()) {
    if (index > 0) await presenter.press('ArrowRight');
    const legend = presenter.page.locator('[data-testid="slide-legend"]');
    expect(await legend.locator('li').count()).toBeGreaterThan(1);
    const footer = presenter.page.locator('[data-testid="slide-footer"]');
    const citation = footer.locator(`.presentation-citation[data-passage="${slide.passages[0]}"]`);
    await citation.waitFor({ timeout: 30_000 });
    expect(await citation.locator('cite').textContent()).toMatch(/Sichuan/);
    expect(((await citation.locator('q').textContent()) ?? '').length).toBeGreaterThan(5);
    expect(await legend.isVisible()).toBe(true);
    await presenter.atlas.screenshot(`presentation-${slide.id}`);
  }
});

it('adds a reader passage to my briefing and presents it', async () => {
  const { atlas, page } = presenter;
  const passage = 'sc15/p6/c23/s1/b15/p4';
  await atlas.openReader(`?p=${passage}&lang=en`);
  await page.locator('[data-testid="add-to-briefing"]').click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="notice"]')].some((n) =>
      n.textContent?.includes('Added to the briefing'),
    ),
  );
  const dialog = await presenter.openBriefings();
  const slides = dialog.locator('[data-testid="briefing-slides"] > li');
  expect(await slides.count()).toBe(1);
  await dialog.locator('[data-testid="briefing-present"]').click();
  await presenter.waitForSlideReady();
  expect(await presenter.param('story')).toBe('mine');
  expect(await presenter.slideNumber()).toBe('1 / 1');
  expect(await presenter.slideTitle()).toContain('Box 15');
  await page.locator(`[data-testid="slide-footer"] [data-passage="${passage}"]`).waitFor();
  // The passage names the Panxi zone and its belts: they are highlighted, so the legend says so.
  expect(await page.locator('[data-testid="slide-legend"] .legend-special').count()).toBeGreaterThan(0);
  await atlas.screenshot('presentation-my-briefing');
  await page.keyboard.press('Escape');
});

it('refuses a bad briefing file with a message and leaves the briefing unchanged', async () => {
  const { atlas, page } = presenter;
  await atlas.open('?lang=en');
  const dialog = await presenter.openBriefings();
  await dialog.locator('[data-testid="briefing-add-view"]').click();
  const before = await page.evaluate(() => localStorage.getItem('sichuan-atlas:briefing:v1'));
  const count = await dialog.locator('[data-testid="briefing-slides"] > li').count();
  expect(count).toBeGreaterThan(0);

  const bad = JSON.stringify({
    id: 'x',
    title: { zh: '坏', en: 'Bad' },
    slides: [
      {
        id: 's1',
        title: { zh: 't', en: 't' },
        caption: { zh: '', en: '' },
        view: { center: [104, 30], zoom: 7, bearing: 0 },
        layers: ['no-such-layer'],
        highlight: [],
        passages: [],
      },
    ],
  });
  await dialog.locator('[data-testid="briefing-import"]').setInputFiles({
    name: 'bad-briefing.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bad),
  });
  const status = dialog.locator('[data-testid="briefing-status"]');
  await status.filter({ hasText: 'bad-briefing.json' }).waitFor();
  expect(await status.textContent()).toContain('unknown layer "no-such-layer"');
  expect(await dialog.locator('[data-testid="briefing-slides"] > li').count()).toBe(count);
  expect(await page.evaluate(() => localStorage.getItem('sichuan-atlas:briefing:v1'))).toBe(before);
  await atlas.screenshot('presentation-import-refused');
});

it('names an unknown story in a notice and shows the normal map', async () => {
  const { atlas } = presenter;
  await atlas.open('?story=no-such-story&lang=en');
  await atlas.page.locator('[data-testid="notice"]', { hasText: 'no-such-story' }).waitFor();
  expect(await presenter.isPresenting()).toBe(false);
  expect(await presenter.param('story')).toBeNull();
  expect(await atlas.page.locator('.app-header').isVisible()).toBe(true);
});

it('steps back and forward through slides with the browser history', async () => {
  await presenter.atlas.open('?layers=railways&lang=en');
  await presenter.presentFromDialog('chengdu-chongqing-twin-city');
  await presenter.press('ArrowRight');
  await presenter.press('ArrowRight');
  expect(await presenter.param('slide')).toBe('3');
  await presenter.page.goBack();
  await presenter.page.waitForTimeout(100);
  await presenter.waitForSlideReady();
  expect(await presenter.slideNumber()).toMatch(/^2 \//);
  expect(await presenter.param('slide')).toBe('2');
  await presenter.page.goForward();
  await presenter.page.waitForTimeout(100);
  await presenter.waitForSlideReady();
  expect(await presenter.slideNumber()).toMatch(/^3 \//);
});

it('animates the flows, and holds them still under reduced motion', async () => {
  const { atlas, page } = presenter;
  const movement = async () => {
    await presenter.openStory('transport-pole', '&slide=2');
    await page.waitForTimeout(300);
    const before = await atlas.canvasPixels();
    await page.waitForTimeout(600);
    return changedShare(before, await atlas.canvasPixels());
  };
  expect(await movement()).toBeGreaterThan(0.0005);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    expect(await movement()).toBe(0);
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
});
