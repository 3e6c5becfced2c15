import { lazy, Suspense } from 'react';
import { useText } from '../i18n/use-text';
import { openDialog, setLanguage, setPanelOpen, useAtlas } from '../state/store';

// The plan ↔ map tools are not needed for the first view: fetch their code once the map has drawn.
const MentionsTools = lazy(() =>
  import('./mentions/mentions-tools').then((module) => ({ default: module.MentionsTools })),
);

export function Header() {
  const { t, language } = useText();
  const panelOpen = useAtlas((state) => state.panelOpen);
  const mapReady = useAtlas((state) => state.loadStates.map === 'ready');
  return (
    <header className="app-header">
      <button
        type="button"
        className="icon-button panel-toggle"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        onClick={() => setPanelOpen(!panelOpen)}
        aria-label={t('openPanel')}
      >
        ☰
      </button>
      <div className="titles">
        <h1>{t('appTitle')}</h1>
        <p className="subtitle">{t('appSubtitle')}</p>
      </div>
      {mapReady && (
        <Suspense fallback={null}>
          <MentionsTools />
        </Suspense>
      )}
      <div className="briefing-actions">
        <button
          type="button"
          className="header-button"
          aria-haspopup="dialog"
          onClick={() => openDialog('share')}
        >
          {t('shareButton')}
        </button>
        <button
          type="button"
          className="header-button"
          aria-haspopup="dialog"
          onClick={() => openDialog('briefings')}
        >
          {t('presentButton')}
        </button>
        <button
          type="button"
          className="header-button"
          aria-haspopup="dialog"
          onClick={() => openDialog('export')}
        >
          {t('exportButton')}
        </button>
      </div>
      <button
        type="button"
        className="language-switch"
        lang={language === 'zh' ? 'en' : 'zh'}
        aria-label={t('switchLanguageLabel')}
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
      >
        {t('switchLanguage')}
      </button>
    </header>
  );
}
