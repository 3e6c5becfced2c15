/**
 * Named rivers as a mission layer (public/data/layers/rivers.geojson): the plans name 长江, 岷江, 沱江 … as
 * places, so the routed centrelines become linkable features with the full MissionFeatureProperties contract,
 * and the basemap keeps only the unnamed network so nothing is drawn twice.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { RiverWaypoints } from './rivers';

export const RIVER_PROVENANCE_SOURCE =
  'GSHHG 2.3.7 WDBII (Wessel & Smith), Debian gmt-gshhg-full, LGPL-3+; routed through geo/authored/rivers-waypoints.json';

/** Where segments ab and cd cross (endpoints included), or null. Plane geometry is enough at these scales. */
function crossing(a: Position, b: Position, c: Position, d: Position): Position | null {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [cx = 0, cy = 0] = c;
  const [dx = 0, dy = 0] = d;
  const denominator = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  if (denominator === 0) return null;
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denominator;
  const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [ax + t * (bx - ax), ay + t * (by - ay)];
}

/**
 * Cuts the loops out of a line. Where a waypoint snaps onto a side channel of a braided reach (岷江 at 都江堰),
 * the route runs down one channel and back up before going on, and simplification turns that into a self-crossing:
 * the vertices between two crossing segments are replaced by the crossing point.
 */
export function removeLoops(coordinates: Position[]): Position[] {
  let line = coordinates;
  for (let i = 0; i < line.length - 1; i++) {
    for (let j = line.length - 2; j >= i + 2; j--) {
      const at = crossing(
        line[i] as Position,
        line[i + 1] as Position,
        line[j] as Position,
        line[j + 1] as Position,
      );
      if (at) {
        line = [...line.slice(0, i + 1), at, ...line.slice(j + 1)];
        break;
      }
    }
  }
  return line;
}

/**
 * Turns the routed named rivers (properties id, name_zh, name_en, level, length_km) into mission features. Each
 * routed feature must have its waypoint record (same id), which supplies the aliases and the waypoint source.
 */
export function riverLayer(
  named: FeatureCollection<LineString>,
  rivers: RiverWaypoints[],
): FeatureCollection<LineString> {
  const byId = new Map(rivers.map((river) => [`river-${river.id}`, river]));
  const features = named.features.map((feature): Feature<LineString> => {
    const props = feature.properties ?? {};
    const id = String(props.id);
    const river = byId.get(id);
    if (!river) throw new Error(`named river ${id} has no waypoint record`);
    const lengthKm = Number(props.length_km);
    return {
      type: 'Feature',
      id,
      properties: {
        id,
        layer: 'rivers',
        name_zh: river.name_zh,
        name_en: river.name_en,
        aliases: [...river.aliases],
        kind: 'river',
        // A natural watercourse has no project status; the UI hides status for natural kinds.
        status: 'open',
        status_source: { ref: 'public fact: natural watercourse', date: '' },
        provenance: {
          source: RIVER_PROVENANCE_SOURCE,
          method: 'derived',
          accuracy_m: 1000,
          notes:
            `Centreline of WDBII levels 1–4 routed (Dijkstra) between waypoints at ${river.source || 'hand-picked points'}; ` +
            `${lengthKm} km inside the atlas box before simplification (0.003°, 4 decimals). ` +
            'WDBII sits up to about 1 km off the river-following county boundaries.',
        },
        level: props.level,
        length_km: lengthKm,
      },
      geometry: { type: 'LineString', coordinates: removeLoops(feature.geometry.coordinates) },
    };
  });
  return { type: 'FeatureCollection', features };
}
