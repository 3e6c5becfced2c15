/**
 * Gazetteer: every surface form the plans use, mapped to layer features. Forms come from the layer features
 * (name_zh + aliases) plus authored additions in data/gazetteer (extra aliases, group aliases). Authored entries name
 * features by a key (id, name_zh or alias) so the data survives id changes in the layers.
 */
import { normalizeForm } from './normalize.ts';
import type { FormSource, FormTarget, GazetteerFeature } from './types.ts';

export interface AliasEntry {
  /** Feature key: id, name_zh or an alias of exactly one feature. */
  feature: string;
  forms: string[];
  note?: string;
}

export interface GroupEntry {
  form: string;
  /** Feature keys; the form links to all of them. */
  members: string[];
  note?: string;
}

export interface DerivedFormRules {
  /** Layers whose `…市` / `…县` names also match without the suffix (成都市 → 成都). */
  stripSuffixLayers: string[];
  suffixes: string[];
  /** Short forms that are ordinary words and must never be derived (南部县 → 南部 "southern"). */
  never: string[];
}

export interface GazetteerData {
  aliases: AliasEntry[];
  groups: GroupEntry[];
  derived: DerivedFormRules;
  /** Layers in the order that wins when one form names features in several layers. */
  layerPriority: string[];
  /**
   * Layers whose bare names are place names, not the feature (station 成都, 合作): their names and aliases only
   * match with this suffix added (成都站). Names that already end with it are kept as they are.
   */
  requireSuffix: Record<string, string>;
  /**
   * Two-character aliases that are ordinary words or pair abbreviations (达成 "achieve", 成渝 the region, 广巴)
   * only match with one of these type suffixes (达成铁路, 成渝高速), per layer.
   */
  shortFormSuffixes: Record<string, string[]>;
  /** Layer aliases that mislead, with the reason (成绵 is the widening project, not the whole G5). */
  dropAliases: { feature: string; forms: string[]; note: string }[];
}

export interface Gazetteer {
  /** Normalised form → targets, best first. */
  forms: Map<string, FormTarget[]>;
  /** Longest form length, bounds the matcher's look-ahead. */
  maxLength: number;
  /** Authored keys that matched no feature (reported by the build, never silently dropped). */
  unresolved: string[];
  /** Authored keys that matched several features. */
  ambiguousKeys: string[];
  featuresById: Map<string, GazetteerFeature>;
}

export interface KeyIndex {
  byId: Map<string, GazetteerFeature>;
  byName: Map<string, GazetteerFeature[]>;
  byAlias: Map<string, GazetteerFeature[]>;
}

export function buildKeyIndex(features: GazetteerFeature[]): KeyIndex {
  const byId = new Map<string, GazetteerFeature>();
  const byName = new Map<string, GazetteerFeature[]>();
  const byAlias = new Map<string, GazetteerFeature[]>();
  const push = (map: Map<string, GazetteerFeature[]>, key: string, feature: GazetteerFeature) => {
    const list = map.get(key) ?? [];
    if (!list.includes(feature)) list.push(feature);
    map.set(key, list);
  };
  for (const feature of features) {
    byId.set(feature.id, feature);
    push(byName, normalizeForm(feature.name_zh), feature);
    for (const alias of feature.aliases) push(byAlias, normalizeForm(alias), feature);
  }
  return { byId, byName, byAlias };
}

/**
 * Resolves an authored key to features: id first, then an exact name, then an alias. Returns [] when nothing or
 * more than one feature answers at the first level that answers (ambiguous keys must be fixed in the data).
 */
export function resolveKey(key: string, index: KeyIndex): { ids: string[]; ambiguous: boolean } {
  const byId = index.byId.get(key);
  if (byId) return { ids: [byId.id], ambiguous: false };
  const norm = normalizeForm(key);
  for (const map of [index.byName, index.byAlias]) {
    const hits = map.get(norm);
    if (hits && hits.length === 1) return { ids: [(hits[0] as GazetteerFeature).id], ambiguous: false };
    if (hits && hits.length > 1) return { ids: [], ambiguous: true };
  }
  return { ids: [], ambiguous: false };
}

function deriveForms(feature: GazetteerFeature, rules: DerivedFormRules): string[] {
  if (!rules.stripSuffixLayers.includes(feature.layer)) return [];
  const out: string[] = [];
  for (const name of [feature.name_zh, ...feature.aliases]) {
    // Autonomous prefectures are written 阿坝州 and 阿坝 as well as in full.
    const autonomous = /^(.{2,3}?)(?:藏族羌族|藏族|彝族|羌族)*自治(州|县)$/u.exec(name);
    if (autonomous?.[1]) {
      out.push(`${autonomous[1]}${autonomous[2]}`, autonomous[1]);
      continue;
    }
    for (const suffix of rules.suffixes) {
      if (name.endsWith(suffix) && name.length - suffix.length >= 2) out.push(name.slice(0, -suffix.length));
    }
  }
  return out.filter((form) => !rules.never.includes(form));
}

