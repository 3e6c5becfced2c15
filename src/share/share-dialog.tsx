import './share.css';
import { useEffect, useId, useRef } from 'react';
import type { StringKey } from '../i18n/strings';
import { useText } from '../i18n/use-text';
import { ModalDialog } from '../panels/modal-dialog';
import { urlStateOf, useAtlas } from '../state/store';
import { BookmarksSection } from './bookmarks-section';
import { CopyStatus, useCopy } from './copy-status';
import { EmbedSection } from './embed-section';
import { atlasBase, MAX_LINK_LENGTH, shareLink } from './share-link';

/** Labels for the parameters a link carries, so the dialog can say what the link keeps. */
const PART_LABELS: Record<string, StringKey> = {
  map: 'sharePartView',
  layers: 'sharePartLayers',
  status: 'sharePartStatus',
  sel: 'sharePartSelection',
  lang: 'sharePartLanguage',
  base: 'sharePartBasemap',
  p: 'sharePartPassage',
  reader: 'sharePartReader',
  page: 'sharePartPage',
  area: 'sharePartArea',
  plan: 'sharePartPlan',
  changed: 'sharePartChanged',
  story: 'sharePartStory',
};

/** Share link, embed snippet and bookmarks: everything that carries this view somewhere else. */
export function ShareDialog() {
  const { t } = useText();
  return (
    <ModalDialog title={t('shareTitle')} className="share-dialog">
      <LinkSection />
      <EmbedSection />
      <BookmarksSection />
    </ModalDialog>
  );
}

function LinkSection() {
  const { t, language } = useText();
  const link = useAtlas((state) => shareLink(urlStateOf(state), atlasBase(window.location)));
  const field = useRef<HTMLInputElement>(null);
  const { status, copy } = useCopy();
  const fieldId = useId();
  // Start on the link, selected: Ctrl+C works at once and a screen reader reads what the link keeps. A frame
  // later, because the dialog opens (showModal, in the parent's effect) after this child's effects run.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.select();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const headingId = useId();
  const parts = [...new URL(link).searchParams.keys()]
    .map((key) => PART_LABELS[key])
    .filter((key): key is StringKey => key !== undefined)
    .map((key) => t(key));
  return (
    <section className="share-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('shareLinkHeading')}</h3>
      <label htmlFor={fieldId} className="share-label">
        {t('shareLinkLabel')}
      </label>
      <div className="share-row">
        <input
          ref={field}
          id={fieldId}
          className="share-field"
          data-testid="share-link"
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
        />
        <button
          type="button"
          className="share-button primary"
          data-testid="copy-link"
          onClick={() => void copy(field.current)}
        >
          {t('shareCopyLink')}
        </button>
      </div>
      <p className="share-meta">
        <span data-testid="share-length" className={link.length >= MAX_LINK_LENGTH ? 'over' : undefined}>
          {t('shareLength', { n: link.length, max: MAX_LINK_LENGTH })}
        </span>
        {' · '}
        {t('shareIncludes', {
          items: parts.length > 0 ? parts.join(language === 'zh' ? '、' : ', ') : t('shareIncludesNothing'),
        })}
      </p>
      <p className="share-meta">{t('shareNotKept')}</p>
      <CopyStatus status={status} testId="copy-link-status" />
    </section>
  );
}
