/**
 * Stations: the nodes the railway chains are drawn through. A node is a station of every line whose chain
 * uses it; its status is the most advanced status among those lines. Pure.
 */
import type { Feature, Point } from 'geojson';
import type { NodeRecord } from './features';

const STATUS_ORDER = ['open', 'under-construction', 'planned', 'study'];

interface LineRef {
  id: string;
  status: string;
  status_source: unknown;
  viaIds: string[];
}

export function buildStations(lines: LineRef[], nodes: Map<string, NodeRecord>): Feature<Point>[] {
  const byNode = new Map<string, LineRef[]>();
  for (const line of lines) {
    for (const id of new Set(line.viaIds)) {
      const list = byNode.get(id) ?? [];
      list.push(line);
      byNode.set(id, list);
    }
  }
  const out: Feature<Point>[] = [];
  for (const [nodeId, served] of byNode) {
    const node = nodes.get(nodeId);
    if (!node) throw new Error(`station node ${nodeId} missing`);
    const best = [...served].sort(
      (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.id < b.id ? -1 : 1),
    )[0] as LineRef;
    const id = `station-${nodeId}`;
    out.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [node.lon, node.lat] },
      properties: {
        id,
        layer: 'stations',
        name_zh: node.name_zh,
        name_en: node.name_en,
        aliases: [],
        kind: node.hub ? 'hub' : 'station',
        status: best.status,
        status_source: best.status_source,
        lines: served.map((line) => line.id).sort(),
        provenance: {
          source: node.source,
          method: 'authored',
          accuracy_m: node.source.startsWith('county-label:') ? 15000 : 5000,
          notes:
            'A railway node: the city or county seat (or named station) the line is drawn through, not a surveyed station site unless the source says station-fact.',
        },
      },
    });
  }
  return out;
}
