import { type ParseContext, parseUrl } from '../state/url';
import { jsonErrorOffset } from './json-error-position';

/**
 * Named saved views: the pure part (validate, serialise, merge). A bookmark is a name and the query string of
 * the share link, so it survives any change that keeps the URL format, and a file of them is readable by people.
 * The same document shape is used in localStorage and in exported files.
 */

export const BOOKMARKS_FORMAT = 'sichuan-atlas-bookmarks';
export const BOOKMARKS_VERSION = 1;
/** Versioned: a later format gets a new key and can migrate this one instead of misreading it. */
export const BOOKMARKS_STORAGE_KEY = 'sichuan-atlas.bookmarks.v1';
export const MAX_BOOKMARKS = 500;
export const MAX_NAME_LENGTH = 200;
const MAX_QUERY_LENGTH = 2000;
/** Larger files are refused before parsing: a bookmark file of 500 entries is well under 1 MB. */
export const MAX_FILE_BYTES = 1_000_000;

export interface Bookmark {
  name: string;
  /** Query string with its leading "?" ("" for the default view). Never contains embed=1. */
  query: string;
  /** ISO 8601 timestamp. */
  created: string;
}

export interface BookmarksDocument {
  format: typeof BOOKMARKS_FORMAT;
  version: typeof BOOKMARKS_VERSION;
  bookmarks: Bookmark[];
}

/** What is wrong with a file, precisely enough for the message to name it (the UI words it per language). */
export type BookmarksError =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'syntax'; detail: string; line: number | null; column: number | null }
  | { kind: 'not-object' }
  | { kind: 'format'; found: string }
  | { kind: 'version'; found: string }
  | { kind: 'not-list' }
  | { kind: 'too-many'; count: number }
  | { kind: 'entry'; index: number; field: 'entry' | 'name' | 'query' | 'created'; detail: string };

export type BookmarksParse = { ok: true; bookmarks: Bookmark[] } | { ok: false; error: BookmarksError };

/** Line and column (1-based) of a character offset, for "error at line 3, column 14". */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function syntaxError(text: string, error: unknown): BookmarksError {
  const detail = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text);
  return offset === null
    ? { kind: 'syntax', detail, line: null, column: null }
    : { kind: 'syntax', detail, ...lineAndColumn(text, offset) };
}

const describe = (value: unknown): string =>
  value === undefined ? '(missing)' : (JSON.stringify(value)?.slice(0, 60) ?? String(value));

/** The query as stored: leading "?", no embed flag (a bookmark opens the full atlas). */
export function normalizeQuery(query: string): string {
  // Keep the original spelling (slashes and commas unescaped) rather than URLSearchParams' re-encoding.
  const kept = (query.startsWith('?') ? query.slice(1) : query)
    .split('&')
    .filter((pair) => pair !== '' && !pair.startsWith('embed='));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

function validateEntry(
  entry: unknown,
  index: number,
  /** null: check the shape only (the stored copy; a query that no longer applies is reported when opened). */
  context: ParseContext | null,
): Bookmark | Extract<BookmarksError, { kind: 'entry' }> {
  const bad = (field: 'entry' | 'name' | 'query' | 'created', detail: string) =>
    ({ kind: 'entry', index, field, detail }) as const;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    return bad('entry', describe(entry));
  const record = entry as Record<string, unknown>;
  const { name, query, created } = record;
  if (typeof name !== 'string' || name.trim() === '') return bad('name', describe(name));
  if (name.length > MAX_NAME_LENGTH) return bad('name', `> ${MAX_NAME_LENGTH}`);
  if (typeof query !== 'string') return bad('query', describe(query));
  if (query.length > MAX_QUERY_LENGTH) return bad('query', `> ${MAX_QUERY_LENGTH}`);
  if (query !== '' && !query.startsWith('?')) return bad('query', describe(query));
  const first = context ? parseUrl(query, context).problems[0] : undefined;
  if (first) return bad('query', `${first.param}=${first.value}: ${first.reason}`);
  if (typeof created !== 'string' || Number.isNaN(Date.parse(created)))
    return bad('created', describe(created));
  return { name: name.trim(), query: normalizeQuery(query), created };
}

/** Reads a bookmarks document (a file or the stored copy). All or nothing: one bad entry refuses the whole file. */
export function parseBookmarks(
  text: string,
  context: ParseContext,
  options: { checkQueries?: boolean } = {},
): BookmarksParse {
  const checkQueries = options.checkQueries ?? true;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, error: { kind: 'too-large', bytes } };
  let data: unknown;
  try {
    // Windows editors often save with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: syntaxError(text, error) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: { kind: 'not-object' } };
  const document = data as Record<string, unknown>;
  if (document.format !== BOOKMARKS_FORMAT)
    return { ok: false, error: { kind: 'format', found: describe(document.format) } };
  if (document.version !== BOOKMARKS_VERSION)
    return { ok: false, error: { kind: 'version', found: describe(document.version) } };
  if (!Array.isArray(document.bookmarks)) return { ok: false, error: { kind: 'not-list' } };
  if (document.bookmarks.length > MAX_BOOKMARKS)
    return { ok: false, error: { kind: 'too-many', count: document.bookmarks.length } };
  const bookmarks: Bookmark[] = [];
  for (const [index, entry] of document.bookmarks.entries()) {
    const result = validateEntry(entry, index, checkQueries ? context : null);
    if ('kind' in result) return { ok: false, error: result };
    bookmarks.push(result);
  }
  return { ok: true, bookmarks };
}

export function serializeBookmarks(bookmarks: readonly Bookmark[]): string {
  const document: BookmarksDocument = {
    format: BOOKMARKS_FORMAT,
    version: BOOKMARKS_VERSION,
    bookmarks: bookmarks.map(({ name, query, created }) => ({ name, query, created })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const sameBookmark = (a: Bookmark, b: Bookmark) => a.name === b.name && a.query === b.query;

/** Adds the incoming bookmarks after the existing ones, skipping exact duplicates (same name and same view). */
export function mergeBookmarks(
  existing: readonly Bookmark[],
  incoming: readonly Bookmark[],
): { bookmarks: Bookmark[]; added: number; skipped: number } {
  const bookmarks = [...existing];
  let added = 0;
  for (const bookmark of incoming) {
    if (bookmarks.some((other) => sameBookmark(other, bookmark))) continue;
    bookmarks.push(bookmark);
    added += 1;
  }
  return { bookmarks, added, skipped: incoming.length - added };
}

/** "sichuan-atlas-bookmarks-2026-11-22.json", in local time: the day the user exported it. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `sichuan-atlas-bookmarks-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Default name for a new bookmark: local date and time, then what the view is about. */
export function defaultBookmarkName(now: Date, subject: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return `${stamp} · ${subject}`.slice(0, MAX_NAME_LENGTH);
}
