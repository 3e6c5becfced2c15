import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium } from './helpers/browser';
import { type StaticServer, serveStatic } from './helpers/static-server';

export const OUTPUT_DIR = join(process.cwd(), 'test-output', 'e2e');

export interface CanvasStats {
  /** Distinct colours (quantised to 4 bits per channel) in the sampled box. */
  colours: number;
  /** Share of pixels that differ from the background colour. */
  nonBackground: number;
}

/**
 * What a person does with the atlas, in words the specs can use. It records every request and console error,
 * so specs can check that nothing leaves the origin and nothing complains.
 */
export class AtlasDriver {
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];
  page!: Page;
  private context!: BrowserContext;
  private server!: StaticServer;

  static async start(viewport?: { width: number; height: number }): Promise<AtlasDriver> {
    const driver = new AtlasDriver();
    driver.server = await serveStatic('dist');
    driver.context = await launchChromium(viewport);
    driver.page = driver.context.pages()[0] ?? (await driver.context.newPage());
    driver.page.on('request', (request) => driver.requests.push(request.url()));
    driver.page.on('console', (message) => {
      if (message.type() === 'error') driver.consoleErrors.push(message.text());
    });
    driver.page.on('pageerror', (error) => driver.consoleErrors.push(`pageerror: ${error.message}`));
    mkdirSync(OUTPUT_DIR, { recursive: true });
    return driver;
  }

  get origin(): string {
    return this.server.origin;
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.server.origin}/${query}`);
    await this.waitForMapIdle();
  }

  async waitForMapIdle(): Promise<void> {
    await this.page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, {
      timeout: 60_000,
    });
    await this.settle();
  }

  /** Wait until the map has drawn what it was asked to (no pending tiles or loads) for a moment. */
  async settle(): Promise<void> {
    await this.page.waitForFunction(() => !document.querySelector('.loading-indicator'), null, {
      timeout: 60_000,
    });
    await this.page.waitForTimeout(700);
  }

  async screenshot(name: string): Promise<string> {
    const path = join(OUTPUT_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** The map region as the user sees it (composited page pixels, not a WebGL read-back). */
  async mapImage(): Promise<PNG> {
    const box = await this.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('map element has no box');
    const buffer = await this.page.screenshot({ clip: box });
    return PNG.sync.read(buffer);
  }

  /** Pixel statistics of the map in a box given as fractions of its size. */
  async canvasStats(region = { x: 0.3, y: 0.3, width: 0.4, height: 0.4 }): Promise<CanvasStats> {
    const image = await this.mapImage();
    const x0 = Math.floor(image.width * region.x);
    const y0 = Math.floor(image.height * region.y);
    const x1 = x0 + Math.floor(image.width * region.width);
    const y1 = y0 + Math.floor(image.height * region.height);
    const colours = new Set<number>();
    let nonBackground = 0;
    let total = 0;
    for (let y = y0; y < y1; y += 1) {
      for (let x = x0; x < x1; x += 1) {
        const i = (y * image.width + x) * 4;
        const r = image.data[i] ?? 0;
        const g = image.data[i + 1] ?? 0;
        const b = image.data[i + 2] ?? 0;
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        // Background is #dfe7ec; anything clearly different is drawn data.
        if (Math.abs(r - 0xdf) + Math.abs(g - 0xe7) + Math.abs(b - 0xec) > 24) nonBackground += 1;
        total += 1;
      }
    }
    return { colours: colours.size, nonBackground: nonBackground / total };
  }

  /** The map's pixels (RGBA), to tell whether two frames differ and by how much. */
  async canvasPixels(): Promise<number[]> {
    return Array.from((await this.mapImage()).data);
  }

  async toggleLayer(layerId: string): Promise<void> {
    await this.page.locator(`[data-layer="${layerId}"] input[type="checkbox"]`).first().click();
    await this.settle();
  }

  async isLayerChecked(layerId: string): Promise<boolean> {
    return this.page.locator(`[data-layer="${layerId}"] input[type="checkbox"]`).first().isChecked();
  }

  async switchLanguage(): Promise<void> {
    await this.page.locator('.language-switch').click();
    await this.settle();
  }

  async heading(): Promise<string> {
    return (await this.page.locator('h1').textContent()) ?? '';
  }

  async search(): Promise<string> {
    return this.page.evaluate(() => window.location.search);
  }

  externalRequests(): string[] {
    return this.requests.filter(
      (url) => !url.startsWith(this.origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.server.close();
  }

  // ── plan reader ──────────────────────────────────────────────────────────────────
  /** Opens a link and waits for the reader's text (not the map: in full-page mode the map is hidden). */
  async openReader(query: string): Promise<void> {
    await this.page.goto(`${this.server.origin}/${query}`);
    await this.page.locator('.reader-text').first().waitFor({ timeout: 60_000 });
  }

  /** The passage (or heading) the reader marks as open, if any. */
  openPassageLocator() {
    return this.page.locator('.reader [aria-current="true"][data-block-id]');
  }

  async openPassageId(): Promise<string | null> {
    const open = this.openPassageLocator();
    return (await open.count()) === 0 ? null : open.first().getAttribute('data-block-id');
  }

  /** Presses "/" from the page, types a query and waits for the answer to that query. */
  async searchPlans(query: string): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('/');
    await this.page.keyboard.type(query);
    await this.page.waitForFunction(
      () => {
        const list = document.querySelector('.reader-hits');
        return list && !list.hasAttribute('hidden') && list.getAttribute('data-stale') !== 'true';
      },
      null,
      { timeout: 60_000 },
    );
  }

  async searchHitIds(): Promise<string[]> {
    return this.page
      .locator('.reader-hits [role="option"]')
      .evaluateAll((options) => options.map((option) => option.getAttribute('data-block-id') ?? ''));
  }

  async grantClipboard(): Promise<void> {
    await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.origin });
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async noticeTexts(): Promise<string[]> {
    return this.page.locator('[data-testid="notice"]').allTextContents();
  }

  // ── plan ↔ map views (src/panels/mentions) ──────────────────────────────────────
  /** The "In the plans" section of the info panel, once its sentences have arrived. */
  async featureMentions(): Promise<ReturnType<Page['locator']>> {
    const section = this.page.locator('[data-testid="feature-mentions"]');
    await section.locator('.mention-sentence:not(.pending)').first().waitFor({ timeout: 30_000 });
    return section;
  }

  /** Document ids of the mention groups in the info panel, in the order shown. */
  async mentionDocuments(): Promise<string[]> {
    const section = await this.featureMentions();
    return section
      .locator('.mention-document')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.doc ?? ''));
  }

  async openPlanTools(): Promise<ReturnType<Page['locator']>> {
    const panel = this.page.locator('#mentions-tools');
    if (!(await panel.isVisible())) await this.page.locator('.mentions-tools-button').click();
    await panel.waitFor();
    return panel;
  }

  /** Area → passages through the keyboard route: the zone/prefecture list in the plan tools. */
  async chooseArea(featureId: string): Promise<ReturnType<Page['locator']>> {
    const tools = await this.openPlanTools();
    await this.page.waitForFunction(
      (id) => Boolean(document.querySelector(`[data-testid="area-select"] option[value="${id}"]`)),
      featureId,
      { timeout: 30_000 },
    );
    await tools.locator('[data-testid="area-select"]').selectOption(featureId);
    return this.areaPassages();
  }

  /** The area passages panel, once the features inside are known. */
  async areaPassages(): Promise<ReturnType<Page['locator']>> {
    const panel = this.page.locator('[data-testid="area-passages"]');
    await panel.locator('[data-testid="area-summary"]').waitFor({ timeout: 60_000 });
    return panel;
  }

  /** Clicks map points (fractions of the map's size) as polygon vertices, then finishes with Enter. */
  async drawArea(points: [number, number][]): Promise<void> {
    const tools = await this.openPlanTools();
    await tools.locator('button', { hasText: /绘制区域|Draw an area/ }).click();
    await this.page.locator('[data-testid="draw-banner"]').waitFor();
    const box = await this.page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('map element has no box');
    for (const [fx, fy] of points) {
      await this.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
      await this.page.waitForTimeout(400); // longer than a double-click, so each click is one vertex
    }
    await this.page.keyboard.press('Enter');
  }
}

export function changedShare(a: number[], b: number[]): number {
  let changed = 0;
  for (let i = 0; i < a.length; i += 4) {
    const delta =
      Math.abs((a[i] ?? 0) - (b[i] ?? 0)) +
      Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)) +
      Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0));
    if (delta > 30) changed += 1;
  }
  return changed / (a.length / 4);
}
