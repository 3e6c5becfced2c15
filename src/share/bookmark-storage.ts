import { LAYER_IDS } from '../layers';
import { ALL_STATUSES } from '../layers/style-helpers';
import {
  BOOKMARKS_STORAGE_KEY,
  type Bookmark,
  type BookmarksError,
  parseBookmarks,
  serializeBookmarks,
} from './bookmarks';

/** The real layer ids and statuses: a bookmark naming a layer the atlas no longer has is a bad entry. */
export const BOOKMARK_CONTEXT = { layerIds: LAYER_IDS, statuses: ALL_STATUSES };

export type StoredBookmarks =
  | { status: 'ok'; bookmarks: Bookmark[] }
  /** Something is stored but cannot be read: keep it untouched until the user decides. */
  | { status: 'damaged'; raw: string; error: BookmarksError }
  /** No localStorage (blocked by the browser, a sandbox without same-origin, or private mode). */
  | { status: 'unavailable'; detail: string };

function storage(): Storage {
  // Reading window.localStorage itself throws where storage is blocked.
  return window.localStorage;
}

export function loadBookmarks(): StoredBookmarks {
  let raw: string | null;
  try {
    raw = storage().getItem(BOOKMARKS_STORAGE_KEY);
  } catch (error) {
    return { status: 'unavailable', detail: String(error) };
  }
  if (raw === null) return { status: 'ok', bookmarks: [] };
  // Shape only: a stored bookmark whose layer was since renamed is still listed, and says so when opened.
  const parsed = parseBookmarks(raw, BOOKMARK_CONTEXT, { checkQueries: false });
  return parsed.ok
    ? { status: 'ok', bookmarks: parsed.bookmarks }
    : { status: 'damaged', raw, error: parsed.error };
}

/** Writes the list; returns the browser's reason when it refuses (quota, blocked storage). */
export function saveBookmarks(bookmarks: readonly Bookmark[]): string | null {
  try {
    storage().setItem(BOOKMARKS_STORAGE_KEY, serializeBookmarks(bookmarks));
    return null;
  } catch (error) {
    return String(error);
  }
}
