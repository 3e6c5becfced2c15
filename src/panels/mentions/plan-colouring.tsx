import { useEffect, useMemo, useState } from 'react';
import { getFeature } from '../../data/feature-index';
import { useText } from '../../i18n/use-text';
import type { LinksData } from '../../linking/client/links-data';
import { documentOrder } from '../../linking/client/passages';
import { planTints } from '../../linking/client/plan-tints';
import { changedBetween } from '../../linking/client/timeline';
import { STATUS_CLASSES } from '../../linking/types';
import type { FeatureTints } from '../../map/map-adapter';
import { setFeatureTints } from '../../map/map-commands';
import { addNotice, select, setPlanChanged, setPlanColouring, useAtlas } from '../../state/store';
import { StatusChip } from './status-chip';
import { DOC_SHORT_NAMES, STATUS_CLASS_COLOURS, TRANSPORT_LAYERS } from './status-labels';
import { useLinksData } from './use-links-data';

/** Transport features the chosen plan names, tinted by the status it gives them; or the changes between two. */
export function planTintsFor(
  data: LinksData,
  plan: string | null,
  changed: [string, string] | null,
): FeatureTints {
  return planTints(data.links, { plan, changed }, TRANSPORT_LAYERS, STATUS_CLASS_COLOURS);
}

/** Pushes the tints to the map adapter whenever the choice changes or a new map appears. */
export function PlanTintSync() {
  const plan = useAtlas((state) => state.plan);
  const changed = useAtlas((state) => state.changed);
  const mapState = useAtlas((state) => state.loadStates.map);
  const active = plan !== null || changed !== null;
  const { data } = useLinksData(active);
  const changedKey = changed?.join(',') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: changedKey stands for `changed` (a fresh array from the URL).
  const tints = useMemo(
    () => (data && active ? planTintsFor(data, plan, changed) : null),
    [data, active, plan, changedKey],
  );
  useEffect(() => {
    if (mapState === 'ready') setFeatureTints(tints);
  }, [tints, mapState]);
  const { t } = useText();
  useEffect(() => {
    // A shared link may name a plan that does not exist: drop it with a notice.
    const unknown = [plan, ...(changedKey ? changedKey.split(',') : [])].find(
      (doc) => doc && data && !data.documentById.has(doc),
    );
    if (!unknown) return;
    addNotice(t('invalidParam', { name: plan ? 'plan' : 'changed', value: unknown }));
    if (plan) setPlanColouring(null);
    else setPlanChanged(null);
  }, [data, plan, changedKey, t]);
  return null;
}

function useDocumentsInOrder(data: LinksData | null) {
  return useMemo(() => {
    if (!data) return [];
    const rank = documentOrder(data.documents);
    const withLinks = new Set(data.links.map((l) => l.doc));
    return [...data.documents]
      .filter((d) => withLinks.has(d.id))
      .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }, [data]);
}

function DocOptions({ data }: { data: LinksData }) {
  const { pick, t } = useText();
  return (
    <>
      {useDocumentsInOrder(data).map((d) => {
        const short = DOC_SHORT_NAMES[d.id];
        return (
          <option key={d.id} value={d.id}>
            {d.date ? d.date.slice(0, 4) : t('undated')} {short ? pick(short) : d.id}
          </option>
        );
      })}
    </>
  );
}

function featureName(id: string, language: 'zh' | 'en'): string {
  const properties = getFeature(id)?.properties;
  const name = properties?.[language === 'en' ? 'name_en' : 'name_zh'] ?? properties?.name_zh;
  return typeof name === 'string' ? name : id;
}

/** The two status-by-plan controls: colour by one plan, or highlight what changed between two. */
export function PlanColouringControls({ data }: { data: LinksData }) {
  const { t, language } = useText();
  const plan = useAtlas((state) => state.plan);
  const changed = useAtlas((state) => state.changed);
  useAtlas((state) => state.loadStates);
  const [from, setFrom] = useState(changed?.[0] ?? 'r14-northeast');
  const [to, setTo] = useState(changed?.[1] ?? 'sc15');
  const tints = useMemo(() => planTintsFor(data, plan, changed), [data, plan, changed]);
  const changes = useMemo(
    () =>
      changed
        ? changedBetween(data.links, changed[0], changed[1]).filter((c) => TRANSPORT_LAYERS.has(c.layer))
        : [],
    [data, changed],
  );

  return (
    <>
      <fieldset className="tools-group">
        <legend>{t('planColourLabel')}</legend>
        <select
          aria-label={t('planColourLabel')}
          value={plan ?? ''}
          onChange={(event) => setPlanColouring(event.target.value || null)}
          data-testid="plan-colour-select"
        >
          <option value="">{t('planColourOff')}</option>
          <DocOptions data={data} />
        </select>
        {plan && <p className="hint">{t('planColourCount', { n: tints.size })}</p>}
        {plan && (
          <ul className="status-legend">
            {STATUS_CLASSES.map((status) => (
              <li key={status}>
                <StatusChip status={status} />
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset className="tools-group">
        <legend>{t('changedLabel')}</legend>
        <div className="changed-pickers">
          <label>
            {t('changedFrom')}
            <select value={from} onChange={(event) => setFrom(event.target.value)}>
              <DocOptions data={data} />
            </select>
          </label>
          <label>
            {t('changedTo')}
            <select value={to} onChange={(event) => setTo(event.target.value)}>
              <DocOptions data={data} />
            </select>
          </label>
        </div>
        <div className="tools-row">
          <button
            type="button"
            className="text-button"
            aria-pressed={changed?.[0] === from && changed?.[1] === to}
            onClick={() => setPlanChanged([from, to])}
          >
            {t('changedShow')}
          </button>
          {changed && (
            <button type="button" className="text-button" onClick={() => setPlanChanged(null)}>
              {t('changedOff')}
            </button>
          )}
        </div>
        {changed && (
          <>
            <p className="hint" data-testid="changed-count">
              {t('changedCount', { n: changes.length })}
            </p>
            <ul className="changed-list">
              {changes.map((change) => (
                <li key={change.feature}>
                  <button type="button" className="link-button" onClick={() => select(change.feature)}>
                    {featureName(change.feature, language)}
                  </button>
                  <span className="change-arrow">
                    <StatusChip status={change.from} /> → <StatusChip status={change.to} />
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
    </>
  );
}
