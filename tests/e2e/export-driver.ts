import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AtlasDriver, OUTPUT_DIR } from './driver';

export interface ExportChoice {
  format: 'png' | 'pdf' | 'svg';
  paper?: 'a4' | 'a3';
  orientation?: 'landscape' | 'portrait';
  dpi?: 150 | 300;
}

export interface ExportedFile {
  filename: string;
  bytes: Buffer;
  /** atlas-export-start → atlas-export-done, as the export code measured it. */
  exportMs: number;
  /** Click → download event, as a person waits for it. */
  clickToDownloadMs: number;
  /** Where the spec saved a copy under test-output/e2e/. */
  savedAs: string;
}

/** What a report writer does in the export dialog, on top of the shared AtlasDriver. */
export class ExportDriver {
  constructor(readonly atlas: AtlasDriver) {}

  get page() {
    return this.atlas.page;
  }

  exportButton() {
    return this.page.locator('header button[aria-haspopup="dialog"]', { hasText: /^(导出|Export)$/ });
  }

  dialog() {
    return this.page.locator('dialog.export-dialog');
  }

  async openDialog(): Promise<void> {
    await this.exportButton().click();
    await this.dialog().waitFor({ state: 'visible' });
    await this.page.locator('[data-testid="export-start"]').waitFor({ state: 'visible' });
  }

  /** While presenting: the slide's own "export this slide" button. */
  async openDialogFromSlide(): Promise<void> {
    await this.page.locator('[data-testid="export-slide"]').click();
    await this.dialog().waitFor({ state: 'visible' });
    await this.page.locator('[data-testid="export-start"]').waitFor({ state: 'visible' });
  }

  async titleField(): Promise<string> {
    return this.page.locator('[data-testid="export-title"]').inputValue();
  }

  async choose(choice: ExportChoice): Promise<void> {
    const radio = (name: string, value: string) =>
      this.dialog().locator(`input[type="radio"][name="${name}"][value="${value}"]`);
    await radio('export-format', choice.format).check();
    if (choice.paper) await radio('export-paper', choice.paper).check();
    if (choice.orientation) await radio('export-orientation', choice.orientation).check();
    if (choice.dpi) await radio('export-dpi', String(choice.dpi)).check();
  }

  /** Presses Export and waits for the file the browser downloads. */
  async exportFile(saveName: string): Promise<ExportedFile> {
    await this.page.evaluate(() => performance.clearMeasures('atlas-export'));
    const started = Date.now();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 90_000 }),
      this.page.locator('[data-testid="export-start"]').click(),
    ]);
    const clickToDownloadMs = Date.now() - started;
    const path = await download.path();
    const bytes = readFileSync(path);
    const filename = download.suggestedFilename();
    const savedAs = join(OUTPUT_DIR, `${saveName}-${filename}`);
    await download.saveAs(savedAs);
    const exportMs = await this.page.evaluate(
      () => performance.getEntriesByName('atlas-export', 'measure').at(-1)?.duration ?? Number.NaN,
    );
    return { filename, bytes, exportMs, clickToDownloadMs, savedAs };
  }

  async status(): Promise<string> {
    return (await this.page.locator('[data-testid="export-status"]').textContent()) ?? '';
  }

  async description(): Promise<string> {
    const locator = this.page.locator('[data-testid="export-description"]');
    await locator.waitFor({ state: 'visible' });
    return (await locator.textContent()) ?? '';
  }
}
