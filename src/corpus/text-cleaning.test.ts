import { describe, expect, it } from 'vitest';
import { seedLines } from './test-support.ts';
import {
  deleteExtractionSpaces,
  deleteSpacesBetweenWide,
  displayWidth,
  endsSentence,
  runInLead,
} from './text-cleaning.ts';

describe('text cleaning', () => {
  it('tells a page-break cut from a sentence end (000 lines 1089 and 1091: 金花寺⏎水库)', () => {
    const lines = seedLines('sichuan15');
    expect(endsSentence(lines[1088] ?? '')).toBe(false);
    expect(endsSentence(lines[1090] ?? '')).toBe(true);
    expect(endsSentence('会议通过) ')).toBe(true);
  });

  it('deletes PDF extraction spaces in 003 but keeps those between ASCII words', () => {
    expect(deleteExtractionSpaces('四川天府 新区成功获批')).toBe('四川天府新区成功获批');
    expect(deleteExtractionSpaces('1． 91 万亿元')).toBe('1．91万亿元');
    expect(deleteExtractionSpaces('第一章　 发展背景')).toBe('第一章发展背景');
    expect(deleteExtractionSpaces('2 × 475MW')).toBe('2×475MW');
    expect(deleteExtractionSpaces('Z 箍缩')).toBe('Z箍缩');
    expect(deleteExtractionSpaces('G4216 B 型')).toBe('G4216 B型');
  });

  it('deletes 001 line-break spaces only between two wide characters (line 60: 天府国际机 场)', () => {
    const line60 = seedLines('decision2018')[59] ?? '';
    expect(line60).toContain('天府国际机 场');
    expect(deleteSpacesBetweenWide(line60)).toContain('天府国际机场');
    expect(deleteSpacesBetweenWide('成南达 350公里')).toBe('成南达 350公里');
  });

  it('finds run-in leads and ignores first sentences with commas', () => {
    expect(runInLead('打造轨道上的都市圈。构建都市圈轨道交通体系')).toBe('打造轨道上的都市圈。');
    expect(runInLead('迎来多重叠加的战略机遇：“一带一路”')).toBe('迎来多重叠加的战略机遇：');
    expect(runInLead('变局蕴含机遇，挑战激发斗志。全省上下')).toBeUndefined();
    expect(runInLead('第一章规划背景。')).toBeUndefined();
  });

  it('measures printed widths so the two-em indent of 003 first lines shows', () => {
    const lines = seedLines('regional14');
    const firstLine = displayWidth(lines[617] ?? '');
    const fullLine = displayWidth(lines[619] ?? '');
    expect(fullLine - firstLine).toBeGreaterThanOrEqual(1.5);
  });
});
