import { useEffect, useRef, useState } from 'react';
import type { IndexEntry } from '../../corpus/types';
import type { Language } from '../../i18n/language';
import { useText } from '../../i18n/use-text';
import { formatCitation } from '../../reader/citation';
import { adjacentPassage, type DocumentStructure } from '../../reader/document-structure';
import { openPassage } from '../../state/store';
import { ChapterFeaturesButtons } from './chapter-features';
import { copyText } from './clipboard';

/** Prev/next passage and "copy citation" in both formats, with a confirmation that screen readers hear too. */
export function PassageToolbar({
  entry,
  structure,
  openId,
}: {
  entry: IndexEntry;
  structure: DocumentStructure;
  openId: string;
}) {
  const { t } = useText();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const previous = adjacentPassage(structure, openId, 'previous');
  const next = adjacentPassage(structure, openId, 'next');

  const copy = async (format: Language) => {
    const citation = formatCitation({
      entry,
      structure,
      passageId: openId,
      baseUrl: `${window.location.origin}${window.location.pathname}`,
      language: format,
    });
    const copied = await copyText(citation);
    setMessage({
      text: t(copied ? 'readerCopied' : 'readerCopyFailed', { text: citation }),
      failed: !copied,
    });
    window.clearTimeout(timer.current);
    // A failed copy stays up: its text is what the user has to copy by hand.
    if (copied) timer.current = window.setTimeout(() => setMessage(null), 5000);
  };

  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('readerPassageToolbar')}>
      <div className="reader-toolbar-buttons">
        <button
          type="button"
          className="reader-button"
          disabled={!previous}
          onClick={() => previous && openPassage(previous.id)}
          data-testid="reader-previous"
        >
          ‹ {t('readerPrevious')}
        </button>
        <button
          type="button"
          className="reader-button"
          disabled={!next}
          onClick={() => next && openPassage(next.id)}
          data-testid="reader-next"
        >
          {t('readerNext')} ›
        </button>
        <button
          type="button"
          className="reader-button"
          onClick={() => void copy('zh')}
          data-testid="copy-citation-zh"
        >
          {t('readerCopyZh')}
        </button>
        <button
          type="button"
          className="reader-button"
          onClick={() => void copy('en')}
          data-testid="copy-citation-en"
        >
          {t('readerCopyEn')}
        </button>
        <button
          type="button"
          className="reader-button"
          title={t('briefingsAddPassageLabel')}
          // Briefing code loads only when used (it stays out of the reader's chunk).
          onClick={() =>
            void import('../../presentation/briefing-actions').then((module) =>
              module.addPassageToBriefing(openId),
            )
          }
          data-testid="add-to-briefing"
        >
          {t('briefingsAddPassage')}
        </button>
        <ChapterFeaturesButtons structure={structure} openId={openId} />
      </div>
      <p
        className={`reader-copy-status${message?.failed ? ' is-failed' : ''}`}
        role="status"
        aria-live="polite"
      >
        {message?.text}
      </p>
    </div>
  );
}
