import { describe, expect, it } from 'vitest';
import { createLookup } from '../lookup';
import type { Link, StatusClass } from '../types';
import { changedBetween, primaryStatus, statusesInPlan, statusTimeline } from './timeline';

const link = (doc: string, feature: string, status: StatusClass, block = `${doc}/p1`): Link => ({
  feature,
  layer: 'railways',
  doc,
  block,
  start: 0,
  end: 2,
  surface: 'xx',
  line: 1,
  status_class: status,
  confidence: 1,
});

const documents = [
  { id: 'sc15', date: '2026-02-07' },
  { id: 'r14-panxi', date: '2021-06-09' },
  { id: 'sc-decision-2018', date: '2018-06-30' },
];

const links = [
  link('sc-decision-2018', 'cdw', 'mention'),
  link('r14-panxi', 'cdw', 'mention'),
  link('r14-panxi', 'cdw', 'study'),
  link('sc15', 'cdw', 'under-construction'),
  link('sc15', 'cdw', 'mention'),
  link('r14-panxi', 'cy', 'completed'),
  link('sc15', 'cy', 'completed'),
  link('r14-panxi', 'old', 'study'),
  link('sc15', 'old', 'mention'),
  link('sc15', 'new', 'start'),
];

describe('primaryStatus', () => {
  it('lets the most committal verb stand for the plan', () => {
    expect(primaryStatus(['mention', 'study', 'upgrade'])).toBe('upgrade');
    expect(primaryStatus(['mention'])).toBe('mention');
    expect(primaryStatus([])).toBe('mention');
  });
});

describe('statusTimeline', () => {
  it('gives one entry per plan, in date order, with the plan’s status', () => {
    const timeline = statusTimeline(createLookup(links, documents).mentionsOf('cdw'));
    expect(timeline.map((e) => [e.doc, e.status, e.mentions])).toEqual([
      ['sc-decision-2018', 'mention', 1],
      ['r14-panxi', 'study', 2],
      ['sc15', 'under-construction', 2],
    ]);
  });
});

describe('statusesInPlan', () => {
  it('maps each feature a plan mentions to its status and layer', () => {
    const statuses = statusesInPlan(links, 'sc15');
    expect(statuses.get('cdw')).toEqual({ layer: 'railways', status: 'under-construction' });
    expect(statuses.get('new')?.status).toBe('start');
    expect(statuses.has('nowhere')).toBe(false);
  });
});

describe('changedBetween', () => {
  it('lists features whose commitment changed, not unchanged or bare mentions', () => {
    expect(changedBetween(links, 'r14-panxi', 'sc15')).toEqual([
      { feature: 'cdw', layer: 'railways', from: 'study', to: 'under-construction' },
    ]);
  });

  it('is empty for the same plan twice', () => {
    expect(changedBetween(links, 'sc15', 'sc15')).toEqual([]);
  });
});
