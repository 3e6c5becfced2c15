import { useText } from '../i18n/use-text';
import { dismissError, dismissNotice, useAtlas } from '../state/store';

/** Progress while data loads: how many of the requested files are in. */
export function LoadingIndicator() {
  const { t } = useText();
  const loadStates = useAtlas((state) => state.loadStates);
  const values = Object.values(loadStates);
  const pending = values.filter((state) => state === 'loading').length;
  if (pending === 0) return null;
  const done = values.filter((state) => state === 'ready' || state === 'error').length;
  return (
    <div className="loading-indicator" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{t('loading')}</span>
      <progress
        max={values.length}
        value={done}
        aria-label={t('loadingProgress', { done, total: values.length })}
      />
    </div>
  );
}

/** What failed, in words, and the reassurance that the rest still works. */
export function ErrorPanel() {
  const { t } = useText();
  const errors = useAtlas((state) => state.errors);
  if (errors.length === 0) return null;
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-heading">
      <h2 id="error-heading">{t('errorHeading')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.what}>
            <strong>{error.what}</strong>: {error.message}
            <button type="button" className="text-button" onClick={() => dismissError(error.what)}>
              {t('dismiss')}
            </button>
          </li>
        ))}
      </ul>
      <p>{t('errorStillWorks')}</p>
    </section>
  );
}

/** Notices such as "link parameter ignored": visible, dismissable, never blocking. */
export function Notices() {
  const { t } = useText();
  const notices = useAtlas((state) => state.notices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('noticeHeading')} aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice" data-testid="notice">
          <span>{notice.text}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => dismissNotice(notice.id)}
            aria-label={t('dismiss')}
          >
            ×
          </button>
        </p>
      ))}
    </section>
  );
}
