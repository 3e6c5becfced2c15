/**
 * Assembles the linker context from already-loaded data (layer features, data/gazetteer/*.json, source lines).
 * Pure, so the build script, the eval script and the data tests all link exactly the same way.
 */
import { buildGazetteer, type Gazetteer, type GazetteerData } from './gazetteer.ts';
import type { Confidence, LinkerContext } from './linker.ts';
import { createMatcher, type DistributiveRules } from './matcher.ts';
import type { FalseFriendRule } from './rules.ts';
import { createStatusReader, type StatusVerbs } from './status.ts';
import type { GazetteerFeature } from './types.ts';

export interface GazetteerFiles {
  aliases: Pick<GazetteerData, 'aliases'>;
  groups: Pick<GazetteerData, 'groups'>;
  config: Pick<
    GazetteerData,
    'layerPriority' | 'derived' | 'requireSuffix' | 'shortFormSuffixes' | 'dropAliases'
  > & {
    confidence: Confidence;
  };
  falseFriends: { rules: FalseFriendRule[] };
  distributive: DistributiveRules;
  statusVerbs: StatusVerbs;
}

/** Layer feature properties as they appear in public/data/layers/*.geojson. */
export interface LayerFeatureProperties {
  id: string;
  layer: string;
  name_zh: string;
  aliases?: string[];
  short_zh?: string;
  [extra: string]: unknown;
}

/** short_zh is a surface form the layers already know (成都, 川东北); it joins the aliases. */
export function toGazetteerFeature(properties: LayerFeatureProperties): GazetteerFeature {
  const aliases = [...(properties.aliases ?? [])];
  if (properties.short_zh && !aliases.includes(properties.short_zh)) aliases.push(properties.short_zh);
  return { id: properties.id, layer: properties.layer, name_zh: properties.name_zh, aliases };
}

export function prepareLinker(
  features: GazetteerFeature[],
  files: GazetteerFiles,
  sourceLines: Map<string, string[]>,
): { context: LinkerContext; gazetteer: Gazetteer } {
  const gazetteer = buildGazetteer(features, {
    aliases: files.aliases.aliases,
    groups: files.groups.groups,
    derived: files.config.derived,
    layerPriority: files.config.layerPriority,
    requireSuffix: files.config.requireSuffix,
    shortFormSuffixes: files.config.shortFormSuffixes,
    dropAliases: files.config.dropAliases,
  });
  const layers = new Map(features.map((f) => [f.id, f.layer]));
  const context: LinkerContext = {
    matcher: createMatcher(gazetteer, files.falseFriends.rules, files.distributive),
    status: createStatusReader(files.statusVerbs),
    confidence: files.config.confidence,
    sourceLines,
    layerOf: (id) => layers.get(id) ?? '',
  };
  return { context, gazetteer };
}
