/**
 * Map tints for "colour by the status a plan gives" and "changed between two plans": feature id → its layer and a
 * colour, for the layers asked for (the transport layers in the app).
 */
import type { Link, StatusClass } from '../types.ts';
import { changedBetween, statusesInPlan } from './timeline.ts';

export type Tints = Map<string, { layer: string; colour: string }>;

export function planTints(
  links: readonly Link[],
  choice: { plan: string | null; changed: readonly [string, string] | null },
  layers: ReadonlySet<string>,
  colours: Record<StatusClass, string>,
): Tints {
  const tints: Tints = new Map();
  if (choice.plan) {
    for (const [feature, { layer, status }] of statusesInPlan(links, choice.plan))
      if (layers.has(layer)) tints.set(feature, { layer, colour: colours[status] });
  } else if (choice.changed) {
    // Coloured by where the feature stands in the later plan.
    for (const change of changedBetween(links, choice.changed[0], choice.changed[1]))
      if (layers.has(change.layer))
        tints.set(change.feature, { layer: change.layer, colour: colours[change.to] });
  }
  return tints;
}
