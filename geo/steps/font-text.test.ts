import { describe, expect, it } from 'vitest';
import { characterSets, extraStrings, labelStrings } from './font-text';

describe('font text', () => {
  it('collects label strings and extra lines, without comments', () => {
    const strings = labelStrings({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name_zh: '成都', name_en: 'Chengdu', code: 'G5', other: '忽略' },
          geometry: null as never,
        },
      ],
    });
    expect(strings).toEqual(['成都', 'Chengdu', 'G5']);
    expect(extraStrings('# comment\n示意\n\n')).toEqual(['示意']);
  });
  it('splits unique characters into Latin and CJK sets', () => {
    const sets = characterSets(['成都', 'Chengdu', '成']);
    expect(sets.cjk).toBe('成都');
    expect(sets.latin).toBe(' Cdeghnu');
  });
});
