import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../layers';
import { ALL_STATUSES } from '../layers/style-helpers';
import {
  BOOKMARKS_FORMAT,
  type Bookmark,
  defaultBookmarkName,
  exportFileName,
  lineAndColumn,
  MAX_BOOKMARKS,
  mergeBookmarks,
  normalizeQuery,
  parseBookmarks,
  serializeBookmarks,
} from './bookmarks';

const context = { layerIds: LAYER_IDS, statuses: ALL_STATUSES };
const layer = LAYER_IDS[2] ?? 'zones';
const good: Bookmark[] = [
  {
    name: 'Panxi zone',
    query: `?layers=${layer}&sel=zone-panxi&lang=en`,
    created: '2026-11-20T08:00:00.000Z',
  },
  { name: '成都都市圈', query: '', created: '2026-11-21T09:30:00.000Z' },
];
const file = (bookmarks: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: BOOKMARKS_FORMAT, version: 1, bookmarks, ...extra });

describe('parseBookmarks', () => {
  it('reads back what serializeBookmarks writes', () => {
    const parsed = parseBookmarks(serializeBookmarks(good), context);
    expect(parsed).toEqual({ ok: true, bookmarks: good });
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "sichuan-atlas-bookmarks",\n  "version": 1,\n  "bookmarks": [,]\n}';
    const parsed = parseBookmarks(text, context);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.kind).toBe('syntax');
    if (parsed.error.kind !== 'syntax') return;
    expect(parsed.error.line).toBe(4);
    expect(parsed.error.column).toBe((text.split('\n')[3]?.indexOf(',') ?? 0) + 1);
  });

  it('refuses another format and another version, naming what it found', () => {
    const other = parseBookmarks(JSON.stringify({ format: 'umap', version: 1, bookmarks: [] }), context);
    expect(other).toEqual({ ok: false, error: { kind: 'format', found: '"umap"' } });
    const later = parseBookmarks(file([], { version: 2 }), context);
    expect(later).toEqual({ ok: false, error: { kind: 'version', found: '2' } });
    expect(parseBookmarks('[]', context)).toEqual({ ok: false, error: { kind: 'not-object' } });
    expect(parseBookmarks(file('x'), context)).toEqual({ ok: false, error: { kind: 'not-list' } });
  });

  it('refuses the whole file for one bad entry, naming its position and field', () => {
    const unknownLayer = parseBookmarks(
      file([...good, { name: 'x', query: '?layers=no-such-layer', created: good[0]?.created }]),
      context,
    );
    expect(unknownLayer.ok).toBe(false);
    if (unknownLayer.ok) return;
    expect(unknownLayer.error).toMatchObject({ kind: 'entry', index: 2, field: 'query' });
    expect(JSON.stringify(unknownLayer.error)).toContain('no-such-layer');

    const noName = parseBookmarks(file([{ name: '  ', query: '', created: good[0]?.created }]), context);
    expect(noName).toMatchObject({ ok: false, error: { kind: 'entry', index: 0, field: 'name' } });
    const badDate = parseBookmarks(file([{ name: 'a', query: '', created: 'yesterday' }]), context);
    expect(badDate).toMatchObject({ ok: false, error: { kind: 'entry', index: 0, field: 'created' } });
    const notObject = parseBookmarks(file([42]), context);
    expect(notObject).toMatchObject({ ok: false, error: { kind: 'entry', index: 0, field: 'entry' } });
    const bareQuery = parseBookmarks(
      file([{ name: 'a', query: 'map=1', created: good[0]?.created }]),
      context,
    );
    expect(bareQuery).toMatchObject({ ok: false, error: { kind: 'entry', field: 'query' } });
  });

  it('refuses more entries than the limit', () => {
    const many = Array.from({ length: MAX_BOOKMARKS + 1 }, (_, i) => ({ ...good[1], name: `b${i}` }));
    expect(parseBookmarks(file(many), context)).toMatchObject({ ok: false, error: { kind: 'too-many' } });
  });

  it('drops embed=1 from a stored query (a bookmark opens the full atlas)', () => {
    expect(normalizeQuery('?sel=zone-panxi&embed=1')).toBe('?sel=zone-panxi');
    expect(normalizeQuery('?embed=1')).toBe('');
    const parsed = parseBookmarks(file([{ ...good[0], query: '?p=sc15/p8&embed=1' }]), context);
    expect(parsed).toMatchObject({ ok: true, bookmarks: [{ query: '?p=sc15/p8' }] });
  });
});

describe('mergeBookmarks', () => {
  it('adds new entries after the existing ones and skips exact duplicates', () => {
    const fresh: Bookmark = { name: 'New', query: '?lang=en', created: '2026-11-22T00:00:00.000Z' };
    const sameQueryOtherName = { ...(good[0] as Bookmark), name: 'Renamed copy' };
    const result = mergeBookmarks(good, [good[0] as Bookmark, fresh, sameQueryOtherName]);
    expect(result.added).toBe(2);
    expect(result.skipped).toBe(1);
    expect(result.bookmarks).toEqual([...good, fresh, sameQueryOtherName]);
  });
});

describe('names', () => {
  it('export file name carries the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('sichuan-atlas-bookmarks-2026-01-05.json');
  });
  it('default bookmark name is date, time and subject', () => {
    expect(defaultBookmarkName(new Date(2026, 10, 22, 8, 5), '成渝高铁')).toBe('2026-11-22 08:05 · 成渝高铁');
  });
  it('line and column count from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
