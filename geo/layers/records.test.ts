import { describe, expect, it } from 'vitest';
import { parseJsonl } from './records';

describe('parseJsonl', () => {
  it('keeps 1-based line numbers and skips blanks and // comments', () => {
    const out = parseJsonl('// header\n\n{"id":"a"}\n{"id":"b"}\n', 'x.jsonl');
    expect(out.map((item) => [item.line, item.record.id])).toEqual([
      [3, 'a'],
      [4, 'b'],
    ]);
  });
  it('names file:line for invalid JSON and non-objects', () => {
    expect(() => parseJsonl('{"id":"a"}\n{oops}', 'x.jsonl')).toThrow(/^x.jsonl:2 invalid JSON/);
    expect(() => parseJsonl('[1,2]', 'x.jsonl')).toThrow(/^x.jsonl:1 each line must be a JSON object/);
  });
});
