import { useText } from '../../i18n/use-text';
import { STATUS_CLASSES } from '../../linking/types';
import { setPlanChanged, setPlanColouring, useAtlas } from '../../state/store';
import { StatusChip } from './status-chip';
import { DOC_SHORT_NAMES } from './status-labels';

/** Where an overlay on the map's left edge goes: beside the side panel (or the reader) when that is open. */
export function useBesidePanelClass(): string {
  return useAtlas((state) =>
    !state.panelOpen || state.readerMode === 'full'
      ? ''
      : state.readerMode === 'panel'
        ? ' beside-reader'
        : ' beside-panel',
  );
}

/** The key to the map's tints while a plan colouring or a change view is on, with a way to turn it off. */
export function PlanLegend() {
  const { t, pick } = useText();
  const plan = useAtlas((state) => state.plan);
  const changed = useAtlas((state) => state.changed);
  const beside = useBesidePanelClass();
  if (!plan && !changed) return null;
  const name = (doc: string) => {
    const short = DOC_SHORT_NAMES[doc];
    return short ? pick(short) : doc;
  };
  return (
    <section className={`plan-legend${beside}`} aria-label={t('legendHeading')} data-testid="plan-legend">
      <p>
        {plan
          ? t('planLegendPlan', { plan: name(plan) })
          : t('planLegendChanged', { from: name(changed?.[0] ?? ''), to: name(changed?.[1] ?? '') })}
      </p>
      <ul className="status-legend">
        {STATUS_CLASSES.filter((status) => plan || status !== 'mention').map((status) => (
          <li key={status}>
            <StatusChip status={status} />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="text-button"
        onClick={() => (plan ? setPlanColouring(null) : setPlanChanged(null))}
      >
        {t('planLegendOff')}
      </button>
    </section>
  );
}
