import { describe, expect, it } from 'vitest';
import { quoteOf } from './briefing-actions';

describe('quoteOf', () => {
  it('follows a short lead with the next sentence when it fits', () => {
    expect(
      quoteOf(
        '攀西经济区。纵向建设安宁河流域经济带。横向规划建设宜西攀丽经济走廊，打通东西向战略大通道。',
        30,
      ),
    ).toBe('攀西经济区。纵向建设安宁河流域经济带。');
  });

  it('cuts inside a long sentence with an ellipsis rather than quoting only a lead', () => {
    const quote = quoteOf(`构筑格局。${'建设两大屏障'.repeat(10)}。`, 30);
    expect(quote).toHaveLength(30);
    expect(quote.startsWith('构筑格局。建设')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
  });

  it('keeps a short passage whole', () => {
    expect(quoteOf('国际铁路大通道工程。', 30)).toBe('国际铁路大通道工程。');
  });
});
