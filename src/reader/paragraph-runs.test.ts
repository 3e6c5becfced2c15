import { describe, expect, it } from 'vitest';
import { paragraphRuns } from './paragraph-runs.ts';

const gapAt = (offset: number) => ({ offset, note: 'lost', lines: [1, 1] as [number, number] });

describe('paragraph runs', () => {
  it('sets the run-in lead apart from the rest', () => {
    expect(paragraphRuns('打造轨道上的都市圈。加快建设。', '打造轨道上的都市圈。', [])).toEqual([
      { kind: 'lead', text: '打造轨道上的都市圈。' },
      { kind: 'text', text: '加快建设。' },
    ]);
  });

  it('ignores a lead the text does not start with', () => {
    expect(paragraphRuns('正文。', '别的。', [])).toEqual([{ kind: 'text', text: '正文。' }]);
  });

  it('puts a gap inside the lead or the text where it falls', () => {
    const runs = paragraphRuns('甲乙。丙丁', '甲乙。', [gapAt(1), gapAt(5)]);
    expect(runs.map((run) => (run.kind === 'gap' ? '|' : `${run.kind}:${run.text}`))).toEqual([
      'lead:甲',
      '|',
      'lead:乙。',
      'text:丙丁',
      '|',
    ]);
  });
});
