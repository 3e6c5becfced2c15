import { describe, expect, it } from 'vitest';
import { createLineLocator, rawStream } from './line-map.ts';

// Seeds 000:1089–1091: 金花寺 is split from 水库 by a page break (blank line 1090).
const SOURCE = [
  '防洪治理工程。建成江家口、固军、青峪口等防洪水库，推进高桥、兰草、高景关、金花寺',
  '',
  '水库等项目前期工作。实施岷江、渠江、涪江、嘉陵江、大渡河等主要江河防洪治理。',
];
const CLEAN =
  '防洪治理工程。建成江家口、固军、青峪口等防洪水库，推进高桥、兰草、高景关、金花寺水库等项目前期工作。实施岷江、渠江、涪江、嘉陵江、大渡河等主要江河防洪治理。';

describe('line map', () => {
  const locate = createLineLocator(CLEAN, rawStream(SOURCE, 1, 3), [1, 3]);

  it('reports the line where a mention starts, across a page break', () => {
    expect(locate(CLEAN.indexOf('金花寺水库'), '金花寺水库')).toBe(1);
  });

  it('reports the continuation line for mentions after the break', () => {
    expect(locate(CLEAN.indexOf('嘉陵江'), '嘉陵江')).toBe(3);
  });

  it('picks the k-th raw occurrence for the k-th occurrence in the block', () => {
    const text = '长江。长江';
    const lines = createLineLocator(text, rawStream(['长江。', '长江'], 1, 2), [1, 2]);
    expect(lines(0, '长江')).toBe(1);
    expect(lines(3, '长江')).toBe(2);
  });

  it('ignores spaces and bracket width (天府国际机 场, 中国(绵阳) vs 中国（绵阳）)', () => {
    const text = '推进天府国际机场和中国（绵阳）科技城';
    const lines = createLineLocator(
      text,
      rawStream(['推进天府国际机 场和', '中国(绵阳)科技城'], 1, 2),
      [1, 2],
    );
    expect(lines(text.indexOf('中国'), '中国（绵阳）科技城')).toBe(2);
  });

  it('stays inside the block range when the surface is not in the raw lines', () => {
    const lines = createLineLocator('甲乙丙', rawStream(['甲乙', '丙'], 5, 6), [5, 6]);
    expect(lines(0, '丁')).toBeGreaterThanOrEqual(5);
  });
});
