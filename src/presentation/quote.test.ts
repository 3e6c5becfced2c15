import { describe, expect, it } from 'vitest';
import { quoteOf } from './briefing-actions';

describe('quoteOf', () => {
  it('follows a short lead with the next sentence', () => {
    expect(
      quoteOf(
        '攀西经济区。纵向建设安宁河流域经济带。横向规划建设宜西攀丽经济走廊，打通东西向战略大通道。',
        40,
      ),
    ).toBe('攀西经济区。纵向建设安宁河流域经济带。');
  });

  it('cuts one long sentence with an ellipsis', () => {
    const quote = quoteOf('一'.repeat(100), 20);
    expect(quote).toHaveLength(20);
    expect(quote.endsWith('…')).toBe(true);
  });
});
