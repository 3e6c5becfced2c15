import { describe, expect, it } from 'vitest';
import { type Box, figureLayout, inside, overlaps, sourcesCapacity } from './layout';

const cases = [
  ['a4', 'landscape'],
  ['a4', 'portrait'],
  ['a3', 'landscape'],
  ['a3', 'portrait'],
] as const;

describe('figure layout', () => {
  for (const [paper, orientation] of cases) {
    it(`keeps every block on the ${paper} ${orientation} page without overlaps`, () => {
      const layout = figureLayout(paper, orientation);
      // Inside the margins (the title starts at the margin).
      const margin = layout.title.x;
      const page: Box = {
        x: margin,
        y: margin,
        width: layout.page.width - 2 * margin,
        height: layout.page.height - 2 * margin,
      };
      const blocks = [layout.title, layout.map, layout.legend, layout.sources, layout.footer];
      for (const block of blocks) {
        expect(inside(block, page)).toBe(true);
        expect(block.width).toBeGreaterThan(0);
        expect(block.height).toBeGreaterThan(0);
      }
      for (let i = 0; i < blocks.length; i++)
        for (let j = i + 1; j < blocks.length; j++)
          expect(overlaps(blocks[i] as Box, blocks[j] as Box)).toBe(false);
      expect(inside(layout.northArrow, layout.map)).toBe(true);
      expect(inside(layout.scaleBar, layout.map)).toBe(true);
      // The map is the figure: at least 40 % of the page.
      expect(
        (layout.map.width * layout.map.height) / (layout.page.width * layout.page.height),
      ).toBeGreaterThan(0.4);
    });
  }

  it('puts the north arrow top right and the scale bar bottom left of the map', () => {
    const { map, northArrow, scaleBar } = figureLayout('a4', 'landscape');
    expect(northArrow.x).toBeGreaterThan(map.x + map.width / 2);
    expect(northArrow.y).toBeLessThan(map.y + map.height / 2);
    expect(scaleBar.x).toBeLessThan(map.x + map.width / 2);
    expect(scaleBar.y).toBeGreaterThan(map.y + map.height / 2);
  });
});

describe('sources block capacity', () => {
  for (const [paper, orientation] of cases) {
    it(`fits every counted passage at its full allowance on ${paper} ${orientation}`, () => {
      const layout = figureLayout(paper, orientation);
      const capacity = sourcesCapacity(layout);
      expect(capacity).toBeGreaterThanOrEqual(3);
      // Lines as the composer draws them: after the heading, 1.35 × small type apart, one kept for "N more".
      const point = 25.4 / 72;
      const line = layout.type.small * point * 1.35;
      const used =
        layout.type.body * point * 1.1 + line * 1.1 + line * (capacity * layout.sourceLinesPerEntry + 1);
      expect(used).toBeLessThanOrEqual(layout.sources.height - 1 + line);
    });
  }
});
