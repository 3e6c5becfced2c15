import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../corpus/search';
import type { IndexEntry } from '../../corpus/types';
import { useText } from '../../i18n/use-text';
import { addressLabel } from '../../reader/address-label';
import { shortTitle } from '../../reader/document-labels';
import { highlightSegments } from '../../reader/highlight-segments';
import { localIsoDate, readingOrder, standingOn } from '../../reader/standing-label';
import { atlasStore, openPassage } from '../../state/store';
import { StandingBadge } from './document-picker';
import { registerSearchFocus, requestPassageFocus } from './reader-focus';
import { HIT_LIMIT, useCorpusSearch } from './use-corpus-search';

/**
 * Search over every plan: results as you type, ranked, with the matched characters marked. Focus stays in the box
 * (a combobox): ↑/↓ choose a hit, Enter opens it in the reader, Esc closes the list.
 */
export function SearchBox({ entries }: { entries: IndexEntry[] }) {
  const { t, language } = useText();
  const [query, setQuery] = useState('');
  const [documentFilter, setDocumentFilter] = useState('');
  const [listOpen, setListOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const search = useCorpusSearch(query, documentFilter);
  const listId = useId();
  const statusId = useId();
  const hits = search.hits ?? [];
  const showList = listOpen && query.trim() !== '' && search.hits !== null;

  useEffect(() => registerSearchFocus(() => input.current?.focus()), []);
  // New answers start at the best hit.
  const [answeredHits, setAnsweredHits] = useState(search.hits);
  if (answeredHits !== search.hits) {
    setAnsweredHits(search.hits);
    setActive(0);
  }
  useEffect(() => {
    list.current
      ?.querySelector(`#${CSS.escape(`${listId}-${active}`)}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const open = (hit: SearchHit) => {
    setListOpen(false);
    if (atlasStore.getState().passage === hit.blockId) {
      // Already open: the store does not change, so bring the passage back into view here.
      const passage = document.querySelector<HTMLElement>(
        `.reader-text [data-block-id="${CSS.escape(hit.blockId)}"]`,
      );
      passage?.scrollIntoView({ block: 'center' });
      passage?.focus({ preventScroll: true });
      return;
    }
    requestPassageFocus();
    openPassage(hit.blockId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that choose or commit an IME candidate (pinyin → 汉字) belong to the IME, not to the hit list.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setListOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit && showList) {
        event.preventDefault();
        open(hit);
      }
    } else if (event.key === 'Escape') {
      if (showList) setListOpen(false);
      else setQuery('');
    }
  };

  // A hit from a lapsed plan says so, so it is never quoted as current policy by mistake.
  const today = localIsoDate();
  const standings = new Map(entries.map((entry) => [entry.id, standingOn(entry, today, entries)]));
  const titleOf = (documentId: string) => {
    const entry = entries.find((candidate) => candidate.id === documentId);
    return entry ? shortTitle(entry, language) : documentId;
  };

  let status = '';
  if (search.indexState === 'error') status = t('readerSearchFailed', { message: search.indexError });
  else if (search.indexState === 'indexing') status = t('readerIndexing');
  else if (showList)
    status =
      hits.length === 0
        ? t('readerNoResults')
        : t(hits.length >= HIT_LIMIT ? 'readerResultCountMore' : 'readerResultCount', { n: hits.length });

  return (
    <search className="reader-search" aria-label={t('readerSearch')}>
      <div className="reader-search-row">
        <input
          ref={input}
          type="search"
          className="reader-search-input"
          role="combobox"
          aria-label={t('readerSearch')}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={statusId}
          aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('readerSearchPlaceholder')}
          value={query}
          onFocus={() => {
            search.start();
            setListOpen(true);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setListOpen(true);
          }}
          onKeyDown={onKeyDown}
          data-testid="reader-search"
        />
        <select
          className="reader-search-filter"
          aria-label={t('readerSearchFilter')}
          value={documentFilter}
          onChange={(event) => setDocumentFilter(event.target.value)}
        >
          <option value="">{t('readerSearchAll')}</option>
          {readingOrder(entries).map((entry) => (
            <option key={entry.id} value={entry.id}>
              {shortTitle(entry, language)}
            </option>
          ))}
        </select>
      </div>
      <p id={statusId} className="reader-search-status" role="status">
        {search.indexState === 'indexing' && <span className="spinner" aria-hidden="true" />}
        {status}
        {showList && hits.length > 0 && (
          <span className="reader-search-hint"> · {t('readerResultsHint')}</span>
        )}
      </p>
      <div
        id={listId}
        ref={list}
        role="listbox"
        aria-label={t('readerSearch')}
        className="reader-hits"
        hidden={!showList || hits.length === 0}
        data-stale={search.current ? undefined : 'true'}
      >
        {showList &&
          hits.map((hit, index) => (
            // Options are chosen with the keyboard from the input (aria-activedescendant); a click opens one too.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handling lives on the combobox input.
            <div
              key={hit.blockId}
              tabIndex={-1}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="reader-hit"
              data-block-id={hit.blockId}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => open(hit)}
            >
              <span className="reader-hit-source">
                <strong>{titleOf(hit.docId)}</strong>
                {standings.get(hit.docId) && (
                  <StandingBadge standing={standings.get(hit.docId) ?? 'undated'} date={today} compact />
                )}{' '}
                {addressLabel(hit.blockId, language)}
              </span>
              <span className="reader-hit-snippet" lang="zh-Hans">
                {hit.snippetStart > 0 && '…'}
                {highlightSegments(hit.snippet, hit.highlights).map((segment, segmentIndex) =>
                  segment.highlighted ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: segments of one snippet have no other identity.
                    <mark key={segmentIndex}>{segment.text}</mark>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: segments of one snippet have no other identity.
                    <span key={segmentIndex}>{segment.text}</span>
                  ),
                )}
              </span>
            </div>
          ))}
      </div>
    </search>
  );
}
