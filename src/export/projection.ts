/**
 * Web Mercator as MapLibre draws it (512 px world at zoom 0), turned by the bearing about the frame centre, so the
 * SVG places features where the PNG shows them without needing a WebGL map.
 */
import { TILE_SIZE } from './scale-bar';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  /** Frame size in CSS pixels. */
  width: number;
  height: number;
}

const MAX_LATITUDE = 85.051129;

function world(lngLat: [number, number], zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const latitude = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lngLat[1]));
  const sin = Math.sin((latitude * Math.PI) / 180);
  return [((lngLat[0] + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** Geographic → frame CSS pixels (origin top left). */
export function mercatorProjector(camera: Camera): (lngLat: [number, number]) => [number, number] {
  const [cx, cy] = world(camera.center, camera.zoom);
  const angle = (-camera.bearing * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return (lngLat) => {
    const [x, y] = world(lngLat, camera.zoom);
    const dx = x - cx;
    const dy = y - cy;
    return [camera.width / 2 + dx * cos - dy * sin, camera.height / 2 + dx * sin + dy * cos];
  };
}
