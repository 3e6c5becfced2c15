import { describe, expect, it } from 'vitest';
import { LAYER_REGISTRY } from '../layers';
import { RAILWAY_CATEGORIES } from '../layers/railways';
import { highlightRows, indicativeKinds, printedLegend } from './export-legend';

describe('printed legend', () => {
  it('lists visible layers only, with the category labels of the paint table, in the chosen language', () => {
    const sections = printedLegend(['railways'], ['open', 'planned'], 'en', 'Status');
    expect(sections.map((s) => s.id)).toEqual(['railways', 'provinces', 'status']);
    const railways = sections[0];
    expect(railways?.title).toBe('Railways');
    expect(railways?.rows.map((r) => r.label)).toEqual(RAILWAY_CATEGORIES.map((c) => c.label.en));
    expect(railways?.rows.map((r) => (r.swatch.shape === 'line' ? r.swatch.color : ''))).toEqual(
      RAILWAY_CATEGORIES.map((c) => c.color),
    );
  });

  it('prints the status line styles once, for the statuses the filter shows', () => {
    const sections = printedLegend(['railways', 'expressways'], ['open', 'planned'], 'zh', '状态');
    const status = sections.filter((s) => s.id === 'status');
    expect(status).toHaveLength(1);
    expect(status[0]?.rows.map((r) => r.label)).toEqual(['已建成 / 运营', '规划']);
    expect(sections.flatMap((s) => s.rows).filter((r) => r.label === '在建')).toHaveLength(0);
  });

  it('has no status block without line layers, and follows the registry order top first', () => {
    const sections = printedLegend(['zones', 'airports'], ['open'], 'zh', '状态');
    expect(sections.some((s) => s.id === 'status')).toBe(false);
    const order = [...LAYER_REGISTRY].reverse().map((l) => l.id);
    const ids = sections.map((s) => s.id);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  it('says which visible layers are indicative', () => {
    expect(indicativeKinds(['railways'])).toEqual({ geometry: true, ecology: false });
    expect(indicativeKinds(['ecology'])).toEqual({ geometry: false, ecology: true });
    expect(indicativeKinds(['prefectures'])).toEqual({ geometry: false, ecology: false });
  });
});

describe('highlight rows', () => {
  it('lists the selection, then each tint colour with its palette meaning or a count', () => {
    const rows = highlightRows({
      selection: { name: '成渝中线高铁', shape: 'line', colour: '#ffd400' },
      tints: new Map([
        ['#1b7a3d', 4],
        ['#123456', 2],
      ]),
      tintLabels: new Map([['#1b7a3d', '已建成']]),
      otherTint: (count) => `${count} 个要素`,
    });
    expect(rows.map((row) => row.label)).toEqual(['成渝中线高铁', '已建成', '2 个要素']);
    expect(rows[0]?.swatch).toMatchObject({ shape: 'line', color: '#ffd400' });
  });

  it('is empty when nothing is highlighted', () => {
    expect(
      highlightRows({ selection: null, tints: new Map(), tintLabels: new Map(), otherTint: String }),
    ).toEqual([]);
  });
});
