import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readChunks } from '../../src/export/png-chunks';
import { AtlasDriver, OUTPUT_DIR } from './driver';
import { ExportDriver } from './export-driver';

let atlas: AtlasDriver;
let exporter: ExportDriver;
beforeAll(async () => {
  atlas = await AtlasDriver.start();
  exporter = new ExportDriver(atlas);
});
afterAll(() => atlas.close());

// Chengdu–Chongqing, railways and zones on, one railway selected: a figure with a legend and sources.
const VIEW =
  '?map=7.00/30.3000/105.0000&layers=zones,prefectures,railways,airports,seats&sel=railway-chengdu-chongqing-central-hsr';

/** Share of pixels in a box (fractions of the image) darker than mid grey: text, lines, symbols. */
function darkShare(image: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let dark = 0;
  let total = 0;
  const x0 = Math.floor(image.width * box.x);
  const y0 = Math.floor(image.height * box.y);
  const x1 = Math.floor(image.width * (box.x + box.width));
  const y1 = Math.floor(image.height * (box.y + box.height));
  for (let y = y0; y < y1; y += 2)
    for (let x = x0; x < x1; x += 2) {
      const i = (y * image.width + x) * 4;
      const sum = (image.data[i] ?? 255) + (image.data[i + 1] ?? 255) + (image.data[i + 2] ?? 255);
      if (sum < 3 * 110) dark += 1;
      total += 1;
    }
  return dark / total;
}

function distinctColours(image: PNG, box: { x: number; y: number; width: number; height: number }): number {
  const colours = new Set<number>();
  for (let y = Math.floor(image.height * box.y); y < image.height * (box.y + box.height); y += 4)
    for (let x = Math.floor(image.width * box.x); x < image.width * (box.x + box.width); x += 4) {
      const i = (y * image.width + x) * 4;
      colours.add(
        (((image.data[i] ?? 0) >> 4) << 8) |
          (((image.data[i + 1] ?? 0) >> 4) << 4) |
          ((image.data[i + 2] ?? 0) >> 4),
      );
    }
  return colours.size;
}

/** A quarter-size copy to look at (the full file is saved too). */
function saveDownscaled(image: PNG, name: string): void {
  const factor = 4;
  const small = new PNG({
    width: Math.floor(image.width / factor),
    height: Math.floor(image.height / factor),
  });
  for (let y = 0; y < small.height; y++)
    for (let x = 0; x < small.width; x++) {
      const from = (y * factor * image.width + x * factor) * 4;
      const to = (y * small.width + x) * 4;
      for (let c = 0; c < 4; c++) small.data[to + c] = image.data[from + c] ?? 0;
    }
  writeFileSync(join(OUTPUT_DIR, `${name}.png`), PNG.sync.write(small));
}

it('exports an A4 landscape PNG at 300 dpi: 3508 × 2480 px with a drawn map, legend and scale bar', async () => {
  await atlas.open(VIEW);
  await exporter.openDialog();
  await exporter.choose({ format: 'png', paper: 'a4', orientation: 'landscape', dpi: 300 });
  const file = await exporter.exportFile('export-a4-300');
  expect(file.filename).toMatch(/^sichuan-atlas-\d{4}-\d{2}-\d{2}-a4-landscape-300dpi\.png$/);
  const image = PNG.sync.read(file.bytes);
  expect([image.width, image.height]).toEqual([3508, 2480]);
  saveDownscaled(image, 'export-a4-300-quarter');
  // Layout (src/export/layout.ts, A4 landscape): map x 10–219 mm, legend x 223–287 mm, y 23–157 mm.
  const legend = { x: 226 / 297, y: 26 / 210, width: 58 / 297, height: 60 / 210 };
  const scaleBar = { x: 12 / 297, y: 146 / 210, width: 36 / 297, height: 9 / 210 };
  const map = { x: 40 / 297, y: 40 / 210, width: 140 / 297, height: 90 / 210 };
  expect(darkShare(image, legend)).toBeGreaterThan(0.005);
  expect(darkShare(image, scaleBar)).toBeGreaterThan(0.05);
  expect(distinctColours(image, map)).toBeGreaterThan(20);
  console.log(
    `A4 @ 300 dpi PNG: ${Math.round(file.exportMs)} ms in the page, ${file.clickToDownloadMs} ms click → download`,
  );
});

