import { describe, expect, it } from 'vitest';
import { parseWorkReport, removeSplices } from './parse-work-report.ts';
import { seedLines } from './test-support.ts';

const lines = seedLines('workReport');

describe('work report fragment (004)', () => {
  it('removes a verbatim copy of an earlier line from a later one (line 21 holds the tail of line 9)', () => {
    const { kept, removed } = removeSplices(lines, 7);
    const line21 = kept.get(21) ?? '';
    expect(line21.endsWith('支持成都打造全方位')).toBe(true);
    expect(removed[0]?.duplicate_of).toBe(9);
    expect((lines[8] ?? '').includes(removed[0]?.text ?? '-')).toBe(true);
  });

  it('leaves a line without copies alone', () => {
    const { kept } = removeSplices(lines, 7);
    expect(kept.get(7)).toBe(lines[6]);
  });

  it('strips page-jump markers and reads sections (五)–(九) with their titles', () => {
    const report = parseWorkReport('w', 'seeds/004', lines);
    expect(report.blocks.some((block) => /上接|下转/.test(block.text))).toBe(false);
    expect(report.blocks.find((block) => block.id === 'w/s5')?.title).toBe(
      '扩大高水平对外开放,提升开放型经济发展质效',
    );
    expect(report.blocks.find((block) => block.id === 'w/s9/p3')?.text.endsWith('和生活品质。')).toBe(true);
  });

  it('records the lost transport fragment in (七) as a gap', () => {
    const report = parseWorkReport('w', 'seeds/004', lines);
    expect(report.gaps.some((gap) => gap.note.includes('做好生态治') && gap.block === 'w/s7/p1')).toBe(true);
  });
});
