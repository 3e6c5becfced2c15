import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../corpus/types.ts';
import {
  defaultDocument,
  documentFacts,
  localIsoDate,
  readingOrder,
  standingText,
} from './standing-label.ts';

type Entry = Pick<CatalogueEntry, 'id' | 'date' | 'kind' | 'period' | 'successor' | 'issuer'>;
const dated = (iso: string) => ({ iso, event: 'approved' as const, cited: { text: '', line: 1 } });
const entries: Entry[] = [
  {
    id: 'cd14',
    date: dated('2021-02-07'),
    kind: 'five-year-plan-outline',
    period: { start: 2021, end: 2025, cited: { text: '', line: 1 } },
    successor: null,
    issuer: null,
  },
  {
    id: 'r14-south',
    date: dated('2021-06-09'),
    kind: 'regional-plan',
    period: { start: null, end: 2025, cited: { text: '', line: 1 } },
    successor: null,
    issuer: null,
  },
  { id: 'notice', date: dated('2021-06-09'), kind: 'notice', period: null, successor: null, issuer: null },
  { id: 'report', date: null, kind: 'work-report', period: null, successor: null, issuer: null },
  {
    id: 'sc15',
    date: dated('2026-02-07'),
    kind: 'five-year-plan-outline',
    period: { start: 2026, end: 2030, cited: { text: '', line: 1 } },
    successor: null,
    issuer: '省人大',
  },
];

describe('standing badge', () => {
  it('says expired, never current, for a lapsed plan', () => {
    expect(standingText('expired', 'zh')).toBe('已到期');
    expect(standingText('expired', 'en')).toBe('Expired');
    expect(standingText('in-force', 'zh')).toBe('现行');
    expect(standingText('undated', 'en')).toBe('Undated');
    expect(standingText('superseded', 'zh')).toBe('已被取代');
    expect(standingText('not-yet-in-force', 'en')).toBe('Not yet in force');
  });

  it('uses the local calendar day', () => {
    expect(localIsoDate(new Date(2025, 11, 31, 23, 30))).toBe('2025-12-31');
  });

  it('orders the picker newest first, notice before its plans, undated last', () => {
    expect(readingOrder(entries).map((entry) => entry.id)).toEqual([
      'sc15',
      'notice',
      'r14-south',
      'cd14',
      'report',
    ]);
  });

  it('opens the newest plan in force by default', () => {
    expect(defaultDocument(entries, '2026-11-22')?.id).toBe('sc15');
    expect(defaultDocument(entries, '2022-01-01')?.id).toBe('notice');
  });

  it('states issuer, date and period in a line of facts', () => {
    expect(documentFacts(entries[4] as Entry, 'zh')).toEqual([
      '省人大',
      '2026年2月7日批准',
      '规划期 2026—2030 年',
    ]);
    expect(documentFacts(entries[1] as Entry, 'en')).toEqual(['approved 9 June 2021', 'plan period to 2025']);
    expect(documentFacts(entries[3] as Entry, 'en')).toEqual(['no date in the text']);
  });
});
