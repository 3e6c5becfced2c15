import { describe, expect, it } from 'vitest';
import { parseNames, parseRecordLines, parseZones } from './authored';

describe('authored records', () => {
  it('parses one record per line with line numbers', () => {
    const records = parseRecordLines('[\n{"a":1},\n\n{"a":"x,}]"}\n]\n', 'x.json');
    expect(records.map((r) => r.line)).toEqual([2, 4]);
    expect(records[1]?.value.a).toBe('x,}]');
    // Formatter-expanded records are located by their first line.
    const expanded = parseRecordLines('[\n  {\n    "a": [1, 2]\n  },\n  {\n    "a": 3\n  }\n]\n', 'x.json');
    expect(expanded.map((r) => r.line)).toEqual([2, 5]);
  });
  it('names the file and line of a malformed record', () => {
    expect(() => parseRecordLines('[\n{"a":1},\n{"a":\n]\n', 'x.json')).toThrow(/x\.json:3: invalid JSON/);
    expect(() => parseRecordLines('[\n{"a":1}\n{"a":2}\n]\n', 'x.json')).toThrow(/x\.json:2: invalid JSON/);
    expect(() => parseRecordLines('[\n{"a":1},\n{"a":2}\n', 'x.json')).toThrow(/x\.json:\d+: unexpected end/);
    expect(() => parseRecordLines('{"a":1}', 'x.json')).toThrow(/x\.json:1/);
    expect(() => parseRecordLines('[\n[1]\n]', 'x.json')).toThrow(/x\.json:2: each record/);
  });
  it('validates names and rejects duplicates', () => {
    const ok = '[\n{"adcode":"510104","name_zh":"锦江区","name_en":"Jinjiang District"}\n]';
    expect(parseNames(ok, 'n.json').get('510104')?.name_en).toBe('Jinjiang District');
    const dup =
      '[\n{"adcode":"510104","name_zh":"锦江区","name_en":"Jinjiang District"},\n{"adcode":"510104","name_zh":"锦江区","name_en":"Jinjiang District"}\n]';
    expect(() => parseNames(dup, 'n.json')).toThrow(/n\.json:3: duplicate adcode/);
    const bad = '[\n{"adcode":"5101","name_zh":"锦江区","name_en":"Jinjiang District"}\n]';
    expect(() => parseNames(bad, 'n.json')).toThrow(/n\.json:2: "adcode"/);
  });
  it('rejects a prefecture in two zones and unknown zone ids', () => {
    const twice =
      '[\n{"id":"south","name_zh":"川南","name_en":"S","short_zh":"川南","members":["510300"]},\n{"id":"panxi","name_zh":"攀西","name_en":"P","short_zh":"攀西","members":["510300"]}\n]';
    expect(() => parseZones(twice, 'z.json')).toThrow(/z\.json:3: 510300 is already in the zone on line 2/);
    const unknown = '[\n{"id":"east","name_zh":"x","name_en":"x","short_zh":"x","members":[]}\n]';
    expect(() => parseZones(unknown, 'z.json')).toThrow(/unknown zone id/);
  });
});
