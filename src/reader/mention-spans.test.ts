import { describe, expect, it } from 'vitest';
import { nonOverlappingMentions, splitAtMentions } from './mention-spans';

const span = (start: number, end: number, feature = `f${start}-${end}`) => ({
  start,
  end,
  feature,
  layer: 'railways',
});

describe('nonOverlappingMentions', () => {
  it('keeps the longest of overlapping links and drops duplicates, in reading order', () => {
    const kept = nonOverlappingMentions([
      span(10, 13, 'short'),
      span(10, 15, 'long'),
      span(10, 15, 'duplicate'),
      span(0, 2, 'first'),
      span(14, 16, 'overlaps-long'),
      span(16, 18, 'adjacent'),
    ]);
    expect(kept.map((k) => k.feature)).toEqual(['first', 'long', 'adjacent']);
  });

  it('ignores empty spans', () => {
    expect(nonOverlappingMentions([span(3, 3)])).toEqual([]);
  });
});

describe('splitAtMentions', () => {
  const text = '加快建设成达万高铁、成自宜高铁。';
  const mentions = [span(4, 9, 'cdw'), span(10, 15, 'czy')];

  it('splits a text into plain and mention pieces that add up to the text', () => {
    const pieces = splitAtMentions(text, 0, mentions);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => [p.text, p.mention?.feature ?? null])).toEqual([
      ['加快建设', null],
      ['成达万高铁', 'cdw'],
      ['、', null],
      ['成自宜高铁', 'czy'],
      ['。', null],
    ]);
  });

  it('works on a run that starts inside the block and cuts mentions at its edge', () => {
    const pieces = splitAtMentions(text.slice(6), 6, mentions);
    expect(pieces.map((p) => [p.text, p.mention?.feature ?? null])).toEqual([
      ['万高铁', 'cdw'],
      ['、', null],
      ['成自宜高铁', 'czy'],
      ['。', null],
    ]);
  });
});
