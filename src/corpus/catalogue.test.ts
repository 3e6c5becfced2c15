import { describe, expect, it } from 'vitest';
import { catalogueDrafts, resolveCatalogue, standing } from './catalogue.ts';
import type { CatalogueEntry } from './types.ts';

function entry(overrides: Partial<CatalogueEntry>): CatalogueEntry {
  return {
    id: 'x',
    source: 'seeds/x.txt',
    source_lines: [1, 1],
    title_zh: '',
    title_en: '',
    issuer: null,
    issuer_cited: null,
    date: null,
    other_dates: [],
    period: null,
    kind: 'regional-plan',
    successor: null,
    notes: [],
    ...overrides,
  };
}
const cited = { text: '', line: 1 };
const regionalPlan = entry({
  date: { iso: '2021-06-09', event: 'issued', cited },
  period: { start: null, end: 2025, cited },
  successor: { id: null, note: '' },
});

describe('plan standing', () => {
  it('is in force from the issue date to the end of the period, expired after it', () => {
    expect(standing(regionalPlan, '2021-06-08')).toBe('not-yet-in-force');
    expect(standing(regionalPlan, '2021-06-09')).toBe('in-force');
    expect(standing(regionalPlan, '2025-12-31')).toBe('in-force');
    expect(standing(regionalPlan, '2026-01-01')).toBe('expired');
  });

  it('is superseded when a successor in the catalogue takes effect within the period', () => {
    const old = entry({
      date: { iso: '2021-01-01', event: 'approved', cited },
      period: { start: 2021, end: 2025, cited },
      successor: { id: 'new', note: '' },
    });
    const newer = { id: 'new', date: { iso: '2024-03-01', event: 'approved' as const, cited } };
    expect(standing(old, '2024-02-29', [newer])).toBe('in-force');
    expect(standing(old, '2024-03-01', [newer])).toBe('superseded');
  });

  it('never calls an undated text current', () => {
    expect(standing(entry({}), '2026-06-01')).toBe('undated');
  });

  it('keeps a decision without a period in force', () => {
    const decision = entry({ kind: 'decision', date: { iso: '2018-06-30', event: 'adopted', cited } });
    expect(standing(decision, '2030-01-01')).toBe('in-force');
  });
});

describe('catalogue citations', () => {
  it('finds a quote that runs over a line break and reports the line where it starts', () => {
    const draft = catalogueDrafts.find((candidate) => candidate.id === 'r14-south');
    if (!draft) throw new Error('missing draft');
    const lines = ['', '四川省人民政府', '2021 年 6 月 9 日', '依据。 规划期', '', '至 2025 年,展望'];
    const resolved = resolveCatalogue(draft, lines, [4, 6], [1, 3]);
    expect(resolved.period?.cited.line).toBe(4);
    expect(resolved.date?.cited.line).toBe(3);
  });

  it('fails when the text does not contain the quoted date', () => {
    const draft = catalogueDrafts.find((candidate) => candidate.id === 'sc15');
    if (!draft) throw new Error('missing draft');
    expect(() => resolveCatalogue(draft, ['无日期'], [1, 1])).toThrow(/citation not found for sc15/);
  });
});
