import { describe, expect, it } from 'vitest';
import type { Link, StatusClass } from '../types';
import { planTints } from './plan-tints';

const link = (doc: string, feature: string, layer: string, status: StatusClass): Link => ({
  feature,
  layer,
  doc,
  block: `${doc}/p1`,
  start: 0,
  end: 2,
  surface: 'xx',
  line: 1,
  status_class: status,
  confidence: 1,
});

const colours: Record<StatusClass, string> = {
  completed: 'green',
  'under-construction': 'red',
  start: 'orange',
  preparatory: 'purple',
  study: 'blue',
  upgrade: 'brown',
  mention: 'grey',
};
const transport = new Set(['railways']);
const links = [
  link('r14', 'rail', 'railways', 'study'),
  link('sc15', 'rail', 'railways', 'under-construction'),
  link('sc15', 'city', 'prefectures', 'completed'),
  link('sc15', 'other', 'railways', 'mention'),
];

describe('planTints', () => {
  it('colours the chosen plan’s transport features by their status, mentions included', () => {
    const tints = planTints(links, { plan: 'sc15', changed: null }, transport, colours);
    expect([...tints]).toEqual([
      ['rail', { layer: 'railways', colour: 'red' }],
      ['other', { layer: 'railways', colour: 'grey' }],
    ]);
  });

  it('colours only the changed features, by the later status', () => {
    const tints = planTints(links, { plan: null, changed: ['r14', 'sc15'] }, transport, colours);
    expect([...tints]).toEqual([['rail', { layer: 'railways', colour: 'red' }]]);
  });

  it('is empty when nothing is chosen', () => {
    expect(planTints(links, { plan: null, changed: null }, transport, colours).size).toBe(0);
  });
});
