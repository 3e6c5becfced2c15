import type { Locator } from 'playwright-core';
import { AtlasDriver } from './driver';

/** What a presenter does: open the briefings dialog, present a story, step with the keyboard, read the slide. */
export class PresentationDriver {
  constructor(readonly atlas: AtlasDriver) {}

  static async start(viewport = { width: 1280, height: 800 }): Promise<PresentationDriver> {
    return new PresentationDriver(await AtlasDriver.start(viewport));
  }

  get page() {
    return this.atlas.page;
  }

  close(): Promise<void> {
    return this.atlas.close();
  }

  /** Opens a story by its link and waits until its slide is on the map. */
  async openStory(id: string, query = ''): Promise<void> {
    await this.atlas.open(`?story=${id}${query}`);
    await this.waitForSlideReady();
  }

  async openBriefings(): Promise<Locator> {
    await this.page.locator('.briefing-actions .header-button[aria-haspopup="dialog"]').nth(1).click();
    const dialog = this.page.locator('dialog.briefings-dialog');
    await dialog.waitFor();
    return dialog;
  }

  /** Presents a curated story from the briefings dialog. */
  async presentFromDialog(id: string): Promise<void> {
    const dialog = await this.openBriefings();
    await dialog.locator(`[data-story="${id}"]`).click();
    await this.waitForSlideReady();
  }

  /** Waits until the slide shown is drawn and the map has settled (the slide's ready mark). */
  async waitForSlideReady(): Promise<void> {
    await this.page
      .waitForFunction(
        () => {
          const shown = document.querySelector<HTMLElement>('[data-testid="presentation"]')?.dataset.slide;
          return shown !== undefined && document.documentElement.dataset.slideReady === shown;
        },
        null,
        { timeout: 60_000 },
      )
      .catch(async (error: Error) => {
        // Say what was on screen, so a timeout is diagnosable from the log.
        const state = await this.page.evaluate(() => ({
          url: window.location.search,
          shown: document.querySelector<HTMLElement>('[data-testid="presentation"]')?.dataset.slide ?? null,
          ready: document.documentElement.dataset.slideReady ?? null,
          idle: document.documentElement.dataset.mapIdle ?? null,
        }));
        throw new Error(
          `${error.message}\nslide not ready: ${JSON.stringify(state)}\n${this.atlas.consoleErrors.join('\n')}`,
        );
      });
  }

  /** Presses a key and waits for the slide it leads to. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.waitForTimeout(50);
    await this.waitForSlideReady();
  }

  async slideNumber(): Promise<string> {
    return (await this.page.locator('[data-testid="slide-number"]').textContent()) ?? '';
  }

  async slideTitle(): Promise<string> {
    return (await this.page.locator('[data-testid="slide-title"]').textContent()) ?? '';
  }

  async param(name: string): Promise<string | null> {
    return new URLSearchParams(await this.atlas.search()).get(name);
  }

  isPresenting(): Promise<boolean> {
    return this.page.locator('[data-testid="presentation"]').isVisible();
  }
}
