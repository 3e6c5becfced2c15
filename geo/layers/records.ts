/**
 * Authored records: JSON Lines parsing and field validation.
 * Pure functions only. Every error names file:line and the record id so a reviewer can jump straight to it.
 */

export const STATUSES = ['open', 'under-construction', 'planned', 'study'] as const;
export type Status = (typeof STATUSES)[number];
export const METHODS = ['official', 'derived', 'authored', 'schematic'] as const;

/** Kinds per layer: the app's styles key on these exact strings, so they are closed sets. */
export const LAYER_KINDS: Record<string, readonly string[]> = {
  railways: ['high-speed', 'intercity', 'conventional', 'suburban', 'freight'],
  stations: ['hub', 'station'],
  expressways: ['national', 'provincial', 'ring'],
  airports: ['hub', 'regional', 'general'],
  waterways: ['trunk', 'branch'],
  ports: ['port', 'lock', 'navigation-work'],
  ecology: ['national-park', 'nature-reserve', 'wetland', 'barrier', 'function-area'],
  places: [
    'new-area',
    'development-zone',
    'free-trade-zone',
    'bonded-zone',
    'energy-base',
    'grid-corridor',
    'water-work',
    'logistics-hub',
    'mountain',
    'heritage-site',
  ],
  axes: ['axis', 'belt', 'corridor'],
  'metro-circle': ['circle', 'belt', 'ring', 'commuting-circle'],
  // Written by the geo build from the routed rivers (geo/steps/river-layer.ts), not from a .jsonl file.
  rivers: ['river'],
};

/** Natural features have no project status or date: the UI hides status for them, so the date may be empty. */
export const NATURAL_KINDS: readonly string[] = ['river', 'mountain'];

export class AuthoredRecordError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly recordId: string | undefined,
    detail: string,
  ) {
    super(`${file}:${line}${recordId ? ` [${recordId}]` : ''} ${detail}`);
    this.name = 'AuthoredRecordError';
  }
}

export interface Located<T> {
  file: string;
  line: number;
  record: T;
}

export type RawRecord = Record<string, unknown>;

/** One JSON object per line; blank lines and lines starting with // are skipped (comments keep sources near data). */
export function parseJsonl(text: string, file: string): Located<RawRecord>[] {
  const out: Located<RawRecord>[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const raw = (lines[index] ?? '').trim();
    if (raw === '' || raw.startsWith('//')) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new AuthoredRecordError(file, index + 1, undefined, `invalid JSON: ${(error as Error).message}`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new AuthoredRecordError(file, index + 1, undefined, 'each line must be a JSON object');
    }
    out.push({ file, line: index + 1, record: value as RawRecord });
  }
  return out;
}

export function fail(located: Located<RawRecord>, detail: string): never {
  const id = typeof located.record.id === 'string' ? located.record.id : undefined;
  throw new AuthoredRecordError(located.file, located.line, id, detail);
}

export function requireString(located: Located<RawRecord>, key: string): string {
  const value = located.record[key];
  if (typeof value !== 'string' || value.trim() === '') fail(located, `missing or empty field "${key}"`);
  return value;
}

export function optionalNumber(located: Located<RawRecord>, key: string): number | null {
  const value = located.record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(located, `field "${key}" must be a number or null`);
  return value;
}

export function stringArray(located: Located<RawRecord>, key: string, required = false): string[] {
  const value = located.record[key];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '')) {
    fail(located, `field "${key}" must be an array of non-empty strings`);
  }
  return value as string[];
}

export interface CommonFields {
  id: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
  kind: string;
  status: Status;
  status_source: { ref: string; date: string };
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The fields every mission feature needs, checked against the layer's closed kind list. */
export function commonFields(located: Located<RawRecord>, layer: string): CommonFields {
  const id = requireString(located, 'id');
  if (!ID_PATTERN.test(id)) fail(located, `id "${id}" must be kebab-case ascii`);
  const kinds = LAYER_KINDS[layer];
  if (!kinds) throw new Error(`unknown layer ${layer}`);
  const kind = requireString(located, 'kind');
  if (!kinds.includes(kind)) fail(located, `kind "${kind}" is not one of ${kinds.join(', ')}`);
  const status = requireString(located, 'status');
  if (!(STATUSES as readonly string[]).includes(status))
    fail(located, `status "${status}" is not one of ${STATUSES.join(', ')}`);
  const source = located.record.status_source as Record<string, unknown> | undefined;
  if (
    !source ||
    typeof source.ref !== 'string' ||
    source.ref === '' ||
    typeof source.date !== 'string' ||
    (source.date === '' && !NATURAL_KINDS.includes(kind))
  ) {
    fail(located, 'missing status_source {ref, date}');
  }
  return {
    id,
    name_zh: requireString(located, 'name_zh'),
    name_en: requireString(located, 'name_en'),
    aliases: stringArray(located, 'aliases'),
    kind,
    status: status as Status,
    status_source: { ref: source.ref as string, date: source.date as string },
  };
}
