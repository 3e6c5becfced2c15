import '../mentions.css';
import { AreaOutlineSync } from '../panels/mentions/area-passages';
import { PlanTintSync } from '../panels/mentions/plan-colouring';
import { PlanLegend } from '../panels/mentions/plan-legend';

/**
 * "Status by plan" and "changed between plans" in an embed. In the full atlas these live in the header's plan
 * tools, which an embed does not render; without them a shared ?plan= link would show plain colours. Loaded only
 * when the link asks for one of them.
 */
export function EmbedPlanTints() {
  return <PlanTintSync />;
}

/** The key to those tints, shown inside the embed's legend panel. */
export function EmbedPlanKey() {
  return <PlanLegend />;
}

/** The outline of a zone or prefecture asked about (?area=); its passage list stays in the full atlas. */
export function EmbedAreaOutline() {
  return <AreaOutlineSync />;
}