const SOURCE_RANK: Record<FormSource, number> = { name: 0, alias: 1, extra: 2, group: 3, distributive: 4 };

export function buildGazetteer(features: GazetteerFeature[], data: GazetteerData): Gazetteer {
  const index = buildKeyIndex(features);
  const forms = new Map<string, FormTarget[]>();
  const unresolved: string[] = [];
  const ambiguousKeys: string[] = [];
  const layerRank = (layer: string) => {
    const rank = data.layerPriority.indexOf(layer);
    return rank === -1 ? data.layerPriority.length : rank;
  };

  const add = (form: string, ids: string[], source: FormSource) => {
    const key = normalizeForm(form);
    if (key.length < 2 || ids.length === 0) return;
    const first = index.byId.get(ids[0] as string);
    const targets = forms.get(key) ?? [];
    const same = targets.find((t) => t.features.join('|') === ids.join('|'));
    if (same) {
      if (SOURCE_RANK[source] < SOURCE_RANK[same.source]) same.source = source;
      return;
    }
    targets.push({ features: ids, source, layer: first?.layer ?? '' });
    forms.set(key, targets);
  };
  const resolve = (key: string): string[] => {
    const { ids, ambiguous } = resolveKey(key, index);
    if (ambiguous) ambiguousKeys.push(key);
    else if (ids.length === 0) unresolved.push(key);
    return ids;
  };

  const suffixed = (feature: GazetteerFeature, form: string) => {
    const suffix = data.requireSuffix[feature.layer];
    if (!suffix || form.endsWith(suffix)) return form;
    // 金堂(淮州) → 金堂站: a bracketed alternative is dropped before the suffix is added.
    return `${form.replace(/[（(][^）)]*[）)]$/u, '')}${suffix}`;
  };
  const dropped = new Set(
    data.dropAliases.flatMap((d) => d.forms.map((f) => `${d.feature}\u0000${normalizeForm(f)}`)),
  );
  const aliasForms = (feature: GazetteerFeature, alias: string): string[] => {
    if (dropped.has(`${feature.id}\u0000${normalizeForm(alias)}`)) return [];
    const suffixes = data.shortFormSuffixes[feature.layer];
    if (suffixes && normalizeForm(alias).length <= 2) return suffixes.map((suffix) => alias + suffix);
    return [suffixed(feature, alias)];
  };
  for (const feature of features) {
    add(suffixed(feature, feature.name_zh), [feature.id], 'name');
    for (const alias of feature.aliases)
      for (const form of aliasForms(feature, alias)) add(form, [feature.id], 'alias');
    for (const derived of deriveForms(feature, data.derived)) add(derived, [feature.id], 'alias');
  }
  for (const entry of data.aliases) {
    const ids = resolve(entry.feature);
    for (const form of entry.forms) add(form, ids, 'extra');
  }
  for (const group of data.groups) {
    const ids = group.members.flatMap(resolve);
    // A group with a missing member would silently under-link; keep it only when every member resolved.
    if (ids.length === group.members.length) add(group.form, ids, 'group');
  }

  for (const [key, targets] of forms) {
    // One form that several features of one layer carry as the same kind of form names all of them
    // (川藏高速公路 = both G4218 sections; 两场一体 = both Chengdu airports).
    const merged: FormTarget[] = [];
    for (const target of targets) {
      const same = merged.find((m) => m.layer === target.layer && m.source === target.source);
      if (same) same.features = [...new Set([...same.features, ...target.features])].sort();
      else merged.push({ ...target, features: [...target.features] });
    }
    forms.set(key, merged);
  }
  let maxLength = 0;
  for (const [key, targets] of forms) {
    maxLength = Math.max(maxLength, key.length);
    // Best target first: an exact name beats an alias; then the layer priority decides.
    targets.sort(
      (a, b) =>
        SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
        layerRank(a.layer) - layerRank(b.layer) ||
        a.features.join().localeCompare(b.features.join()),
    );
  }
  return {
    forms,
    maxLength,
    unresolved: [...new Set(unresolved)].sort(),
    ambiguousKeys: [...new Set(ambiguousKeys)].sort(),
    featuresById: index.byId,
  };
}
