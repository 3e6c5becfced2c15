import { describe, expect, it } from 'vitest';
import { exportFilename, mmToPx, pixelSize, pointSize, printPixelRatio } from './paper';

describe('paper → pixels', () => {
  it('gives the print-driver sizes of A4 and A3', () => {
    expect(pixelSize({ paper: 'a4', orientation: 'landscape', dpi: 300 })).toEqual({
      width: 3508,
      height: 2480,
    });
    expect(pixelSize({ paper: 'a4', orientation: 'portrait', dpi: 300 })).toEqual({
      width: 2480,
      height: 3508,
    });
    expect(pixelSize({ paper: 'a4', orientation: 'landscape', dpi: 150 })).toEqual({
      width: 1754,
      height: 1240,
    });
    expect(pixelSize({ paper: 'a3', orientation: 'landscape', dpi: 300 })).toEqual({
      width: 4961,
      height: 3508,
    });
  });

  it('turns millimetres into pixels through inches', () => {
    expect(mmToPx(25.4, 300)).toBe(300);
    expect(mmToPx(25.4, 150)).toBe(150);
  });

  it('gives the PDF page in points', () => {
    expect(pointSize('a4', 'portrait')).toEqual({ width: 595.28, height: 841.89 });
    expect(pointSize('a4', 'landscape')).toEqual({ width: 841.89, height: 595.28 });
  });

  it('scales map symbols to their printed size', () => {
    expect(printPixelRatio(96)).toBe(1);
    expect(printPixelRatio(300)).toBeCloseTo(3.125);
  });

  it('names the file by date, paper, orientation and dpi', () => {
    const date = new Date(2026, 10, 22, 9, 0);
    expect(exportFilename({ paper: 'a4', orientation: 'landscape', dpi: 300 }, 'png', date)).toBe(
      'sichuan-atlas-2026-11-22-a4-landscape-300dpi.png',
    );
    expect(exportFilename({ paper: 'a3', orientation: 'portrait', dpi: 150 }, 'svg', date)).toBe(
      'sichuan-atlas-2026-11-22-a3-portrait.svg',
    );
  });
});
