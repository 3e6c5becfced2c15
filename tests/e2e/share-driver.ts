import type { Frame, Page } from 'playwright-core';
import { AtlasDriver } from './driver';

/** What the page shows of the shareable state, read from the DOM the way a person would see it. */
export interface VisibleState {
  search: string;
  language: string | null;
  infoTitle: string | null;
  passage: string | null;
}

export interface LayerState {
  layers: string[];
  statuses: boolean[];
}

/**
 * Share dialog, bookmarks and embeds in words the specs use. Wraps an AtlasDriver (which records console errors
 * and requests) and works on any page of its browser context, so a link can be opened in a fresh tab.
 */
export class ShareDriver {
  private constructor(readonly atlas: AtlasDriver) {}

  static async start(viewport?: { width: number; height: number }): Promise<ShareDriver> {
    return new ShareDriver(await AtlasDriver.start(viewport));
  }

  get page(): Page {
    return this.atlas.page;
  }

  close(): Promise<void> {
    return this.atlas.close();
  }

  /** A second tab in the same browser, recording its own console errors. */
  async newTab(): Promise<{ page: Page; errors: string[] }> {
    const page = await this.page.context().newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    return { page, errors };
  }

  static async waitForMapIdle(page: Page | Frame): Promise<void> {
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, {
      timeout: 60_000,
    });
    await page.waitForFunction(() => !document.querySelector('.loading-indicator'), null, {
      timeout: 60_000,
    });
  }

  // ── share dialog ─────────────────────────────────────────────────────────────────
  async openShareDialog(page: Page = this.page): Promise<void> {
    await page
      .locator('.briefing-actions button')
      .filter({ hasText: /分享|Share/ })
      .click();
    await page.locator('[data-testid="share-link"]').waitFor({ timeout: 30_000 });
  }

  async closeDialog(page: Page = this.page): Promise<void> {
    await page.keyboard.press('Escape');
    await page.locator('dialog.share-dialog').waitFor({ state: 'detached' });
  }

  async shareLink(page: Page = this.page): Promise<string> {
    return page.locator('[data-testid="share-link"]').inputValue();
  }

  async shownLength(): Promise<string> {
    return (await this.page.locator('[data-testid="share-length"]').textContent()) ?? '';
  }

  async copyLink(): Promise<void> {
    await this.page.locator('[data-testid="copy-link"]').click();
  }

  async copyStatus(): Promise<string> {
    return (await this.page.locator('[data-testid="copy-link-status"]').textContent()) ?? '';
  }

  async embedCode(): Promise<string> {
    return this.page.locator('[data-testid="embed-code"]').inputValue();
  }

  // ── what is on screen ───────────────────────────────────────────────────────────
  static async visibleState(page: Page): Promise<VisibleState> {
    return page.evaluate(() => ({
      search: window.location.search,
      language: document.documentElement.lang,
      infoTitle: document.querySelector('#info-title')?.textContent ?? null,
      passage:
        document
          .querySelector('.reader [aria-current="true"][data-block-id]')
          ?.getAttribute('data-block-id') ?? null,
    }));
  }

  /** The layer and status toggles. Shows the layers tab first (which closes the reader, so read it last). */
  static async layerState(page: Page): Promise<LayerState> {
    await page.locator('#tab-layers').click();
    await page.locator('.layer-panel').waitFor();
    return page.evaluate(() => ({
      layers: [...document.querySelectorAll<HTMLElement>('.layer-row')]
        .filter((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked)
        .map((row) => row.dataset.layer ?? ''),
      statuses: [...document.querySelectorAll<HTMLInputElement>('.status-filter input[type="checkbox"]')].map(
        (input) => input.checked,
      ),
    }));
  }

  async waitForPassage(page: Page = this.page): Promise<string> {
    const open = page.locator('.reader [aria-current="true"][data-block-id]');
    await open.first().waitFor({ timeout: 60_000 });
    return (await open.first().getAttribute('data-block-id')) ?? '';
  }

  // ── bookmarks ───────────────────────────────────────────────────────────────────
  async saveBookmark(name: string): Promise<void> {
    await this.page.locator('[data-testid="bookmark-name"]').fill(name);
    await this.page.locator('[data-testid="bookmark-save"]').click();
    await this.page.locator('[data-testid="bookmark-list"] .bookmark-name', { hasText: name }).waitFor();
  }

  async bookmarkNames(): Promise<string[]> {
    const list = this.page.locator('[data-testid="bookmark-list"] .bookmark-name');
    return list.allTextContents();
  }

  async openBookmark(name: string): Promise<void> {
    await this.page.locator('.bookmark-open', { hasText: name }).click();
    await this.page.locator('dialog.share-dialog').waitFor({ state: 'detached' });
  }

  /** Picks a file in the import field, as the file chooser would, and waits for the answer. */
  async importBookmarks(name: string, content: string): Promise<string> {
    const status = this.page.locator('[data-testid="bookmarks-status"]');
    await this.page.locator('[data-testid="bookmarks-import"]').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content, 'utf8'),
    });
    await status.locator('p').waitFor();
    return (await status.textContent()) ?? '';
  }

  async storedBookmarks(): Promise<string | null> {
    return this.page.evaluate(() => window.localStorage.getItem('sichuan-atlas.bookmarks.v1'));
  }

  // ── embeds ──────────────────────────────────────────────────────────────────────
  /** The test page with its frames loaded: each scrolled into view (they load lazily) and its map idle. */
  async openEmbedTestPage(): Promise<Frame[]> {
    await this.page.goto(`${this.atlas.origin}/embed-test.html`);
    const frames: Frame[] = [];
    for (const id of ['atlas-main', 'atlas-feature']) {
      const element = this.page.locator(`#${id}`);
      await element.scrollIntoViewIfNeeded();
      const frame = await (await element.elementHandle())?.contentFrame();
      if (!frame) throw new Error(`#${id} has no frame`);
      await frame.waitForLoadState();
      await ShareDriver.waitForMapIdle(frame);
      frames.push(frame);
    }
    await this.page.waitForTimeout(500);
    return frames;
  }

  /** Zoom level of a frame's map, from its own address bar (the atlas writes map=zoom/lat/lon on every move). */
  static async frameZoom(frame: Frame): Promise<number> {
    const map = await frame.evaluate(() => new URLSearchParams(window.location.search).get('map'));
    return map ? Number(map.split('/')[0]) : Number.NaN;
  }

  /** Wheel over the middle of an iframe, optionally with Ctrl held, as a person with a mouse would. */
  async wheelOver(selector: string, deltaY: number, withCtrl = false): Promise<void> {
    const box = await this.page.locator(selector).boundingBox();
    if (!box) throw new Error(`${selector} has no box`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
    if (withCtrl) await this.page.keyboard.down('Control');
    for (let step = 0; step < 4; step += 1) {
      await this.page.mouse.wheel(0, deltaY / 4);
      await this.page.waitForTimeout(60);
    }
    if (withCtrl) await this.page.keyboard.up('Control');
    await this.page.waitForTimeout(900);
  }

  scrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }
}
