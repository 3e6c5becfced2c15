import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { featureName } from '../data/feature-index';
import { saveText } from '../data/save-file';
import { translate } from '../i18n/strings';
import { useText } from '../i18n/use-text';
import {
  addNotice,
  applyUrlState,
  atlasStore,
  closeDialog,
  DEFAULT_URL_STATE,
  urlStateOf,
} from '../state/store';
import { formatUrl, parseUrl } from '../state/url';
import { describeBookmarksError } from './bookmark-messages';
import { BOOKMARK_CONTEXT, loadBookmarks, saveBookmarks } from './bookmark-storage';
import {
  type Bookmark,
  defaultBookmarkName,
  exportFileName,
  MAX_BOOKMARKS,
  MAX_FILE_BYTES,
  MAX_NAME_LENGTH,
  mergeBookmarks,
  parseBookmarks,
  serializeBookmarks,
} from './bookmarks';

type Message = { tone: 'ok' | 'error'; text: string; undo?: { bookmark: Bookmark; index: number } };

/** What the current view is about, for a default bookmark name. */
function currentSubject(): string {
  const state = atlasStore.getState();
  const language = state.language;
  if (state.selection) {
    return featureName(state.selection, language) ?? state.selection;
  }
  return state.passage ?? state.story ?? translate(language, 'appTitle');
}

