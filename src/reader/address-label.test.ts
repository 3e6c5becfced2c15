import { describe, expect, it } from 'vitest';
import { addressLabel } from './address-label.ts';

describe('address label', () => {
  it('reads a passage id as parts, chapters, sections, boxes and paragraphs', () => {
    expect(addressLabel('sc15/p8/c27/s3/b18/p1', 'zh')).toBe('第8篇 › 第27章 › 第3节 › 专栏18 › 第1段');
    expect(addressLabel('sc15/p8/c27/s3/b18/p1', 'en')).toBe('Part 8 › Chapter 27 › Section 3 › Box 18 › ¶1');
  });

  it('names the words-not-numbers parts, items, figures and tables', () => {
    expect(addressLabel('cd14/annex2/t1', 'zh')).toBe('附件2 › 表格1');
    expect(addressLabel('cd14/preface/p3', 'en')).toBe('Preface › ¶3');
    expect(addressLabel('sc-decision-2018/i3/p2', 'zh')).toBe('第3条 › 第2段');
    expect(addressLabel('r14-chengdu-plain/c8/s1/f1', 'en')).toBe('Chapter 8 › Section 1 › Figure 1');
  });

  it('says nothing for a bare document id and passes unknown segments through', () => {
    expect(addressLabel('sc15', 'zh')).toBe('');
    expect(addressLabel('sc15/x-y', 'en')).toBe('x-y');
  });
});
