import { describe, expect, it } from 'vitest';
import { STRINGS, translate } from './strings';

describe('strings', () => {
  it('has every key in both languages, non-empty', () => {
    const zhKeys = Object.keys(STRINGS.zh).sort();
    expect(Object.keys(STRINGS.en).sort()).toEqual(zhKeys);
    for (const language of ['zh', 'en'] as const) {
      for (const key of zhKeys) expect(STRINGS[language][key as keyof typeof STRINGS.zh].trim()).not.toBe('');
    }
  });
  it('keeps the same placeholders in zh and en', () => {
    for (const key of Object.keys(STRINGS.zh) as (keyof typeof STRINGS.zh)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(STRINGS.en[key]), key).toEqual(names(STRINGS.zh[key]));
    }
  });
  it('fills placeholders', () => {
    expect(translate('en', 'loadingProgress', { done: 2, total: 5 })).toBe('2/5 loaded');
    expect(translate('zh', 'featureCount', { n: 3 })).toBe('3 个要素');
  });
});
