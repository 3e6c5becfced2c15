import { describe, expect, it } from 'vitest';
import type { NodeRecord } from './features';
import { buildStations } from './stations';

const node = (id: string, hub = false): NodeRecord => ({
  id,
  name_zh: id,
  name_en: id,
  lon: 104,
  lat: 30,
  source: 'geonames:x',
  hub,
});

describe('buildStations', () => {
  it('gives each node the most advanced status of the lines through it', () => {
    const nodes = new Map([
      ['a', node('a', true)],
      ['b', node('b')],
    ]);
    const out = buildStations(
      [
        { id: 'l1', status: 'study', status_source: { ref: '1', date: '1' }, viaIds: ['a', 'b'] },
        { id: 'l2', status: 'open', status_source: { ref: '2', date: '2' }, viaIds: ['a'] },
      ],
      nodes,
    );
    const a = out.find((f) => f.id === 'station-a');
    expect(a?.properties).toMatchObject({ kind: 'hub', status: 'open', lines: ['l1', 'l2'] });
    expect(out.find((f) => f.id === 'station-b')?.properties).toMatchObject({
      kind: 'station',
      status: 'study',
    });
  });
});
