import { describe, expect, it } from 'vitest';
import { parseDecision } from './parse-decision.ts';
import { seedLines } from './test-support.ts';

const blocks = parseDecision('d', 'seeds/001', seedLines('decision2018')).blocks;

describe('decision (001)', () => {
  it('reads the 26 numbered items, including the one behind a Word bookmark (line 107)', () => {
    const items = blocks.filter((block) => block.kind === 'item');
    expect(items).toHaveLength(26);
    expect(items[11]?.lines[0]).toBe(107);
    expect(items[11]?.text.startsWith('12.推动品质革命和品牌创建')).toBe(true);
  });

  it('joins hard-wrapped lines into one paragraph (103–105 天府国际机|场)', () => {
    const paragraph = blocks.find(
      (block) => block.lines[0] <= 104 && block.lines[1] >= 105 && block.kind === 'paragraph',
    );
    expect(paragraph?.text).toContain('天府国际机场');
    expect(paragraph?.text).toContain('天府无线通信谷');
  });

  it('joins a long line cut with a trailing space (65→66 环成都 |经济圈)', () => {
    const paragraph = blocks.find((block) => block.lines[0] === 65);
    expect(paragraph?.lines).toEqual([65, 66]);
    expect(paragraph?.text).toContain('环成都经济圈');
  });
});
