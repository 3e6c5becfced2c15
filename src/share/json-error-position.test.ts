import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-position';

describe('jsonErrorOffset', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBeNull();
    }
  });

  it('points at the first character JSON.parse refuses', () => {
    const cases: [string, number][] = [
      ['{\n  "a": [,]\n}', 10],
      ['{"a": 1 x}', 8],
      ['{"a":', 5],
      ["{'a': 1}", 1],
      ['[1, 2,]', 6],
      ['{"a": tru}', 9],
      ['', 0],
      ['{} {}', 3],
      ['{"a": "\\x"}', 8],
    ];
    for (const [text, offset] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(jsonErrorOffset(text), text).toBe(offset);
    }
  });
});
