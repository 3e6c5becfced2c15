import { describe, expect, it } from 'vitest';
import { extractSentence, splitMarked } from './sentence';

const text = '推进交通建设。加快建设成达万高铁、成自宜高铁；研究论证成都外环铁路。其余从略。';

describe('extractSentence', () => {
  it('returns the sentence around the mention with the surface marked', () => {
    const start = text.indexOf('成达万高铁');
    const sentence = extractSentence(text, start, start + 5);
    expect(sentence.text).toBe('加快建设成达万高铁、成自宜高铁；');
    expect(sentence.segments).toEqual([
      { text: '加快建设', mark: false },
      { text: '成达万高铁', mark: true },
      { text: '、成自宜高铁；', mark: false },
    ]);
    expect(sentence.clippedStart || sentence.clippedEnd).toBe(false);
  });

  it('stops at the end of the text and at line breaks', () => {
    const last = '标题\n成都外环铁路';
    const start = last.indexOf('成都');
    expect(extractSentence(last, start, last.length).text).toBe('成都外环铁路');
  });

  it('clips a long sentence around the mention', () => {
    const long = `${'甲'.repeat(300)}成达万高铁${'乙'.repeat(300)}。`;
    const start = long.indexOf('成达万');
    const sentence = extractSentence(long, start, start + 5, undefined, 40);
    expect(sentence.text.length).toBeLessThanOrEqual(40);
    expect(sentence.text).toContain('成达万高铁');
    expect(sentence.clippedStart).toBe(true);
    expect(sentence.clippedEnd).toBe(true);
  });

  it('marks other spans of the same sentence too', () => {
    const a = text.indexOf('成达万');
    const b = text.indexOf('成自宜');
    const sentence = extractSentence(text, a, a + 5, [
      { start: a, end: a + 5 },
      { start: b, end: b + 5 },
      { start: 0, end: 2 },
    ]);
    expect(sentence.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['成达万高铁', '成自宜高铁']);
  });
});

describe('splitMarked', () => {
  it('merges overlapping spans and keeps every character', () => {
    const segments = splitMarked('abcdefgh', [
      { start: 5, end: 7 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefgh');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['bcd', 'fg']);
  });
});