it('writes the print size and the text description it shows into the PNG', async () => {
  await atlas.open(VIEW);
  await exporter.openDialog();
  await exporter.choose({ format: 'png', paper: 'a4', orientation: 'portrait', dpi: 150 });
  const file = await exporter.exportFile('export-a4-150');
  const chunks = readChunks(new Uint8Array(file.bytes));
  expect(chunks.every((chunk) => chunk.crcOk)).toBe(true);
  const phys = chunks.find((chunk) => chunk.type === 'pHYs');
  if (!phys) throw new Error('no pHYs chunk');
  const view = new DataView(phys.data.buffer, phys.data.byteOffset);
  // 150 dpi = 5906 pixels per metre: 1240 px print 210 mm wide.
  expect(view.getUint32(0)).toBe(Math.round(150 / 0.0254));
  expect(phys.data[8]).toBe(1);
  const shown = await exporter.description();
  const text = chunks.find(
    (chunk) =>
      (chunk.type === 'iTXt' || chunk.type === 'tEXt') &&
      new TextDecoder('latin1').decode(chunk.data).startsWith('Description\0'),
  );
  if (!text) throw new Error('no Description chunk');
  const embedded = new TextDecoder().decode(
    text.data.subarray(text.type === 'iTXt' ? 'Description'.length + 5 : 'Description'.length + 1),
  );
  expect(embedded).toBe(shown);
  expect(shown).toContain('成渝中线高铁');
});

