import { lazy, Suspense, useEffect } from 'react';
import { useText } from './i18n/use-text';
import { MapView } from './map/map-view';
import { Header } from './panels/header';
import { InfoPanel } from './panels/info-panel';
import { LayerPanel } from './panels/layer-panel';
import { MapControls } from './panels/map-controls';
import { ReaderShortcut } from './panels/reader/reader-shortcut';
import { ErrorPanel, LoadingIndicator, Notices } from './panels/status-panels';
import { atlasStore, closeReader, setPanelOpen, setReaderMode, useAtlas } from './state/store';

// The reader (and its search) is not needed for the first map view: load it when first opened.
const ReaderPanel = lazy(() =>
  import('./panels/reader/reader-panel').then((module) => ({ default: module.ReaderPanel })),
);
// Briefings, export, presentation and embed code load only when used (issue 6 keeps them out of the first bundle).
const ShareDialog = lazy(() =>
  import('./share/share-dialog').then((module) => ({ default: module.ShareDialog })),
);
const EmbedChrome = lazy(() =>
  import('./share/embed-chrome').then((module) => ({ default: module.EmbedChrome })),
);
const ExportDialog = lazy(() =>
  import('./export/export-dialog').then((module) => ({ default: module.ExportDialog })),
);
const BriefingsDialog = lazy(() =>
  import('./presentation/briefings-dialog').then((module) => ({ default: module.BriefingsDialog })),
);
const PresentationView = lazy(() =>
  import('./presentation/presentation-view').then((module) => ({ default: module.PresentationView })),
);
const ReaderPage = lazy(() =>
  import('./panels/reader/reader-panel').then((module) => ({ default: module.ReaderPage })),
);

export function App() {
  const { t, language } = useText();
  const panelOpen = useAtlas((state) => state.panelOpen);
  const hasSelection = useAtlas((state) => state.selection !== null);
  const readerMode = useAtlas((state) => state.readerMode);
  const dialog = useAtlas((state) => state.dialog);
  const presenting = useAtlas((state) => state.story !== null);
  const embed = useAtlas((state) => state.embed);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en';
    document.title = t('appTitle');
  }, [language, t]);

  useEffect(() => {
    // Phones start with the map, not the panel, unless the link opens a plan passage to read.
    if (window.matchMedia('(max-width: 640px)').matches && atlasStore.getState().readerMode !== 'panel')
      setPanelOpen(false);
  }, []);

  return (
    <div
      className={`app ${panelOpen ? 'panel-open' : 'panel-closed'} reader-${readerMode}${embed ? ' embed' : ''}${presenting ? ' presenting' : ''}`}
    >
      <a className="skip-link" href="#map-region">
        {t('skipToMap')}
      </a>
      {!embed && <Header />}
      <ReaderShortcut />
      <main className="workspace">
        {readerMode === 'full' && (
          <Suspense fallback={<p className="lazy-loading">{t('loading')}</p>}>
            <ReaderPage />
          </Suspense>
        )}
        <aside
          id="side-panel"
          className="side-panel"
          hidden={!panelOpen || readerMode === 'full'}
          aria-label={t('layersHeading')}
        >
          <div className="panel-tabs" role="tablist" aria-label={t('layersHeading')}>
            <button
              type="button"
              role="tab"
              id="tab-layers"
              aria-selected={readerMode === 'closed'}
              aria-controls="tabpanel-side"
              onClick={closeReader}
            >
              {t('tabLayers')}
            </button>
            <button
              type="button"
              role="tab"
              id="tab-plans"
              aria-selected={readerMode === 'panel'}
              aria-controls="tabpanel-side"
              onClick={() => setReaderMode('panel')}
            >
              {t('tabPlans')}
            </button>
          </div>
          <div
            id="tabpanel-side"
            role="tabpanel"
            aria-labelledby={readerMode === 'panel' ? 'tab-plans' : 'tab-layers'}
          >
            {readerMode === 'panel' ? (
              <Suspense fallback={<p className="lazy-loading">{t('loading')}</p>}>
                <ReaderPanel />
              </Suspense>
            ) : (
              <LayerPanel />
            )}
          </div>
        </aside>
        <section id="map-region" className="map-region" aria-label={t('appTitle')} tabIndex={-1}>
          <MapView />
          <MapControls />
          <LoadingIndicator />
          <div className="overlays">
            <Notices />
            <ErrorPanel />
          </div>
          {hasSelection && (
            <div className="info-dock">
              <InfoPanel />
            </div>
          )}
          {embed && (
            <Suspense fallback={null}>
              <EmbedChrome />
            </Suspense>
          )}
        </section>
      </main>
      <Suspense fallback={null}>
        {presenting && <PresentationView />}
        {dialog === 'share' && <ShareDialog />}
        {dialog === 'export' && <ExportDialog />}
        {dialog === 'briefings' && <BriefingsDialog />}
      </Suspense>
    </div>
  );
}
