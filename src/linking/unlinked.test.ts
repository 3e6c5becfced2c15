import { describe, expect, it } from 'vitest';
import rules from '../../data/gazetteer/unlinked.json';
import type { Link } from './types.ts';
import { buildCoverage, findUnlinkedInBlock, type UnlinkedRules } from './unlinked.ts';

const RULES = rules as UnlinkedRules;
const names = (text: string, covered: [number, number][] = []) =>
  findUnlinkedInBlock({ doc: 'd', block: 'b', text, line: 1 }, covered, RULES).map((f) => f.name);

describe('unlinked names', () => {
  it('finds suffix names and strips leading verbs', () => {
    expect(names('加快建设南充至广安铁路。')).toEqual(['南充至广安铁路']);
  });

  it('skips names a link covers', () => {
    const text = '加快建设南充至广安铁路。';
    expect(names(text, [[4, 11]])).toEqual([]);
  });

  it('counts each item of a distributive list closed by a generic name', () => {
    expect(names('加快建设三坝、米市、观口等大中型水库。')).toEqual(['观口水库', '米市水库', '三坝水库']);
  });

  it('ignores generic names (通用机场, 支线机场)', () => {
    expect(names('加快推进一批通用机场前期工作，完善支线机场布局。')).toEqual([]);
  });

  it('builds a coverage report with counts', () => {
    const link: Link = {
      feature: 'f',
      layer: 'railways',
      doc: 'd',
      block: 'b',
      start: 0,
      end: 2,
      surface: 'xx',
      line: 1,
      status_class: 'mention',
      confidence: 1,
    };
    const report = buildCoverage(
      [{ doc: 'd', block: 'b', text: '建设甲乙铁路和甲乙铁路。', line: 1 }],
      [link],
      RULES,
    );
    expect(report.features_linked).toBe(1);
    expect(report.unlinked[0]).toMatchObject({ name: '甲乙铁路', count: 2 });
    expect(report.names_total).toBe(2);
  });
});
