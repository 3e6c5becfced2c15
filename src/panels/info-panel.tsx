import { lazy, Suspense } from 'react';
import { getFeature } from '../data/feature-index';
import type { Provenance, StatusSource } from '../data/schema';
import type { Bilingual } from '../i18n/language';
import { useText } from '../i18n/use-text';
import { layerById } from '../layers';
import { STATUS_STYLES } from '../layers/style-helpers';
import { flyToFeature } from '../map/map-commands';
import { select, useAtlas } from '../state/store';
import { LegendSwatch } from './legend-swatch';

// What the plans say about the feature: its own chunk, fetched with the first selection.
const FeatureMentions = lazy(() =>
  import('./mentions/feature-mentions').then((module) => ({ default: module.FeatureMentions })),
);

const METHOD_LABELS: Record<string, Bilingual> = {
  official: { zh: '官方边界', en: 'Official boundary' },
  derived: { zh: '由官方数据推导', en: 'Derived from official data' },
  authored: { zh: '依站点 / 节点手工绘制（示意）', en: 'Authored from stations or seats (indicative)' },
  schematic: { zh: '示意', en: 'Schematic' },
};

/** Extra properties worth showing, in this order, with their labels. Anything else stays in the data. */
const EXTRA_FIELDS: [string, Bilingual][] = [
  ['code', { zh: '编号', en: 'Code' }],
  ['design_speed_kmh', { zh: '设计时速（km/h）', en: 'Design speed (km/h)' }],
  ['grade', { zh: '航道等级', en: 'Waterway grade' }],
  ['iata', { zh: 'IATA 代码', en: 'IATA code' }],
  ['adcode', { zh: '行政区划代码', en: 'Division code' }],
  ['area_km2', { zh: '面积（km²）', en: 'Area (km²)' }],
  ['via', { zh: '途经', en: 'Via' }],
];

/** Natural features and historic sites exist; they have no project status to show. */
const NATURAL_KINDS = new Set(['river', 'mountain', 'heritage-site']);

/** What a clicked feature is, how sure we are of it, and where each fact comes from. Text only, never HTML. */
export function InfoPanel() {
  const { t, pick, language } = useText();
  const selection = useAtlas((state) => state.selection);
  // Re-render when data arrives: the selected feature may be on a layer still loading.
  useAtlas((state) => state.loadStates);
  if (!selection) return null;
  const feature = getFeature(selection);
  if (!feature) return null;
  const layer = layerById(feature.layer);
  const properties = feature.properties;
  const text = (key: string) =>
    typeof properties[key] === 'string' ? (properties[key] as string) : undefined;
  const name = text(language === 'en' ? 'name_en' : 'name_zh') ?? feature.id;
  const otherName = text(language === 'en' ? 'name_zh' : 'name_en');
  const kind = text('kind') ?? text('zone');
  const category = layer?.categories?.find((c) => c.value === kind || c.value === text('zone'));
  const natural = NATURAL_KINDS.has(kind ?? '');
  const status = natural ? undefined : STATUS_STYLES.find((s) => s.value === properties.status);
  const statusSource = natural ? undefined : (properties.status_source as StatusSource | undefined);
  const provenance = properties.provenance as Provenance | undefined;
  const aliases = Array.isArray(properties.aliases) ? (properties.aliases as string[]) : [];
  const indicative = layer?.indicative || (provenance && provenance.method !== 'official');

  return (
    <section className="info-panel" aria-labelledby="info-title" aria-live="polite">
      <header>
        <p className="eyebrow">{layer ? pick(layer.title) : feature.layer}</p>
        <h2 id="info-title">{name}</h2>
        {otherName && otherName !== name && <p className="other-name">{otherName}</p>}
        <button
          type="button"
          className="icon-button close"
          onClick={() => select(null)}
          aria-label={t('closePanel')}
        >
          ×
        </button>
      </header>
      {layer?.indicative === 'ecology' && <p className="warning">{t('ecologyWarning')}</p>}
      {indicative && layer?.indicative !== 'ecology' && provenance?.method !== 'derived' && (
        <p className="warning">{t('indicativeWarning')}</p>
      )}
      <dl className="fields">
        {kind && (
          <>
            <dt>{t('fieldKind')}</dt>
            <dd>{category ? pick(category.label) : kind}</dd>
          </>
        )}
        {status && (
          <>
            <dt>{t('fieldStatus')}</dt>
            <dd className="status">
              <LegendSwatch
                swatch={{
                  shape: 'line',
                  color: '#444',
                  width: 2,
                  ...(status.dash ? { dash: status.dash } : {}),
                }}
              />
              {pick(status.label)}
            </dd>
          </>
        )}
        {statusSource && (
          <>
            <dt>{t('fieldStatusSource')}</dt>
            <dd>
              {statusSource.ref}
              {statusSource.date ? ` (${statusSource.date})` : ''}
            </dd>
          </>
        )}
        {aliases.length > 0 && (
          <>
            <dt>{t('fieldAliases')}</dt>
            <dd>{aliases.join('、')}</dd>
          </>
        )}
        {EXTRA_FIELDS.map(([key, label]) => {
          const value = properties[key];
          if (value === undefined || value === null || value === '') return null;
          return (
            <div key={key} className="field-pair">
              <dt>{pick(label)}</dt>
              <dd>{Array.isArray(value) ? value.join(' — ') : String(value)}</dd>
            </div>
          );
        })}
      </dl>
      <Suspense fallback={null}>
        <FeatureMentions key={feature.id} featureId={feature.id} />
      </Suspense>
      {provenance && (
        <section className="provenance" aria-label={t('fieldProvenance')}>
          <h3>{t('fieldProvenance')}</h3>
          <dl className="fields">
            <dt>{t('fieldMethod')}</dt>
            <dd>
              {METHOD_LABELS[provenance.method]
                ? pick(METHOD_LABELS[provenance.method] as Bilingual)
                : provenance.method}
            </dd>
            <dt>{t('fieldAccuracy')}</dt>
            <dd>
              {provenance.accuracy_m >= 1000
                ? t('kilometres', { n: Math.round(provenance.accuracy_m / 100) / 10 })
                : t('metres', { n: provenance.accuracy_m })}
            </dd>
            <dt>{t('attributionShort')}</dt>
            <dd>{provenance.source}</dd>
            {provenance.notes && (
              <>
                <dt>{t('fieldNotes')}</dt>
                <dd>{provenance.notes}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      <button type="button" className="text-button" onClick={() => flyToFeature(feature.id)}>
        {t('zoomToFeature')}
      </button>
    </section>
  );
}
