import '../../reader.css';
import { useEffect, useRef, useState } from 'react';
import type { IndexEntry } from '../../corpus/types';
import { translate } from '../../i18n/strings';
import { useText } from '../../i18n/use-text';
import { documentIdOf, resolvePassage } from '../../reader/passage-address';
import { defaultDocument, localIsoDate } from '../../reader/standing-label';
import { addNotice, atlasStore, openPassage, setReaderMode, useAtlas } from '../../state/store';
import { DocumentPicker } from './document-picker';
import { DocumentText } from './document-text';
import { OutlineTree } from './outline-tree';
import { PassageToolbar } from './passage-toolbar';
import { SearchBox } from './search-box';
import { type ReadableDocument, useCorpusIndex, useReaderDocument } from './use-reader-data';

export type ReaderLayout = 'panel' | 'page';

/**
 * The reader, laid out for the side panel or the full page. The passage in the store (and so in the URL) decides
 * what is open; a link to a passage that does not exist says so and opens what it can.
 */
export function ReaderView({ layout }: { layout: ReaderLayout }) {
  const { t } = useText();
  // On a phone the full page stacks the outline above the text, so it starts folded.
  const [outlineOpen] = useState(() => !window.matchMedia('(max-width: 640px)').matches);
  const passage = useAtlas((state) => state.passage);
  const index = useCorpusIndex();
  const entries = index.status === 'ready' ? index.value : null;

  const requested = passage ? documentIdOf(passage) : null;
  const fallback = entries ? defaultDocument(entries, localIsoDate()) : undefined;
  const entry = entries?.find((candidate) => candidate.id === requested) ?? fallback;
  const readable = useReaderDocument(entry?.id);
  const ready = readable.status === 'ready' ? readable.value : null;
  useBadAddressNotices(passage, entries, ready, fallback?.id);

  if (index.status === 'error') return <LoadError message={index.message} retry={index.retry} />;
  if (!entries || !entry) return <Loading />;
  const openId =
    passage && ready?.document.id === documentIdOf(passage) ? passage : (ready?.document.id ?? null);

  const body =
    readable.status === 'error' ? (
      <LoadError message={readable.message} retry={readable.retry} />
    ) : ready ? (
      <DocumentText
        key={ready.document.id}
        document={ready.document}
        structure={ready.structure}
        openId={openId}
      />
    ) : (
      <Loading />
    );
  const outline = ready && ready.structure.outline.length > 0 && (
    <OutlineTree
      key={ready.document.id}
      structure={ready.structure}
      openId={openId}
      label={t('readerContents')}
    />
  );
  const toolbar = ready && openId && (
    <PassageToolbar entry={entry} structure={ready.structure} openId={openId} />
  );

  if (layout === 'panel') {
    return (
      <div className="reader reader-layout-panel" data-testid="reader">
        <div className="reader-panel-top">
          <DocumentPicker entries={entries} current={entry} />
          <button
            type="button"
            className="reader-button reader-mode-button"
            onClick={() => setReaderMode('full')}
          >
            ⤢ {t('readerFullPage')}
          </button>
        </div>
        <div className="reader-sticky">
          <SearchBox entries={entries} />
          {toolbar}
        </div>
        {outline && (
          <details className="reader-outline-details">
            <summary>{t('readerContents')}</summary>
            {outline}
          </details>
        )}
        {body}
      </div>
    );
  }
  return (
    <div className="reader reader-layout-page" data-testid="reader">
      <div className="reader-page-bar">
        <button
          type="button"
          className="reader-button reader-mode-button"
          onClick={() => setReaderMode('panel')}
        >
          ← {t('readerBackToMap')}
        </button>
        <DocumentPicker entries={entries} current={entry} />
        <SearchBox entries={entries} />
      </div>
      <nav className="reader-page-outline" aria-label={t('readerContents')}>
        <details className="reader-outline-details" open={outlineOpen}>
          <summary>{t('readerContents')}</summary>
          {outline}
        </details>
      </nav>
      <div className="reader-page-column">
        <div className="reader-sticky">{toolbar}</div>
        {body}
      </div>
    </div>
  );
}

/** Notices for a link whose document or passage does not exist, then the nearest thing that does. */
function useBadAddressNotices(
  passage: string | null,
  entries: IndexEntry[] | null,
  ready: ReadableDocument | null,
  fallbackId: string | undefined,
) {
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!passage || !entries) return;
    const loadedHere = ready && ready.document.id === documentIdOf(passage) ? ready.structure : null;
    const resolution = resolvePassage(
      passage,
      entries.map((entry) => entry.id),
      loadedHere ? (id) => loadedHere.byId.has(id) : null,
    );
    if (resolution.status === 'found' || reported.current === passage) return;
    reported.current = passage;
    const language = atlasStore.getState().language;
    if (resolution.status === 'unknown-block') {
      addNotice(translate(language, 'readerPassageNotFound', { id: passage }));
      openPassage(resolution.documentId);
    } else {
      addNotice(translate(language, 'readerDocumentNotFound', { id: passage }));
      if (fallbackId) openPassage(fallbackId);
    }
  }, [passage, entries, ready, fallbackId]);
}

function Loading() {
  const { t } = useText();
  return (
    <p className="reader-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('readerLoading')}
    </p>
  );
}

function LoadError({ message, retry }: { message: string; retry: () => void }) {
  const { t } = useText();
  return (
    <div className="reader-error" role="alert">
      <p>{t('readerLoadFailed', { message })}</p>
      <button type="button" className="reader-button" onClick={retry}>
        {t('readerRetry')}
      </button>
    </div>
  );
}
