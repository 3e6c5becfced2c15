/**
 * Small hand-made gazetteer for unit tests: real names from the plans, fake ids. The real rule and verb data
 * (data/gazetteer) is used as is, so the tests exercise the shipped rules.
 */
import aliases from '../../data/gazetteer/aliases.json';
import config from '../../data/gazetteer/config.json';
import distributive from '../../data/gazetteer/distributive.json';
import falseFriends from '../../data/gazetteer/false-friends.json';
import groups from '../../data/gazetteer/groups.json';
import statusVerbs from '../../data/gazetteer/status-verbs.json';
import type { LinkerContext } from './linker.ts';
import { findMentions } from './matcher.ts';
import { type GazetteerFiles, prepareLinker } from './prepare.ts';
import type { FalseFriendRule } from './rules.ts';
import type { GazetteerFeature } from './types.ts';

const f = (id: string, layer: string, name_zh: string, aliases: string[] = []): GazetteerFeature => ({
  id,
  layer,
  name_zh,
  aliases,
});

export const FEATURES: GazetteerFeature[] = [
  f('pref-cd', 'prefectures', '成都市'),
  f('pref-dy', 'prefectures', '德阳市'),
  f('pref-ms', 'prefectures', '眉山市'),
  f('pref-zy', 'prefectures', '资阳市'),
  f('pref-zg', 'prefectures', '自贡市'),
  f('pref-sn', 'prefectures', '遂宁市'),
  f('pref-nj', 'prefectures', '内江市'),
  f('pref-bz', 'prefectures', '巴中市'),
  f('pref-lz', 'prefectures', '泸州市'),
  f('pref-yb', 'prefectures', '宜宾市'),
  f('pref-aba', 'prefectures', '阿坝藏族羌族自治州'),
  f('pref-gz', 'prefectures', '甘孜藏族自治州'),
  f('pref-ls', 'prefectures', '凉山彝族自治州'),
  f('county-gz', 'counties', '甘孜县'),
  f('county-jj', 'counties', '锦江区'),
  f('county-tj', 'counties', '通江县'),
  f('county-hy', 'counties', '华蓥市'),
  f('county-ems', 'counties', '峨眉山市'),
  f('zone-cd', 'zones', '成都平原经济区', ['成都平原']),
  f('zone-cn', 'zones', '川南经济区', ['川南']),
  f('rail-cdw', 'railways', '成达万高铁', ['成达万']),
  f('rail-msn', 'railways', '绵遂资内铁路', ['绵遂资内']),
  f('rail-dc', 'railways', '达成铁路', ['达成']),
  f('rail-dw', 'railways', '达万铁路', ['达万']),
  f('rail-cz', 'railways', '川藏铁路雅安至林芝段', ['川藏铁路']),
  f('rail-cq', 'railways', '川青铁路', ['成西铁路', '西成铁路', '成都至西宁']),
  f('rail-xc', 'railways', '西成高铁'),
  f('rail-cyzx', 'railways', '成渝中线高铁', ['成渝中线']),
  f('exp-g42', 'expressways', '沪蓉高速(G42)四川段', ['G42']),
  f('exp-g4215', 'expressways', 'G4215成自泸扩容', ['G4215']),
  f('exp-cy', 'expressways', '成渝高速(G76/G85)', ['成渝']),
  f('air-tf', 'airports', '成都天府国际机场', ['天府国际机场', '天府国际空港']),
  f('air-sf', 'airports', '德阳什邡通用机场'),
  f('air-hy', 'airports', '眉山洪雅通用机场'),
  f('port-lz', 'ports', '泸州港'),
  f('res-sb', 'places', '三坝水库'),
  f('res-gk', 'places', '观口水库'),
  f('res-zab', 'places', '中阿坝水库'),
  f('river-jj', 'waterways', '锦江'),
  f('river-cj', 'rivers', '长江'),
  f('river-minjiang', 'rivers', '岷江'),
  f('river-mj', 'waterways', '岷江(眉山—宜宾段)高等级航道', ['岷江航运主通道']),
  f('newarea-tf', 'places', '四川天府新区', ['天府新区']),
  f('station-tf', 'stations', '天府站'),
  f('station-cd', 'stations', '成都'),
  f('station-hz', 'stations', '合作'),
  f('mount-em', 'places', '峨眉山'),
];

export const FILES = {
  aliases,
  groups,
  config,
  falseFriends,
  distributive,
  statusVerbs,
} as unknown as GazetteerFiles;

export const RULES = falseFriends.rules as FalseFriendRule[];

export function fixtureContext(sourceLines = new Map<string, string[]>()): LinkerContext {
  return prepareLinker(FEATURES, FILES, sourceLines).context;
}

/** Surfaces (with feature ids) found in a sentence. */
export function linked(text: string, context = fixtureContext()): string[] {
  return findMentions(context.matcher, text).map((m) => `${m.surface}=${m.features.join('+')}`);
}
