/**
 * Scale bar maths. Web Mercator stretches by 1/cos(latitude), so the bar is computed for the latitude at the centre
 * of the exported map and the label says so; a bar drawn for the equator would be ~15 % wrong over Sichuan.
 */

/** WGS84 equatorial circumference in metres (the Web Mercator sphere). */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
export const TILE_SIZE = 512;

/** Ground metres per CSS pixel at `zoom` and `latitude` (degrees). */
export function metresPerCssPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** Great-circle distance in metres (haversine, mean radius): the independent check the tests use. */
export function haversineMetres(a: [number, number], b: [number, number]): number {
  const radius = 6_371_008.8;
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRad(b[1] - a[1]);
  const dLon = toRad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * radius * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface ScaleBar {
  /** Ground length the bar stands for, in metres (a 1-2-5 number). */
  metres: number;
  /** Printed length of the bar in millimetres. */
  paperMm: number;
  /** Segments drawn alternately dark and light (planners' ruler style). */
  segments: number;
  /** "50 km" or "500 m". */
  label: string;
  /** Representative fraction at the centre latitude, rounded to 3 significant figures (1 : 3 450 000). */
  denominator: number;
}

/** Largest 1-2-5 × 10^n length not above `limit`. */
export function niceLength(limit: number): number {
  if (!(limit > 0) || !Number.isFinite(limit)) throw new Error(`scale bar: no length fits ${limit}`);
  const power = 10 ** Math.floor(Math.log10(limit));
  for (const step of [5, 2, 1]) if (step * power <= limit) return step * power;
  return power;
}

/**
 * The scale bar for a map printed with `groundMetresPerPaperMm` (ground metres in one printed millimetre), at most
 * `maxMm` long and at least half of that (a 1-2-5 choice always lands in [maxMm/2.5, maxMm]).
 */
export function scaleBarFor(groundMetresPerPaperMm: number, maxMm: number): ScaleBar {
  const metres = niceLength(groundMetresPerPaperMm * maxMm);
  const leading = Number(String(metres).replace(/^(\d).*/, '$1'));
  return {
    metres,
    paperMm: metres / groundMetresPerPaperMm,
    segments: leading === 2 ? 4 : leading === 5 ? 5 : 4,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
    denominator: roundSignificant(groundMetresPerPaperMm * 1000, 3),
  };
}

export function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const power = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / power) * power;
}

/** Ground metres per printed millimetre for a map drawn at `zoom` with `pixelRatio` device pixels per CSS pixel. */
export function groundMetresPerPaperMm(
  latitude: number,
  zoom: number,
  pixelRatio: number,
  dpi: number,
): number {
  const metresPerDevicePixel = metresPerCssPixel(latitude, zoom) / pixelRatio;
  return metresPerDevicePixel * (dpi / 25.4);
}

/** "1 : 3 450 000" with thin grouping that reads the same in Chinese and English. */
export function formatDenominator(denominator: number): string {
  return `1 : ${Math.round(denominator)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
}
