/** Map camera as the atlas stores and shares it. */
export interface View {
  center: [number, number];
  zoom: number;
  bearing: number;
}

/** The whole province in a 1280×720 window. */
export const DEFAULT_VIEW: View = { center: [102.8, 30.1], zoom: 5.45, bearing: 0 };

export const ZOOM_RANGE = { min: 4, max: 12 } as const;

/** Bounds of the embedded data: panning further shows nothing. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [90, 22],
  [116, 38],
];

/** Equal at the precision the URL keeps (≈ 1 m, 0.01 zoom, 0.1°), so round trips don't count as changes. */
export function sameView(a: View, b: View): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-5 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-5 &&
    Math.abs(a.zoom - b.zoom) < 0.005 &&
    Math.abs(normalizeBearing(a.bearing) - normalizeBearing(b.bearing)) < 0.05
  );
}

export function normalizeBearing(bearing: number): number {
  const wrapped = ((((bearing + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}