/** Named saved views, kept in localStorage, exported and imported as JSON. */
export function BookmarksSection() {
  const { t, language } = useText();
  const [initial] = useState(loadBookmarks);
  const [bookmarks, setBookmarks] = useState<Bookmark[]>(initial.status === 'ok' ? initial.bookmarks : []);
  const [storage, setStorage] = useState(initial);
  const [name, setName] = useState(() => defaultBookmarkName(new Date(), currentSubject()));
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<{ index: number; draft: string } | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const headingId = useId();
  const nameId = useId();
  const fileId = useId();

  // Another tab saved bookmarks: show them rather than overwrite them with a stale list on the next save.
  useEffect(() => {
    const onStorage = () => {
      const next = loadBookmarks();
      setStorage(next);
      if (next.status === 'ok') setBookmarks(next.bookmarks);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (!focusTarget) return;
    section.current?.querySelector<HTMLElement>(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const damaged = storage.status === 'damaged';
  const say = (tone: Message['tone'], text: string, undo?: Message['undo']) =>
    setMessage({ tone, text, ...(undo ? { undo } : {}) });

  /** Stores the new list; when the browser refuses, nothing changes and the reason is shown. */
  const commit = (next: Bookmark[]): boolean => {
    if (storage.status === 'ok') {
      const failure = saveBookmarks(next);
      if (failure) {
        say('error', t('bookmarksSaveFailed', { detail: failure }));
        return false;
      }
    }
    setBookmarks(next);
    return true;
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return say('error', t('bookmarkNameEmpty'));
    if (bookmarks.length >= MAX_BOOKMARKS) return say('error', t('bookmarksFull', { max: MAX_BOOKMARKS }));
    const query = formatUrl({ ...urlStateOf(atlasStore.getState()), embed: false }, DEFAULT_URL_STATE);
    const bookmark = { name: trimmed, query, created: new Date().toISOString() };
    if (commit([...bookmarks, bookmark])) {
      say('ok', t('bookmarkSaved', { name: trimmed }));
      setName(defaultBookmarkName(new Date(), currentSubject()));
    }
  };

  const open = (bookmark: Bookmark) => {
    const { state, problems } = parseUrl(bookmark.query, BOOKMARK_CONTEXT);
    // Keep the page's own embed flag: a bookmark never switches the chrome.
    applyUrlState({ ...state, embed: atlasStore.getState().embed }, 'jump');
    const current = atlasStore.getState().language;
    for (const problem of problems)
      addNotice(
        translate(current, 'invalidParam', {
          name: problem.param,
          value: `${problem.value}: ${problem.reason}`,
        }),
      );
    closeDialog();
  };

  const remove = (index: number) => {
    const bookmark = bookmarks[index];
    if (!bookmark) return;
    if (!commit(bookmarks.filter((_, i) => i !== index))) return;
    say('ok', t('bookmarkDeleted', { name: bookmark.name }), { bookmark, index });
    // Focus goes to the next bookmark (or the one before), never to <body>.
    const next = Math.min(index, bookmarks.length - 2);
    setFocusTarget(next >= 0 ? `[data-bookmark-index="${next}"] .bookmark-open` : `#${CSS.escape(nameId)}`);
  };

  const undo = (restore: NonNullable<Message['undo']>) => {
    const next = [...bookmarks];
    next.splice(Math.min(restore.index, next.length), 0, restore.bookmark);
    if (commit(next)) {
      say('ok', t('bookmarkRestored', { name: restore.bookmark.name }));
      setFocusTarget(`[data-bookmark-index="${restore.index}"] .bookmark-open`);
    }
  };

  const rename = (index: number, draft: string) => {
    const trimmed = draft.trim();
    if (trimmed === '') return say('error', t('bookmarkNameEmpty'));
    const next = bookmarks.map((bookmark, i) => (i === index ? { ...bookmark, name: trimmed } : bookmark));
    if (commit(next)) {
      setEditing(null);
      say('ok', t('bookmarkRenamed', { name: trimmed }));
      setFocusTarget(`[data-bookmark-index="${index}"] .bookmark-open`);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (reason: string) => say('error', t('bookmarksImportRefused', { file: file.name, reason }));
    if (file.size > MAX_FILE_BYTES)
      return refuse(describeBookmarksError(language, { kind: 'too-large', bytes: file.size }));
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return refuse(t('bookmarksErrorRead', { detail: String(error) }));
    }
    const parsed = parseBookmarks(text, BOOKMARK_CONTEXT);
    if (!parsed.ok) return refuse(describeBookmarksError(language, parsed.error));
    const merged = mergeBookmarks(bookmarks, parsed.bookmarks);
    if (merged.bookmarks.length > MAX_BOOKMARKS) return refuse(t('bookmarksFull', { max: MAX_BOOKMARKS }));
    if (commit(merged.bookmarks))
      say('ok', t('bookmarksImported', { file: file.name, added: merged.added, skipped: merged.skipped }));
  };

  const resetDamaged = () => {
    const failure = saveBookmarks([]);
    if (failure) return say('error', t('bookmarksSaveFailed', { detail: failure }));
    setStorage({ status: 'ok', bookmarks: [] });
    setBookmarks([]);
    setMessage(null);
  };

  const dateFormat = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return (
    <section className="share-section bookmarks" aria-labelledby={headingId} ref={section}>
      <h3 id={headingId}>{t('bookmarksHeading')}</h3>
      {storage.status === 'damaged' && (
        <div className="share-alert" role="alert" data-testid="bookmarks-damaged">
          <p>{t('bookmarksDamaged', { reason: describeBookmarksError(language, storage.error) })}</p>
          <div className="share-row">
            <button
              type="button"
              className="share-button"
              onClick={() => saveText(`damaged-${exportFileName(new Date())}`, storage.raw, 'text/plain')}
            >
              {t('bookmarksDamagedDownload')}
            </button>
            <button type="button" className="share-button" onClick={resetDamaged}>
              {t('bookmarksDamagedReset')}
            </button>
          </div>
        </div>
      )}
      {storage.status === 'unavailable' && <p className="share-meta">{t('bookmarksUnavailable')}</p>}
      <form className="share-row" onSubmit={save}>
        <label htmlFor={nameId} className="visually-hidden">
          {t('bookmarkName')}
        </label>
        <input
          id={nameId}
          className="share-field"
          data-testid="bookmark-name"
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          disabled={damaged}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="share-button primary" disabled={damaged} data-testid="bookmark-save">
          {t('bookmarkSave')}
        </button>
      </form>
      {bookmarks.length === 0 ? (
        !damaged && <p className="share-meta">{t('bookmarksEmpty')}</p>
      ) : (
        <ul className="bookmark-list" data-testid="bookmark-list">
          {bookmarks.map((bookmark, index) => (
            <li
              // Saving and merging never keep two entries with the same name and view made at the same time.
              key={`${bookmark.created} ${bookmark.name} ${bookmark.query}`}
              className="bookmark"
              data-bookmark-index={index}
            >
              {editing?.index === index ? (
                <form
                  className="share-row"
                  onSubmit={(event) => {
                    event.preventDefault();
                    rename(index, editing.draft);
                  }}
                >
                  <input
                    className="share-field"
                    type="text"
                    aria-label={t('bookmarkRenameLabel', { name: bookmark.name })}
                    value={editing.draft}
                    maxLength={MAX_NAME_LENGTH}
                    // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this bookmark
                    autoFocus
                    onChange={(event) => setEditing({ index, draft: event.target.value })}
                    onKeyDown={(event) => {
                      // Esc cancels the rename, not the whole dialog.
                      if (event.key !== 'Escape') return;
                      event.preventDefault();
                      event.stopPropagation();
                      setEditing(null);
                      setFocusTarget(`[data-bookmark-index="${index}"] .bookmark-rename`);
                    }}
                  />
                  <button type="submit" className="share-button">
                    {t('bookmarkRenameSave')}
                  </button>
                  <button
                    type="button"
                    className="share-button"
                    onClick={() => {
                      setEditing(null);
                      setFocusTarget(`[data-bookmark-index="${index}"] .bookmark-rename`);
                    }}
                  >
                    {t('bookmarkRenameCancel')}
                  </button>
                </form>
              ) : (
                <>
                  <button
                    type="button"
                    className="bookmark-open link-button"
                    aria-label={t('bookmarkOpenLabel', { name: bookmark.name })}
                    onClick={() => open(bookmark)}
                  >
                    <span className="bookmark-name">{bookmark.name}</span>
                    <span className="bookmark-date">
                      {t('bookmarkCreated', { date: dateFormat.format(new Date(bookmark.created)) })}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="share-button bookmark-rename"
                    aria-label={t('bookmarkRenameLabel', { name: bookmark.name })}
                    onClick={() => setEditing({ index, draft: bookmark.name })}
                  >
                    {t('bookmarkRename')}
                  </button>
                  <button
                    type="button"
                    className="share-button bookmark-delete"
                    aria-label={t('bookmarkDeleteLabel', { name: bookmark.name })}
                    onClick={() => remove(index)}
                  >
                    {t('bookmarkDelete')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="share-row bookmark-files">
        <button
          type="button"
          className="share-button"
          data-testid="bookmarks-export"
          disabled={bookmarks.length === 0}
          onClick={() =>
            saveText(exportFileName(new Date()), serializeBookmarks(bookmarks), 'application/json')
          }
        >
          {t('bookmarksExport')}
        </button>
        {/* The input is only visually hidden: it stays in the tab order and its label looks like a button. */}
        <input
          id={fileId}
          className="visually-hidden file-input"
          data-testid="bookmarks-import"
          type="file"
          accept=".json,application/json"
          disabled={damaged}
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <label htmlFor={fileId} className="share-button file-button">
          {t('bookmarksImport')}
        </label>
      </div>
      <div className="share-status-region" aria-live="polite" data-testid="bookmarks-status">
        {message && (
          <p
            className={`share-status ${message.tone === 'error' ? 'failed' : 'copied'}`}
            role={message.tone === 'error' ? 'alert' : undefined}
          >
            {message.text}
            {message.undo && (
              <button
                type="button"
                className="share-button"
                onClick={() => message.undo && undo(message.undo)}
              >
                {t('bookmarkUndo')}
              </button>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
