import { describe, expect, it } from 'vitest';
import { rgba, SLIDE_COLOURS } from './slide-colours';

describe('slide colours', () => {
  it('turns the table’s hex colours into deck.gl RGBA', () => {
    expect(rgba(SLIDE_COLOURS.highlight)).toEqual([255, 176, 0, 255]);
    expect(rgba(SLIDE_COLOURS.flow, 230)).toEqual([200, 30, 30, 230]);
    expect(rgba(SLIDE_COLOURS.arcEnd, 230)).toEqual([10, 88, 202, 230]);
  });
});
