import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ExportDriver } from './export-driver';
import { PresentationDriver } from './presentation-driver';

let presenter: PresentationDriver;
let exporter: ExportDriver;
beforeAll(async () => {
  presenter = await PresentationDriver.start();
  exporter = new ExportDriver(presenter.atlas);
});
afterAll(() => presenter.close());

/** Share of pixels in the map frame (A4 landscape: x 10–219 mm, y 23–157 mm) in the slide highlight colour. */
function highlightShare(image: PNG): number {
  let hits = 0;
  let total = 0;
  for (let y = Math.floor((image.height * 23) / 210); y < (image.height * 157) / 210; y += 2)
    for (let x = Math.floor((image.width * 10) / 297); x < (image.width * 219) / 297; x += 2) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
      // #ffb000, the slide highlight of src/map/deck-overlay.ts and src/export/slide-context.ts.
      if (r > 235 && g > 150 && g < 200 && b < 50) hits += 1;
      total += 1;
    }
  return hits / total;
}

it('exports the slide on screen: its title, its highlights on the map and its passages as sources', async () => {
  await presenter.openStory('transport-pole', '&slide=3');
  const slideTitle =
    (await presenter.page.locator('[data-testid="slide-title"]').textContent())?.trim() ?? '';
  const caption = (await presenter.page.locator('.presentation-caption').textContent())?.trim() ?? '';
  expect(slideTitle).not.toBe('');
  await exporter.openDialogFromSlide();
  // The dialog proposes the slide's title once it has read the story.
  await expect.poll(() => exporter.titleField(), { timeout: 15_000 }).toBe(slideTitle);
  await exporter.choose({ format: 'png', paper: 'a4', orientation: 'landscape', dpi: 150 });
  const file = await exporter.exportFile('export-slide');
  const image = PNG.sync.read(file.bytes);
  expect([image.width, image.height]).toEqual([1754, 1240]);
  expect(highlightShare(image)).toBeGreaterThan(0.002);
  const description = await exporter.description();
  expect(description).toContain(slideTitle);
  expect(description).toContain(caption.slice(0, 12));
  const cited = Number(/列出规划条文 (\d+) 段/.exec(description)?.[1] ?? 0);
  expect(cited).toBeGreaterThanOrEqual(1);
  // Still presenting, on the same slide, after the dialog closes.
  await presenter.page.keyboard.press('Escape');
  await exporter.dialog().waitFor({ state: 'hidden' });
  expect(await presenter.page.locator('[data-testid="slide-number"]').textContent()).toContain('3');
});
