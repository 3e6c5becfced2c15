/**
 * Readers for hand-authored records (geo/authored/*.json): a JSON array of objects. Each record is located by the line
 * it starts on, so a bad record is reported by file and line whether the file keeps one record per line or has been
 * expanded by the formatter. Pure: callers pass the text and the file name used in messages.
 */

export class AuthoredError extends Error {
  constructor(file: string, line: number | null, message: string) {
    super(line === null ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'AuthoredError';
  }
}

export interface LineRecord {
  line: number;
  value: Record<string, unknown>;
}

/** Split a top-level JSON array into element texts with their start lines, without parsing the elements. */
function splitTopLevelArray(text: string, file: string): { line: number; body: string }[] {
  const elements: { line: number; body: string }[] = [];
  let line = 1;
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] as string)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  skipSpace();
  if (text[i] !== '[') throw new AuthoredError(file, line, 'expected a JSON array of records');
  i++;
  for (;;) {
    skipSpace();
    if (text[i] === ']') break;
    if (i >= text.length) throw new AuthoredError(file, line, 'unexpected end of file: missing ]');
    const startLine = line;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\n') line++;
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        if (depth === 0) break;
        depth--;
      } else if (ch === ',' && depth === 0) break;
    }
    const body = text.slice(start, i);
    elements.push({ line: startLine, body });
    if (text[i] === ',') i++;
    else if (text[i] !== ']') {
      // Ran off the end: blame the record that never closed if it is itself malformed.
      try {
        JSON.parse(body);
      } catch (error) {
        throw new AuthoredError(file, startLine, `invalid JSON record (${(error as Error).message})`);
      }
      throw new AuthoredError(file, line, 'unexpected end of file: missing ]');
    }
  }
  i++;
  skipSpace();
  if (i < text.length) throw new AuthoredError(file, line, 'text after the closing ]');
  return elements;
}

/** Parse the records; a malformed record is reported with the line it starts on. */
export function parseRecordLines(text: string, file: string): LineRecord[] {
  return splitTopLevelArray(text, file).map(({ line, body }) => {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new AuthoredError(file, line, `invalid JSON record (${(error as Error).message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new AuthoredError(file, line, 'each record must be a JSON object');
    }
    return { line, value: value as Record<string, unknown> };
  });
}

export function requireString(record: LineRecord, key: string, file: string, pattern?: RegExp): string {
  const value = record.value[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AuthoredError(file, record.line, `"${key}" must be a non-empty string`);
  }
  if (pattern && !pattern.test(value))
    throw new AuthoredError(file, record.line, `"${key}" ${JSON.stringify(value)} does not match ${pattern}`);
  return value;
}

export function optionalString(record: LineRecord, key: string, file: string): string | undefined {
  if (record.value[key] === undefined) return undefined;
  return requireString(record, key, file);
}

export function requireStringArray(
  record: LineRecord,
  key: string,
  file: string,
  pattern?: RegExp,
): string[] {
  const value = record.value[key];
  if (
    !Array.isArray(value) ||
    value.some((item) => typeof item !== 'string' || (pattern && !pattern.test(item)))
  ) {
    throw new AuthoredError(
      file,
      record.line,
      `"${key}" must be an array of strings${pattern ? ` matching ${pattern}` : ''}`,
    );
  }
  return value as string[];
}

export function requireLonLat(record: LineRecord, key: string, file: string): [number, number] {
  const value = record.value[key];
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'number' ||
    typeof value[1] !== 'number' ||
    value[0] < 95 ||
    value[0] > 111 ||
    value[1] < 24 ||
    value[1] > 36
  ) {
    throw new AuthoredError(file, record.line, `"${key}" must be [lon, lat] inside 95-111E 24-36N`);
  }
  return [value[0], value[1]];
}

export function requireUnique<T>(
  records: LineRecord[],
  key: (record: LineRecord) => T,
  file: string,
  what: string,
): void {
  const seen = new Map<T, number>();
  for (const record of records) {
    const value = key(record);
    const previous = seen.get(value);
    if (previous !== undefined) {
      throw new AuthoredError(
        file,
        record.line,
        `duplicate ${what} ${String(value)} (first on line ${previous})`,
      );
    }
    seen.set(value, record.line);
  }
}

export const ADCODE = /^51\d{4}$/;

export interface NameRecord {
  adcode: string;
  name_zh: string;
  name_en: string;
  short_en?: string;
  aliases: string[];
}

export function parseNames(text: string, file: string): Map<string, NameRecord> {
  const records = parseRecordLines(text, file);
  requireUnique(records, (r) => r.value.adcode, file, 'adcode');
  const names = new Map<string, NameRecord>();
  for (const record of records) {
    const adcode = requireString(record, 'adcode', file, ADCODE);
    const aliases = record.value.aliases === undefined ? [] : requireStringArray(record, 'aliases', file);
    const shortEn = optionalString(record, 'short_en', file);
    names.set(adcode, {
      adcode,
      name_zh: requireString(record, 'name_zh', file),
      name_en: requireString(record, 'name_en', file, /^[A-Z][A-Za-z' ê-]+$/),
      ...(shortEn ? { short_en: shortEn } : {}),
      aliases,
    });
  }
  return names;
}

export const ZONE_IDS = ['chengdu-plain', 'south', 'northeast', 'panxi', 'northwest'] as const;
export type ZoneId = (typeof ZONE_IDS)[number];

export interface ZoneRecord {
  id: ZoneId;
  name_zh: string;
  name_en: string;
  short_zh: string;
  members: string[];
}

export function parseZones(text: string, file: string): ZoneRecord[] {
  const records = parseRecordLines(text, file);
  requireUnique(records, (r) => r.value.id, file, 'zone id');
  const zones: ZoneRecord[] = [];
  const memberOf = new Map<string, number>();
  for (const record of records) {
    const id = requireString(record, 'id', file);
    if (!(ZONE_IDS as readonly string[]).includes(id))
      throw new AuthoredError(file, record.line, `unknown zone id "${id}"`);
    const members = requireStringArray(record, 'members', file, /^51\d{2}00$/);
    for (const member of members) {
      const previous = memberOf.get(member);
      if (previous !== undefined)
        throw new AuthoredError(file, record.line, `${member} is already in the zone on line ${previous}`);
      memberOf.set(member, record.line);
    }
    zones.push({
      id: id as ZoneId,
      name_zh: requireString(record, 'name_zh', file),
      name_en: requireString(record, 'name_en', file),
      short_zh: requireString(record, 'short_zh', file),
      members,
    });
  }
  return zones;
}
