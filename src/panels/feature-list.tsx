import { featuresOf } from '../data/feature-index';
import { useText } from '../i18n/use-text';
import type { LayerModule } from '../layers/types';
import { flyToFeature } from '../map/map-commands';
import { select, useAtlas } from '../state/store';

/** The keyboard and screen-reader way into a layer: every feature as a button that selects and shows it. */
export function FeatureList({ layer }: { layer: LayerModule }) {
  const { t, language } = useText();
  const ready = useAtlas((state) => state.loadStates[`index:${layer.id}`] === 'ready');
  const selection = useAtlas((state) => state.selection);
  if (!ready) return null;
  const features = [...featuresOf(layer.id)].sort((a, b) =>
    String(a.properties.name_zh ?? a.id).localeCompare(String(b.properties.name_zh ?? b.id), 'zh-Hans-CN'),
  );
  if (features.length === 0) return null;
  return (
    <details className="feature-list">
      <summary>
        {t('featureList')} · {t('featureCount', { n: features.length })}
      </summary>
      <ul>
        {features.map((feature) => {
          const name = String(feature.properties[language === 'en' ? 'name_en' : 'name_zh'] ?? feature.id);
          return (
            <li key={feature.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selection === feature.id}
                onClick={() => {
                  select(feature.id);
                  flyToFeature(feature.id);
                }}
              >
                {name}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
