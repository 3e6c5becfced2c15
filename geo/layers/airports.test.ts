import { describe, expect, it } from 'vitest';
import { buildAirports, type ReferenceAirport } from './airports';
import type { BuildContext } from './features';
import type { Located, RawRecord } from './records';

const ctx: BuildContext = {
  nodes: new Map(),
  counties: new Map(),
  prefectures: new Map(),
  rivers: new Map(),
};
const reference = new Map<string, ReferenceAirport>([
  ['ZUUU', { ident: 'ZUUU', iata: 'CTU', name: 'Shuangliu', lon: 103.946, lat: 30.558 }],
  ['CN-0026', { ident: 'CN-0026', iata: null, name: 'Air Base', lon: 103.95, lat: 30.7 }],
]);
const common = {
  name_zh: '双流',
  name_en: 'Shuangliu',
  kind: 'hub',
  status: 'open',
  status_source: { ref: 'x', date: '2026' },
};
const at = (line: number, record: RawRecord): Located<RawRecord> => ({
  file: 'airports-extra.jsonl',
  line,
  record,
});

describe('buildAirports', () => {
  it('takes OurAirports positions and drops excluded bases', () => {
    const out = buildAirports(
      [
        at(1, { ident: 'CN-0026', exclude: 'military' }),
        at(2, { ...common, id: 'airport-ctu', ident: 'ZUUU', iata: 'CTU' }),
      ],
      reference,
      ctx,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.geometry).toEqual({ type: 'Point', coordinates: [103.946, 30.558] });
    expect(out[0]?.properties).toMatchObject({
      iata: 'CTU',
      ourairports_ident: 'ZUUU',
      provenance: { method: 'derived' },
    });
  });
  it('fails when a reference airport is neither used nor excluded', () => {
    expect(() =>
      buildAirports([at(1, { ...common, id: 'airport-ctu', ident: 'ZUUU' })], reference, ctx),
    ).toThrow(/CN-0026/);
  });
  it('names file:line for an unknown ident', () => {
    expect(() =>
      buildAirports([at(4, { ...common, id: 'airport-x', ident: 'ZZZZ' })], reference, ctx),
    ).toThrow(/airports-extra.jsonl:4 \[airport-x\] unknown OurAirports ident/);
  });
});
