import { describe, expect, it } from 'vitest';
import { benchLookup, createLookup } from './lookup.ts';
import type { Link } from './types.ts';

const link = (
  doc: string,
  block: string,
  feature: string,
  start: number,
  status: Link['status_class'],
): Link => ({
  feature,
  layer: 'railways',
  doc,
  block,
  start,
  end: start + 2,
  surface: 'xx',
  line: 1,
  status_class: status,
  confidence: 1,
});

const docs = [
  { id: 'sc15', date: '2026-02-07' },
  { id: 'sc-decision-2018', date: '2018-06-30' },
  { id: 'r14-south', date: '2021-06-09' },
  { id: 'sc-work-report', date: null },
];
const links = [
  link('sc15', 'b1', 'cdw', 0, 'completed'),
  link('sc15', 'b1', 'cy', 5, 'completed'),
  link('r14-south', 'c1', 'cdw', 3, 'under-construction'),
  link('sc-decision-2018', 'd1', 'cdw', 1, 'mention'),
  link('sc-work-report', 'w1', 'cdw', 1, 'mention'),
];

describe('lookup', () => {
  const lookup = createLookup(links, docs);

  it('groups a feature’s mentions by document in date order, undated last', () => {
    expect(lookup.mentionsOf('cdw').map((g) => g.doc)).toEqual([
      'sc-decision-2018',
      'r14-south',
      'sc15',
      'sc-work-report',
    ]);
    expect(lookup.mentionsOf('cdw').map((g) => g.statuses[0])).toEqual([
      'mention',
      'under-construction',
      'completed',
      'mention',
    ]);
  });

  it('lists a block’s features', () => {
    expect(lookup.featuresOf('sc15', 'b1')).toEqual(['cdw', 'cy']);
    expect(lookup.featuresOf('sc15', 'nope')).toEqual([]);
  });

  it('returns nothing for an unknown feature', () => {
    expect(lookup.mentionsOf('nope')).toEqual([]);
  });

  it('measures the lookup p95 with an injected clock', () => {
    let t = 0;
    const result = benchLookup(lookup, ['cdw', 'cy'], 5, () => {
      t += 0.5;
      return t;
    });
    expect(result.samples).toBe(10);
    expect(result.p95Ms).toBe(0.5);
  });
});
