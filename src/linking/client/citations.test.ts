import { describe, expect, it } from 'vitest';
import { type Citation, citationsToCsv, citationsToText, csvField } from './citations';

const citations: Citation[] = [
  {
    doc: 'r14-panxi',
    docTitle: '攀西经济区规划',
    date: '2021-06-09',
    block: 'r14-panxi/p1',
    line: 12,
    features: ['攀西经济区'],
    sentence: '推动攀西经济区转型升级，建设"钒钛之都"。',
  },
  {
    doc: 'sc15',
    docTitle: '十五五规划纲要',
    date: '2026-02-07',
    block: 'sc15/p2',
    line: 40,
    features: ['成昆铁路', '攀西经济区'],
    sentence: '=SUM(A1)',
  },
];

describe('citations', () => {
  it('writes plain text grouped by document', () => {
    const text = citationsToText(citations, '攀西经济区');
    expect(text).toContain('《攀西经济区规划》（2021-06-09）');
    expect(text).toContain('[sc15/p2, seeds line 40; 成昆铁路、攀西经济区]');
    expect(text.indexOf('攀西经济区规划')).toBeLessThan(text.indexOf('十五五'));
  });

  it('writes CSV with quoting and no formulas', () => {
    const csv = citationsToCsv(citations);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('document,title,date,block,seeds_line,features,sentence');
    expect(lines[1]).toContain('"推动攀西经济区转型升级，建设""钒钛之都""。"');
    expect(lines[2]).toContain("'=SUM(A1)");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(null)).toBe('');
  });
});
