import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useText } from '../i18n/use-text';
import { LAYER_REGISTRY } from '../layers';
import { activeAdapter } from '../map/map-commands';
import { LegendEntries } from '../panels/legend-swatch';
import { urlStateOf, useAtlas } from '../state/store';
import { atlasBase, shareLink } from './share-link';

const EmbedPlanTints = lazy(() =>
  import('./embed-plan-views').then((module) => ({ default: module.EmbedPlanTints })),
);
const EmbedAreaOutline = lazy(() =>
  import('./embed-plan-views').then((module) => ({ default: module.EmbedAreaOutline })),
);
const EmbedPlanKey = lazy(() =>
  import('./embed-plan-views').then((module) => ({ default: module.EmbedPlanKey })),
);

/**
 * The only chrome of an embedded map (?embed=1): a title with "open in the atlas", a legend toggle for the visible
 * layers, and MapLibre's cooperative-gesture hint in the page's language. Zoom buttons, attribution and the scale
 * bar are the map's own; src/embed.css hides the header and side panel.
 */
export function EmbedChrome() {
  const { t } = useText();
  const [legendOpen, setLegendOpen] = useState(false);
  // The same state as a full atlas page: a reader who wants more opens it with the layers and selection kept.
  const fullLink = useAtlas((state) => shareLink(urlStateOf(state), atlasBase(window.location)));
  const legendId = useId();
  const planView = useAtlas((state) => state.plan !== null || state.changed !== null);
  const area = useAtlas((state) => state.area !== null);
  useLocalisedGestureHint();
  return (
    <div className="embed-chrome" data-testid="embed-chrome">
      {planView && (
        <Suspense fallback={null}>
          <EmbedPlanTints />
        </Suspense>
      )}
      {area && (
        <Suspense fallback={null}>
          <EmbedAreaOutline />
        </Suspense>
      )}
      <div className="embed-bar">
        <span className="embed-title">{t('appTitle')}</span>
        <a className="embed-open" href={fullLink} target="_blank" rel="noopener" data-testid="embed-open">
          {t('embedOpenInAtlas')}
          <span aria-hidden="true"> ↗</span>
        </a>
        <button
          type="button"
          className="embed-legend-toggle"
          aria-expanded={legendOpen}
          aria-controls={legendId}
          data-testid="embed-legend-toggle"
          onClick={() => setLegendOpen(!legendOpen)}
        >
          {legendOpen ? t('embedLegendHide') : t('embedLegendShow')}
        </button>
      </div>
      <div id={legendId} className="embed-legend" hidden={!legendOpen} data-testid="embed-legend">
        {legendOpen && <EmbedLegend />}
      </div>
    </div>
  );
}

/** The legend of the visible layers only, drawn with the same swatches as the layer panel. */
function EmbedLegend() {
  const { t, pick } = useText();
  const visible = useAtlas((state) => state.visibleLayers);
  const planView = useAtlas((state) => state.plan !== null || state.changed !== null);
  // Top of the drawing order first, as in the layer panel; the province outline needs no legend.
  const layers = [...LAYER_REGISTRY]
    .reverse()
    .filter((layer) => visible.includes(layer.id) && layer.id !== 'provinces');
  return (
    <>
      {planView && (
        <Suspense fallback={null}>
          <EmbedPlanKey />
        </Suspense>
      )}
      {layers.length === 0 && <p className="embed-legend-empty">{t('embedLegendNone')}</p>}
      {layers.map((layer) => (
        <section key={layer.id} className="embed-legend-layer" aria-label={pick(layer.title)}>
          <h2>{pick(layer.title)}</h2>
          <ul className="legend">
            <LegendEntries layer={layer} withNote />
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * MapLibre writes its "use Ctrl + scroll" hint in English when the map is created. Rewrite the two lines in the
 * page's language (textContent: never markup), again when the language changes.
 */
function useLocalisedGestureHint() {
  const { t } = useText();
  const mapState = useAtlas((state) => state.loadStates.map);
  useEffect(() => {
    void mapState;
    const container = activeAdapter()?.map.getCanvasContainer() ?? document.querySelector('#map-region');
    const desktop = container?.querySelector(
      '.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message',
    );
    const mobile = container?.querySelector(
      '.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message',
    );
    // MapLibre asks for ⌘ on a Mac and Ctrl elsewhere; say the key it will actually accept.
    const mac = navigator.userAgent.includes('Mac');
    if (desktop) desktop.textContent = t(mac ? 'embedZoomHintMac' : 'embedZoomHintDesktop');
    if (mobile) mobile.textContent = t('embedZoomHintMobile');
  }, [t, mapState]);
}
