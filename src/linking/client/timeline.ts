/**
 * Status across plans: what each plan commits a feature to, the status a chosen plan gives every feature, and
 * the features whose status changed between two plans. Pure functions over links.json rows.
 */
import type { DocumentMentions } from '../lookup.ts';
import type { Link, StatusClass } from '../types.ts';

/**
 * When a plan mentions a feature in several sentences, the most committal verb stands for the plan: a plan that
 * says "加快建设" once and "依托" twice is building it. Upgrade sits with start: both commit money to works.
 */
export const STATUS_PRECEDENCE: readonly StatusClass[] = [
  'completed',
  'under-construction',
  'start',
  'upgrade',
  'preparatory',
  'study',
  'mention',
];

export function primaryStatus(statuses: Iterable<StatusClass>): StatusClass {
  const set = new Set(statuses);
  return STATUS_PRECEDENCE.find((s) => set.has(s)) ?? 'mention';
}

export interface TimelineEntry {
  doc: string;
  date: string | null;
  status: StatusClass;
  /** Every status class this plan gives the feature, first-seen order. */
  statuses: StatusClass[];
  mentions: number;
}

/** One entry per plan that mentions the feature, in the lookup's date order. */
export function statusTimeline(groups: readonly DocumentMentions[]): TimelineEntry[] {
  return groups.map((group) => ({
    doc: group.doc,
    date: group.date,
    status: primaryStatus(group.statuses),
    statuses: group.statuses,
    mentions: group.links.length,
  }));
}

export interface PlanStatus {
  layer: string;
  status: StatusClass;
}

/** The status one plan gives each feature it mentions. */
export function statusesInPlan(links: readonly Link[], doc: string): Map<string, PlanStatus> {
  const seen = new Map<string, { layer: string; statuses: StatusClass[] }>();
  for (const link of links) {
    if (link.doc !== doc) continue;
    const entry = seen.get(link.feature) ?? { layer: link.layer, statuses: [] };
    entry.statuses.push(link.status_class);
    seen.set(link.feature, entry);
  }
  const result = new Map<string, PlanStatus>();
  for (const [feature, entry] of seen)
    result.set(feature, { layer: entry.layer, status: primaryStatus(entry.statuses) });
  return result;
}

export interface StatusChange {
  feature: string;
  layer: string;
  from: StatusClass;
  to: StatusClass;
}

/**
 * Features both plans commit to, with a different commitment (study in 2021 → under construction in 2026).
 * A bare mention states no status, so a move to or from `mention` is not a change.
 */
export function changedBetween(links: readonly Link[], fromDoc: string, toDoc: string): StatusChange[] {
  const before = statusesInPlan(links, fromDoc);
  const after = statusesInPlan(links, toDoc);
  const changes: StatusChange[] = [];
  for (const [feature, then] of before) {
    const now = after.get(feature);
    if (!now || then.status === 'mention' || now.status === 'mention' || then.status === now.status) continue;
    changes.push({ feature, layer: now.layer, from: then.status, to: now.status });
  }
  return changes.sort((a, b) => a.feature.localeCompare(b.feature));
}
