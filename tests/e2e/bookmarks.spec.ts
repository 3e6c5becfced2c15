import { afterAll, beforeAll, expect, it } from 'vitest';
import { ShareDriver } from './share-driver';

let share: ShareDriver;
beforeAll(async () => {
  share = await ShareDriver.start({ width: 1280, height: 800 });
});
afterAll(() => share.close());

const SAVED_VIEW = '?map=7.50/30.6000/104.1000&sel=zone-panxi&lang=en';

it('a saved bookmark is still there after a reload and opening it applies its view', async () => {
  const { atlas, page } = share;
  await atlas.open(SAVED_VIEW);
  await share.openShareDialog();
  await share.saveBookmark('Panxi close-up');
  await share.closeDialog();

  // Somewhere else entirely, after a reload.
  await atlas.open('?map=5.00/29.0000/101.0000&lang=en');
  await share.openShareDialog();
  expect(await share.bookmarkNames()).toEqual(['Panxi close-up']);
  await share.openBookmark('Panxi close-up');
  await page.waitForFunction((expected) => window.location.search === expected, SAVED_VIEW);
  await atlas.settle();
  const state = await ShareDriver.visibleState(page);
  expect(state.search).toBe(SAVED_VIEW);
  expect(state.infoTitle).toBe('Panxi Economic Zone');
  // Focus came back to the page, not lost to <body>.
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});

it('a bad bookmarks file is refused with a message naming the problem, and the list is unchanged', async () => {
  const { atlas } = share;
  await atlas.open('?lang=en');
  await share.openShareDialog();
  const namesBefore = await share.bookmarkNames();
  const storedBefore = await share.storedBookmarks();
  expect(namesBefore.length).toBeGreaterThan(0);

  const broken = '{\n  "format": "sichuan-atlas-bookmarks",\n  "version": 1,\n  "bookmarks": [,]\n}';
  const syntax = await share.importBookmarks('broken.json', broken);
  expect(syntax).toContain('broken.json');
  expect(syntax).toContain('line 4, column 17');
  expect(syntax).toContain('unchanged');

  const badEntry = JSON.stringify({
    format: 'sichuan-atlas-bookmarks',
    version: 1,
    bookmarks: [
      { name: 'fine', query: '?lang=en', created: '2026-11-01T00:00:00Z' },
      { name: 'gone', query: '?layers=no-such-layer', created: '2026-11-01T00:00:00Z' },
    ],
  });
  const entry = await share.importBookmarks('entries.json', badEntry);
  expect(entry).toContain('bookmark 2');
  expect(entry).toContain('no-such-layer');

  const otherFormat = await share.importBookmarks(
    'other.json',
    JSON.stringify({ type: 'FeatureCollection' }),
  );
  expect(otherFormat).toContain('not a Sichuan Planning Atlas bookmarks file');
  await atlas.screenshot('bookmarks-import-refused');

  expect(await share.bookmarkNames()).toEqual(namesBefore);
  expect(await share.storedBookmarks()).toBe(storedBefore);
  expect(atlas.consoleErrors).toEqual([]);
});

it('a good bookmarks file is merged, duplicates skipped, and the count reported', async () => {
  const { atlas } = share;
  await atlas.open('?lang=en');
  await share.openShareDialog();
  const before = await share.bookmarkNames();
  const file = JSON.stringify({
    format: 'sichuan-atlas-bookmarks',
    version: 1,
    bookmarks: [
      { name: 'Chengdu plain', query: '?sel=zone-chengdu-plain', created: '2026-11-02T10:00:00Z' },
      { name: 'Chengdu plain', query: '?sel=zone-chengdu-plain', created: '2026-11-02T10:00:00Z' },
    ],
  });
  const answer = await share.importBookmarks('good.json', file);
  expect(answer).toContain('Imported 1');
  expect(answer).toContain('1 duplicates skipped');
  expect(await share.bookmarkNames()).toEqual([...before, 'Chengdu plain']);
});

it('damaged stored bookmarks are reported, kept, and not overwritten', async () => {
  const { atlas, page } = share;
  await atlas.open('?lang=en');
  await page.evaluate(() => window.localStorage.setItem('sichuan-atlas.bookmarks.v1', '{"format": oops'));
  await share.openShareDialog();
  await page.locator('[data-testid="bookmarks-damaged"]').waitFor();
  expect(await page.locator('[data-testid="bookmark-save"]').isDisabled()).toBe(true);
  expect(await share.storedBookmarks()).toBe('{"format": oops');
  expect(atlas.consoleErrors).toEqual([]);
});

it('bookmarks are renamed, deleted and restored with the keyboard alone', async () => {
  const { atlas, page } = share;
  await atlas.open('?lang=en');
  await page.evaluate(() => window.localStorage.removeItem('sichuan-atlas.bookmarks.v1'));
  await atlas.open('?sel=zone-south&lang=en');
  await share.openShareDialog();
  await share.saveBookmark('South');
  const rename = page.locator('.bookmark-rename').first();
  await rename.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('South Sichuan');
  await page.keyboard.press('Enter');
  expect(await share.bookmarkNames()).toEqual(['South Sichuan']);
  // Focus went back to the renamed bookmark, still inside the dialog.
  expect(await page.evaluate(() => document.activeElement?.classList.contains('bookmark-open'))).toBe(true);

  // Esc while renaming cancels the rename only; the dialog stays open.
  await rename.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' (draft)');
  await page.keyboard.press('Escape');
  expect(await share.bookmarkNames()).toEqual(['South Sichuan']);
  expect(await page.locator('dialog.share-dialog').isVisible()).toBe(true);

  await page.locator('.bookmark-delete').first().focus();
  await page.keyboard.press('Enter');
  expect(await share.bookmarkNames()).toEqual([]);
  expect(JSON.parse((await share.storedBookmarks()) ?? '{}').bookmarks).toEqual([]);
  // Focus is never lost to <body> after the deleted row disappears.
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.locator('[data-testid="bookmarks-status"] button').click();
  expect(await share.bookmarkNames()).toEqual(['South Sichuan']);
  expect(JSON.parse((await share.storedBookmarks()) ?? '{}').bookmarks).toHaveLength(1);
});
