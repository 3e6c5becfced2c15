import { useEffect } from 'react';
import { useText } from './i18n/use-text';
import { MapView } from './map/map-view';
import { Header } from './panels/header';
import { InfoPanel } from './panels/info-panel';
import { LayerPanel } from './panels/layer-panel';
import { MapControls } from './panels/map-controls';
import { ErrorPanel, LoadingIndicator, Notices } from './panels/status-panels';
import { setPanelOpen, useAtlas } from './state/store';

export function App() {
  const { t, language } = useText();
  const panelOpen = useAtlas((state) => state.panelOpen);
  const hasSelection = useAtlas((state) => state.selection !== null);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en';
    document.title = t('appTitle');
  }, [language, t]);

  useEffect(() => {
    // Phones start with the map, not the panel.
    if (window.matchMedia('(max-width: 640px)').matches) setPanelOpen(false);
  }, []);

  return (
    <div className={`app ${panelOpen ? 'panel-open' : 'panel-closed'}`}>
      <a className="skip-link" href="#map-region">
        {t('skipToMap')}
      </a>
      <Header />
      <main className="workspace">
        <aside id="side-panel" className="side-panel" hidden={!panelOpen} aria-label={t('layersHeading')}>
          <LayerPanel />
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
        </section>
      </main>
    </div>
  );
}
