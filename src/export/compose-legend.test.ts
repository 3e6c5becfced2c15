import { describe, expect, it } from 'vitest';
import { fitLegend } from './compose-legend';

// Capacity the placement promises: rows per column (at its type factor) times columns, with the 85 % margin.
const capacity = (placement: { factor: number; columns: number }, height: number, row: number) =>
  Math.floor(height / (row * placement.factor)) * placement.columns * 0.85;

describe('fitLegend', () => {
  it('uses one column when every row fits in it, so labels get the whole width', () => {
    const placement = fitLegend(12, 3, { width: 300, height: 1000 }, 20, 100);
    expect(placement).toEqual({ factor: 1, columns: 1 });
  });

  it('spreads into as many columns as the rows need, at full size when they fit', () => {
    const placement = fitLegend(60, 6, { width: 300, height: 700 }, 20, 100);
    expect(placement.factor).toBe(1);
    expect(placement.columns).toBe(3);
    expect(capacity(placement, 700, 20)).toBeGreaterThanOrEqual(60 + 6 * 1.3 + 2);
  });

  it('shrinks the type before giving up, never below the minimum', () => {
    const placement = fitLegend(90, 8, { width: 200, height: 500 }, 20, 100);
    expect(placement.factor).toBeLessThan(1);
    expect(placement.factor).toBeGreaterThanOrEqual(0.55 - 1e-9);
  });
});
