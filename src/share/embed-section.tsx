import { useId, useRef, useState } from 'react';
import { featureName } from '../data/feature-index';
import { useText } from '../i18n/use-text';
import { urlStateOf, useAtlas } from '../state/store';
import { CopyStatus, useCopy } from './copy-status';
import { atlasBase, EMBED_SIZES, embedLink, iframeSnippet } from './share-link';

/** Size presets and the iframe snippet for report writers who put the map in a web page. */
export function EmbedSection() {
  const { t, language } = useText();
  const src = useAtlas((state) => embedLink(urlStateOf(state), atlasBase(window.location)));
  const selection = useAtlas((state) => state.selection);
  const [sizeId, setSizeId] = useState(EMBED_SIZES[0]?.id ?? '');
  const size = EMBED_SIZES.find((candidate) => candidate.id === sizeId) ?? EMBED_SIZES[0];
  const selectedName = selection ? (featureName(selection, language) ?? selection) : null;
  const defaultTitle = selectedName ? `${t('appTitle')}: ${selectedName}` : t('appTitle');
  // Null until the user types: the title then follows the language and the selection.
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const title = customTitle ?? defaultTitle;
  const code = useRef<HTMLTextAreaElement>(null);
  const { status, copy } = useCopy();
  const headingId = useId();
  const titleId = useId();
  const codeId = useId();
  if (!size) return null;
  const snippet = iframeSnippet(src, size, title);
  return (
    <section className="share-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('embedHeading')}</h3>
      <fieldset className="embed-sizes">
        <legend>{t('embedSize')}</legend>
        {EMBED_SIZES.map((option) => (
          <label key={option.id} className="embed-size">
            <input
              type="radio"
              name="embed-size"
              value={option.id}
              checked={option.id === size.id}
              onChange={() => setSizeId(option.id)}
            />
            {option.width === '100%'
              ? t('embedSizeFull', { height: option.height })
              : `${option.width} × ${option.height}`}
          </label>
        ))}
      </fieldset>
      <label htmlFor={titleId} className="share-label">
        {t('embedFrameTitle')}
      </label>
      <input
        id={titleId}
        className="share-field"
        type="text"
        value={title}
        maxLength={200}
        onChange={(event) => setCustomTitle(event.target.value)}
      />
      <label htmlFor={codeId} className="share-label">
        {t('embedCode')}
      </label>
      <textarea
        ref={code}
        id={codeId}
        className="share-field embed-code"
        data-testid="embed-code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
        spellCheck={false}
      />
      <div className="share-row">
        <button
          type="button"
          className="share-button"
          data-testid="copy-embed"
          onClick={() => void copy(code.current)}
        >
          {t('shareCopyCode')}
        </button>
        <a className="share-link" href={src} target="_blank" rel="noopener">
          {t('embedPreview')}
        </a>
      </div>
      <p className="share-meta">{t('embedHint')}</p>
      <CopyStatus status={status} testId="copy-embed-status" />
    </section>
  );
}
