import { describe, expect, it } from 'vitest';
import { normalizeForm, normalizeText, toOriginalRange } from './normalize.ts';

describe('normalize', () => {
  it('unifies bracket width, dashes, case and drops spaces and bold markers', () => {
    expect(normalizeForm('中国（绵阳）科技城')).toBe(normalizeForm('中国(绵阳)科技城'));
    expect(normalizeForm('G4216 屏山')).toBe('G4216屏山');
    expect(normalizeForm('**天府**')).toBe('天府');
    expect(normalizeForm('昭化-巴中')).toBe(normalizeForm('昭化—巴中'));
  });

  it('maps a normalised range back to the original slice', () => {
    const original = '推进天府国际机 场建设';
    const norm = normalizeText(original);
    const at = norm.text.indexOf('天府国际机场');
    const [start, end] = toOriginalRange(norm, at, at + 6);
    expect(original.slice(start, end)).toBe('天府国际机 场');
  });
});
