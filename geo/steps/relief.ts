/**
 * Soft grey hillshade from the ETOPO5 crop: bicubic upsampling, then Lambertian shading from the north-west.
 * Output is an RGBA buffer (grey, alpha = shade strength) so the map's own background shows through flat areas.
 */

export interface ElevationGrid {
  /** Node-registered grid: cell (0,0) is centred on (west, north). */
  west: number;
  north: number;
  step: number;
  width: number;
  height: number;
  /** Row-major, north to south, metres. */
  values: Float64Array;
}

export function parseEtopoJson(text: string, file: string): ElevationGrid {
  let data: {
    west?: unknown;
    north?: unknown;
    step_deg?: unknown;
    width?: unknown;
    height?: unknown;
    rows?: unknown;
  };
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: invalid JSON (${(error as Error).message})`);
  }
  const { west, north, step_deg: step, width, height, rows } = data;
  if (typeof west !== 'number' || typeof north !== 'number' || typeof step !== 'number') {
    throw new Error(`${file}: west, north and step_deg must be numbers`);
  }
  if (
    typeof width !== 'number' ||
    typeof height !== 'number' ||
    !Array.isArray(rows) ||
    rows.length !== height
  ) {
    throw new Error(`${file}: expected ${String(height)} rows`);
  }
  const values = new Float64Array(width * height);
  rows.forEach((row: unknown, j: number) => {
    if (!Array.isArray(row) || row.length !== width || row.some((v) => typeof v !== 'number')) {
      throw new Error(`${file}: row ${j} must hold ${width} numbers`);
    }
    values.set(row as number[], j * width);
  });
  return { west, north, step, width, height, values };
}

function cubic(p0: number, p1: number, p2: number, p3: number, t: number): number {
  // Catmull-Rom: smooth, passes through the samples, no overshoot-prone parameters.
  return p1 + 0.5 * t * (p2 - p0 + t * (2 * p0 - 5 * p1 + 4 * p2 - p3 + t * (3 * (p1 - p2) + p3 - p0)));
}

/** Upsample by an integer factor; the output keeps node registration (w' = (w-1)·f + 1). */
export function upsampleBicubic(grid: ElevationGrid, factor: number): ElevationGrid {
  const width = (grid.width - 1) * factor + 1;
  const height = (grid.height - 1) * factor + 1;
  const values = new Float64Array(width * height);
  const at = (i: number, j: number) => {
    const ci = Math.min(grid.width - 1, Math.max(0, i));
    const cj = Math.min(grid.height - 1, Math.max(0, j));
    return grid.values[cj * grid.width + ci] ?? 0;
  };
  for (let y = 0; y < height; y++) {
    const gy = y / factor;
    const j = Math.floor(gy);
    const ty = gy - j;
    for (let x = 0; x < width; x++) {
      const gx = x / factor;
      const i = Math.floor(gx);
      const tx = gx - i;
      const rows = [-1, 0, 1, 2].map((dj) =>
        cubic(at(i - 1, j + dj), at(i, j + dj), at(i + 1, j + dj), at(i + 2, j + dj), tx),
      );
      values[y * width + x] = cubic(rows[0] ?? 0, rows[1] ?? 0, rows[2] ?? 0, rows[3] ?? 0, ty);
    }
  }
  return { west: grid.west, north: grid.north, step: grid.step / factor, width, height, values };
}

export interface HillshadeOptions {
  azimuthDeg: number;
  altitudeDeg: number;
  /** Vertical exaggeration; ETOPO5 is smooth, so some is needed to read the basin edge. */
  zFactor: number;
  /** Maximum alpha (0-255) for fully shaded slopes. */
  maxAlpha: number;
  /** Quantise alpha to this many levels: fewer distinct values keep the PNG small. */
  levels: number;
}

/**
 * Grey-and-alpha image: shadows dark grey with alpha, lit slopes white with alpha, flat land transparent.
 * Returns RGBA bytes, width×height, north-up.
 */
export function hillshade(grid: ElevationGrid, options: HillshadeOptions): Uint8Array {
  const { width, height, values } = grid;
  const rgba = new Uint8Array(width * height * 4);
  const toRad = Math.PI / 180;
  const zenith = (90 - options.altitudeDeg) * toRad;
  const azimuth = ((360 - options.azimuthDeg + 90) % 360) * toRad;
  const latMid = (grid.north - (height * grid.step) / 2) * toRad;
  const dx = grid.step * 111_320 * Math.cos(latMid);
  const dy = grid.step * 110_570;
  const flat = Math.cos(zenith);
  const at = (i: number, j: number) =>
    values[Math.min(height - 1, Math.max(0, j)) * width + Math.min(width - 1, Math.max(0, i))] ?? 0;
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const dzdx = ((at(i + 1, j) - at(i - 1, j)) / (2 * dx)) * options.zFactor;
      const dzdy = ((at(i, j - 1) - at(i, j + 1)) / (2 * dy)) * options.zFactor;
      const slope = Math.atan(Math.hypot(dzdx, dzdy));
      const aspect = Math.atan2(dzdy, -dzdx);
      const shade =
        Math.cos(zenith) * Math.cos(slope) + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuth - aspect);
      // Relative to a flat surface: negative = in shadow, positive = lit.
      const delta = Math.max(-1, Math.min(1, (shade - flat) / (1 - flat)));
      const step = 1 / options.levels;
      const q = Math.round(Math.abs(delta) / step) * step;
      const o = (j * width + i) * 4;
      const grey = delta < 0 ? 60 : 255;
      rgba[o] = grey;
      rgba[o + 1] = grey;
      rgba[o + 2] = grey;
      rgba[o + 3] = Math.round(Math.min(1, q) * options.maxAlpha);
    }
  }
  return rgba;
}

/** MapLibre image-source corners for a node-registered grid: pixel centres sit on grid nodes, so pad half a cell. */
export function imageCorners(
  grid: ElevationGrid,
): [[number, number], [number, number], [number, number], [number, number]] {
  const half = grid.step / 2;
  const w = grid.west - half;
  const n = grid.north + half;
  const e = grid.west + (grid.width - 1) * grid.step + half;
  const s = grid.north - (grid.height - 1) * grid.step - half;
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return [
    [r(w), r(n)],
    [r(e), r(n)],
    [r(e), r(s)],
    [r(w), r(s)],
  ];
}

/**
 * Separable Gaussian blur (sigma in grid cells). ETOPO5 carries blocky 5′ artefacts on the plateau; blurring before
 * shading trades them for a softer, honest-looking relief at zoom 5-8.
 */
export function smooth(grid: ElevationGrid, sigma: number): ElevationGrid {
  const radius = Math.ceil(sigma * 3);
  const kernel: number[] = [];
  for (let k = -radius; k <= radius; k++) kernel.push(Math.exp(-(k * k) / (2 * sigma * sigma)));
  const sum = kernel.reduce((a, b) => a + b, 0);
  const weights = kernel.map((v) => v / sum);
  const { width, height } = grid;
  const pass = (src: Float64Array, horizontal: boolean) => {
    const dst = new Float64Array(src.length);
    for (let j = 0; j < height; j++) {
      for (let i = 0; i < width; i++) {
        let acc = 0;
        for (let k = -radius; k <= radius; k++) {
          const ii = horizontal ? Math.min(width - 1, Math.max(0, i + k)) : i;
          const jj = horizontal ? j : Math.min(height - 1, Math.max(0, j + k));
          acc += (weights[k + radius] ?? 0) * (src[jj * width + ii] ?? 0);
        }
        dst[j * width + i] = acc;
      }
    }
    return dst;
  };
  return { ...grid, values: pass(pass(grid.values, true), false) };
}
