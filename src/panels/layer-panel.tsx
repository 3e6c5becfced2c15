import { useId } from 'react';
import type { FeatureStatus } from '../data/schema';
import { useText } from '../i18n/use-text';
import { GROUP_ORDER, GROUP_TITLES, LAYER_REGISTRY } from '../layers';
import { STATUS_STYLES } from '../layers/style-helpers';
import type { LayerModule } from '../layers/types';
import { setLayerVisible, setStatusVisible, useAtlas } from '../state/store';
import { BasemapSwitch } from './basemap-switch';
import { FeatureList } from './feature-list';
import { LegendEntries, LegendSwatch } from './legend-swatch';

/** Layer toggles grouped as planners think of them, each with its legend drawn from the layer's category table. */
export function LayerPanel() {
  const { t, pick } = useText();
  const statuses = useAtlas((state) => state.statuses);
  return (
    <div className="layer-panel">
      <h2 className="panel-heading">{t('layersHeading')}</h2>
      {GROUP_ORDER.map((group) => {
        // Top of the drawing order first: what sits on top is what the reader looks for.
        const layers = [...LAYER_REGISTRY]
          .reverse()
          .filter((layer) => layer.group === group && layer.id !== 'provinces');
        if (layers.length === 0) return null;
        return (
          <section key={group} className="layer-group" aria-label={pick(GROUP_TITLES[group])}>
            <h3>{pick(GROUP_TITLES[group])}</h3>
            <ul className="layer-list">
              {layers.map((layer) => (
                <LayerRow key={layer.id} layer={layer} />
              ))}
            </ul>
          </section>
        );
      })}
      <fieldset className="status-filter">
        <legend>{t('statusFilterHeading')}</legend>
        {STATUS_STYLES.map((status) => (
          <StatusToggle
            key={status.value}
            status={status.value}
            checked={statuses.includes(status.value)}
            label={pick(status.label)}
            dash={status.dash}
          />
        ))}
      </fieldset>
      <BasemapSwitch />
    </div>
  );
}

function StatusToggle(props: {
  status: FeatureStatus;
  checked: boolean;
  label: string;
  dash: number[] | null;
}) {
  return (
    <label className="check-row">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => setStatusVisible(props.status, event.target.checked)}
      />
      <LegendSwatch
        swatch={{ shape: 'line', color: '#444', width: 2, ...(props.dash ? { dash: props.dash } : {}) }}
      />
      <span>{props.label}</span>
    </label>
  );
}

function LayerRow({ layer }: { layer: LayerModule }) {
  const { t, pick } = useText();
  const visible = useAtlas((state) => state.visibleLayers.includes(layer.id));
  const loadState = useAtlas((state) => state.loadStates[layer.id]);
  const legendId = useId();
  return (
    <li className="layer-row" data-layer={layer.id}>
      <label className="check-row layer-toggle">
        <input
          type="checkbox"
          checked={visible}
          onChange={(event) => setLayerVisible(layer.id, event.target.checked)}
          aria-describedby={visible ? legendId : undefined}
        />
        <span className="layer-title">{pick(layer.title)}</span>
        {loadState === 'loading' && <span className="spinner" role="status" aria-label={t('loading')} />}
        {loadState === 'error' && (
          <span className="layer-error" aria-hidden="true">
            !
          </span>
        )}
      </label>
      {visible && (
        <ul className="legend" id={legendId} aria-label={`${t('legendHeading')}: ${pick(layer.title)}`}>
          <LegendEntries layer={layer} withNote />
        </ul>
      )}
      {visible && layer.interactive && <FeatureList layer={layer} />}
    </li>
  );
}
