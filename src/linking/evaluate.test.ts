import { describe, expect, it } from 'vitest';
import { type DocRange, evaluate, type GoldRow } from './evaluate.ts';
import type { Link } from './types.ts';

const docs: DocRange[] = [
  {
    id: 'sc15',
    source: 'seeds/000_x.txt',
    source_lines: [1, 100],
    blocks: [{ id: 'b1', text: '建成成渝中线高铁、成达万高铁，加快建设川藏铁路', lines: [10, 10] }],
  },
];
const link = (surface: string, feature: string, status: Link['status_class']): Link => {
  const text = docs[0]?.blocks?.[0]?.text ?? '';
  const start = text.indexOf(surface);
  return {
    feature,
    layer: 'railways',
    doc: 'sc15',
    block: 'b1',
    start,
    end: start + surface.length,
    surface,
    line: 10,
    status_class: status,
    confidence: 1,
  };
};
const row = (surface: string, expected: string | null, status: Link['status_class']): GoldRow => ({
  doc: '000',
  line: 10,
  surface,
  context: surface,
  expected_feature: expected,
  expected_status_class: status,
  note: '',
});
const resolve = (key: string) => (key === 'missing' ? [] : [key]);

describe('evaluate', () => {
  it('counts true positives, false positives, misses and status', () => {
    const result = evaluate(
      [
        row('成渝中线高铁', 'cy', 'completed'),
        row('成达万高铁', 'cdw', 'completed'),
        row('川藏铁路', 'missing', 'mention'),
      ],
      [link('成渝中线高铁', 'cy', 'completed'), link('成达万高铁', 'wrong', 'completed')],
      docs,
      resolve,
    );
    expect(result.tp).toBe(1);
    expect(result.fp).toBe(1);
    expect(result.fn).toBe(2);
    expect(result.statusAccuracy).toBe(1);
    expect(result.missingKeys).toEqual(['missing']);
  });

  it('a trap row (no feature) turns any link on it into a false positive', () => {
    const result = evaluate(
      [row('川藏铁路', null, 'mention')],
      [link('川藏铁路', 'cz', 'mention')],
      docs,
      resolve,
    );
    expect(result.fp).toBe(1);
    expect(result.precision).toBe(0);
  });

  it('a wrong status lowers status accuracy only', () => {
    const result = evaluate(
      [row('川藏铁路', 'cz', 'under-construction')],
      [link('川藏铁路', 'cz', 'mention')],
      docs,
      resolve,
    );
    expect(result.precision).toBe(1);
    expect(result.statusAccuracy).toBe(0);
  });
});
