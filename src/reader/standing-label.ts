/**
 * The badge that says whether a plan stands today. Dates are compared as the reader's local calendar day, so a
 * plan whose period ends on 31 December is not shown as expired on the evening of that day.
 */
import { type Standing, standing } from '../corpus/catalogue.ts';
import type { CatalogueEntry } from '../corpus/types.ts';
import type { Language } from '../i18n/language.ts';
import { type StringKey, translate } from '../i18n/strings.ts';
import { formatPlanDate } from './citation.ts';

export const STANDING_KEYS: Record<Standing, StringKey> = {
  'in-force': 'readerStandingInForce',
  expired: 'readerStandingExpired',
  superseded: 'readerStandingSuperseded',
  'not-yet-in-force': 'readerStandingNotYet',
  undated: 'readerStandingUndated',
};

export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function standingOn(
  entry: Pick<CatalogueEntry, 'date' | 'period' | 'successor'>,
  isoDate: string,
  catalogue: Pick<CatalogueEntry, 'id' | 'date'>[],
): Standing {
  return standing(entry, isoDate, catalogue);
}

export function standingText(value: Standing, language: Language): string {
  return translate(language, STANDING_KEYS[value]);
}

/** One line under the title: date, period and why the badge says what it says. */
export function documentFacts(
  entry: Pick<CatalogueEntry, 'date' | 'period' | 'issuer'>,
  language: Language,
): string[] {
  const facts: string[] = [];
  if (entry.issuer) facts.push(entry.issuer);
  if (entry.date) facts.push(formatPlanDate(entry.date, language));
  else facts.push(translate(language, 'readerNoDate'));
  if (entry.period) {
    const years =
      entry.period.start === null
        ? translate(language, 'readerPeriodUntil', { end: entry.period.end })
        : translate(language, 'readerPeriod', { start: entry.period.start, end: entry.period.end });
    facts.push(years);
  }
  return facts;
}

/**
 * Picker order: newest first, undated last; documents of the same day keep catalogue order (the cover notice
 * before the five plans it issues).
 */
export function readingOrder<T extends Pick<CatalogueEntry, 'id' | 'date' | 'kind'>>(entries: T[]): T[] {
  const rank = (entry: T) => (entry.kind === 'notice' ? 0 : 1);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((left, right) => {
      const leftDate = left.entry.date?.iso ?? '';
      const rightDate = right.entry.date?.iso ?? '';
      if (leftDate !== rightDate) return leftDate < rightDate ? 1 : -1;
      return rank(left.entry) - rank(right.entry) || left.index - right.index;
    })
    .map(({ entry }) => entry);
}

/** The document the reader opens when no passage is asked for: the newest plan in force, else the newest. */
export function defaultDocument<
  T extends Pick<CatalogueEntry, 'id' | 'date' | 'kind' | 'period' | 'successor'>,
>(entries: T[], isoDate: string): T | undefined {
  const ordered = readingOrder(entries);
  return ordered.find((entry) => standing(entry, isoDate, entries) === 'in-force') ?? ordered[0];
}
