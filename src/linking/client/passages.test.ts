import { describe, expect, it } from 'vitest';
import type { Link } from '../types';
import { passagesAbout } from './passages';

const link = (doc: string, block: string, feature: string, start = 0): Link => ({
  feature,
  layer: 'zones',
  doc,
  block,
  start,
  end: start + 2,
  surface: 'xx',
  line: 10,
  status_class: 'mention',
  confidence: 1,
});

const documents = [
  { id: 'sc15', date: '2026-02-07' },
  { id: 'r14-panxi', date: '2021-06-09' },
  { id: 'sc-work-report', date: null },
];

describe('passagesAbout', () => {
  it('groups the passages of a feature set by document in date order, blocks in reading order', () => {
    const links = [
      link('sc-work-report', 'w/p1', 'a'),
      link('sc15', 'sc15/p2', 'b'),
      link('sc15', 'sc15/p2', 'a', 5),
      link('sc15', 'sc15/p3', 'outside'),
      link('r14-panxi', 'px/p1', 'a'),
      link('sc15', 'sc15/p1', 'a'),
    ];
    const groups = passagesAbout(links, new Set(['a', 'b']), documents);
    expect(groups.map((g) => g.doc)).toEqual(['r14-panxi', 'sc15', 'sc-work-report']);
    const sc15 = groups[1];
    expect(sc15?.passages.map((p) => p.block)).toEqual(['sc15/p2', 'sc15/p1']);
    expect(sc15?.passages[0]?.features).toEqual(['b', 'a']);
    expect(sc15?.passages[0]?.links).toHaveLength(2);
  });

  it('is empty when no feature of the set is mentioned', () => {
    expect(passagesAbout([link('sc15', 'b', 'x')], new Set(['y']), documents)).toEqual([]);
  });
});