it('exports a PDF with exactly one A4 page holding the figure', async () => {
  await atlas.open(VIEW);
  await exporter.openDialog();
  await exporter.choose({ format: 'pdf', paper: 'a4', orientation: 'portrait', dpi: 150 });
  const file = await exporter.exportFile('export-pdf');
  expect(file.filename).toMatch(/-a4-portrait-150dpi\.pdf$/);
  const source = file.bytes.toString('latin1');
  expect(source.startsWith('%PDF-')).toBe(true);
  expect(source.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  expect(/\/Count\s+(\d+)/.exec(source)?.[1]).toBe('1');
  const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(source);
  expect(Number(mediaBox?.[1])).toBeCloseTo(595.28, 1);
  expect(Number(mediaBox?.[2])).toBeCloseTo(841.89, 1);
  // The cross-reference table points at real objects, so a reader opens it without repairing.
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(source)?.[1]);
  expect(source.slice(startxref, startxref + 4)).toBe('xref');
  for (const [index, entry] of source.slice(startxref).split('\n').slice(3, 9).entries()) {
    const offset = Number(entry.slice(0, 10));
    expect(source.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`);
  }
  expect(/\/Width (\d+) \/Height (\d+)/.exec(source)?.slice(1)).toEqual(['1240', '1754']);
});

it('exports an SVG that parses and has one group per visible vector layer', async () => {
  await atlas.open(VIEW);
  await exporter.openDialog();
  await exporter.choose({ format: 'svg', paper: 'a4', orientation: 'landscape' });
  const file = await exporter.exportFile('export-svg');
  expect(file.filename).toMatch(/-a4-landscape\.svg$/);
  const parsed = await atlas.page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      groups: [...document.querySelectorAll('g[id^="layer-"]')].map((group) => ({
        id: group.id,
        shapes: group.querySelectorAll('path, circle').length,
      })),
      title: document.querySelector('svg > title')?.textContent ?? '',
      description: document.querySelector('svg > desc')?.textContent ?? '',
    };
  }, file.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  const ids = parsed.groups.map((group) => group.id);
  for (const layer of ['zones', 'prefectures', 'railways', 'airports'])
    expect(ids).toContain(`layer-${layer}`);
  expect(parsed.groups.find((group) => group.id === 'layer-railways')?.shapes).toBeGreaterThan(5);
  expect(parsed.title.length).toBeGreaterThan(0);
  expect(parsed.description).toContain('SVG');
});

it('works by keyboard alone and gives focus back to the Export button when closed', async () => {
  await atlas.open(VIEW);
  await exporter.exportButton().focus();
  await atlas.page.keyboard.press('Enter');
  await exporter.dialog().waitFor({ state: 'visible' });
  const focusInDialog = () =>
    atlas.page.evaluate(() => Boolean(document.activeElement?.closest('dialog.export-dialog')));
  // Page content behind the modal never gets focus. (Past the last control Chrome hands focus to its own UI —
  // seen by the page as <body> — and the next Tab comes back into the dialog: native showModal behaviour.)
  const focusOnPageBehind = () =>
    atlas.page.evaluate(
      () =>
        document.activeElement !== null &&
        document.activeElement !== document.body &&
        !document.activeElement.closest('dialog.export-dialog'),
    );
  expect(await focusInDialog()).toBe(true);
  const visited = new Set<string>();
  for (let step = 0; step < 16; step++) {
    await atlas.page.keyboard.press('Tab');
    expect(await focusOnPageBehind()).toBe(false);
    visited.add(
      await atlas.page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return `${element?.tagName}:${element?.name || element?.dataset.testid || element?.textContent?.slice(0, 4)}`;
      }),
    );
  }
  // Every control was reached by Tab.
  for (const control of ['export-format', 'export-paper', 'export-orientation', 'export-dpi', 'export-start'])
    expect([...visited].some((entry) => entry.includes(control))).toBe(true);
  // Radio groups answer the arrow keys.
  await exporter.dialog().locator('input[name="export-format"][value="png"]').focus();
  await atlas.page.keyboard.press('ArrowRight');
  expect(await exporter.dialog().locator('input[name="export-format"][value="pdf"]').isChecked()).toBe(true);
  await atlas.page.keyboard.press('Escape');
  await exporter.dialog().waitFor({ state: 'detached' });
  const focused = await atlas.page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focused).toMatch(/^(导出|Export)$/);
});

it('cancelling shows progress, makes no file and leaves focus on the Export button', async () => {
  await atlas.open(VIEW);
  await exporter.openDialog();
  await exporter.choose({ format: 'png', paper: 'a4', orientation: 'landscape', dpi: 300 });
  let downloads = 0;
  atlas.page.on('download', () => {
    downloads += 1;
  });
  await atlas.page.locator('[data-testid="export-start"]').click();
  await exporter.dialog().locator('progress').waitFor({ state: 'visible' });
  expect(await exporter.dialog().locator('[role="progressbar"], progress').count()).toBe(1);
  await atlas.page.locator('[data-testid="export-cancel"]').click();
  await atlas.page.waitForFunction(
    () => document.querySelector('form.export-form')?.getAttribute('data-export-state') === 'cancelled',
  );
  // Whatever step the export was in, it stops: the off-screen map goes, and no file follows.
  await atlas.page.locator('[data-export-map]').waitFor({ state: 'detached', timeout: 60_000 });
  await atlas.page.waitForTimeout(2500);
  expect(downloads).toBe(0);
  expect(await atlas.page.locator('form.export-form').getAttribute('data-export-state')).toBe('cancelled');
  expect(await exporter.status()).toMatch(/取消|cancelled/i);
  const focused = await atlas.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  expect(focused).toBe('export-start');
});

it('prints (Ctrl+P) the map across the page with its legend, without the screen chrome', async () => {
  await atlas.open(VIEW);
  await atlas.page.emulateMedia({ media: 'print' });
  try {
    await atlas.page.waitForTimeout(1500);
    const layout = await atlas.page.evaluate(() => {
      const visible = (selector: string) => {
        const element = document.querySelector(selector);
        return element instanceof HTMLElement && element.offsetParent !== null && element.offsetHeight > 0;
      };
      const map = document.querySelector('.map-region')?.getBoundingClientRect();
      return {
        headerButtons: visible('.briefing-actions'),
        languageSwitch: visible('.language-switch'),
        title: visible('.app-header h1'),
        northArrow: visible('.north-arrow'),
        attribution: visible('.maplibregl-ctrl-attrib'),
        legendRows: document.querySelectorAll('.layer-row .legend').length,
        hiddenRowsShown: [...document.querySelectorAll('.layer-row')].filter(
          (row) => !row.querySelector('.legend') && (row as HTMLElement).offsetHeight > 0,
        ).length,
        mapWidthShare: map ? map.width / document.documentElement.clientWidth : 0,
      };
    });
    expect(layout.headerButtons).toBe(false);
    expect(layout.languageSwitch).toBe(false);
    expect(layout.title).toBe(true);
    expect(layout.northArrow).toBe(true);
    expect(layout.attribution).toBe(true);
    expect(layout.legendRows).toBe(5);
    expect(layout.hiddenRowsShown).toBe(0);
    expect(layout.mapWidthShare).toBeGreaterThan(0.95);
    await atlas.screenshot('export-print-media');
  } finally {
    await atlas.page.emulateMedia({ media: 'screen' });
  }
});
