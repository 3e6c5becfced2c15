/**
 * Thin wrapper over mapshaper's in-memory API. mapshaper builds a shared-arc topology from identical vertices, so
 * simplifying adjacent polygons together keeps their common borders identical (no slivers or gaps), which plain
 * per-feature simplification (turf) would not. Pure in effect: collections in, collections out, no files touched.
 */
import type { FeatureCollection } from 'geojson';
import mapshaper from 'mapshaper';

export async function runMapshaper(
  commands: string,
  inputs: Record<string, FeatureCollection>,
): Promise<Record<string, FeatureCollection>> {
  const files: Record<string, string> = {};
  for (const [name, collection] of Object.entries(inputs)) files[name] = JSON.stringify(collection);
  const output = (await mapshaper.applyCommands(commands, files)) as Record<string, string | Uint8Array>;
  const result: Record<string, FeatureCollection> = {};
  for (const [name, content] of Object.entries(output)) {
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    result[name] = JSON.parse(text) as FeatureCollection;
  }
  return result;
}
