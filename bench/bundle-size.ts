import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * Initial JavaScript: the scripts index.html loads, plus a separate MapLibre worker file if the build has one
 * (MapLibre 6 shipped one; 5.x builds its worker from code inside the main bundle, so there is none).
 */
export function initialJavascript(dist = 'dist'): {
  files: { file: string; gzip: number }[];
  totalGzip: number;
} {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g),
  ].map((match) => match[1] as string);
  const worker = readdirSync(join(dist, 'assets')).filter((file) => file.startsWith('maplibre-gl-worker'));
  const files = [...new Set([...scripts, ...worker.map((file) => `assets/${file}`)])].map((file) => ({
    file,
    gzip: gzipSize(join(dist, file)),
  }));
  return { files, totalGzip: files.reduce((sum, file) => sum + file.gzip, 0) };
}

/** Every JavaScript chunk in the build with its gzipped size (lazy chunks included), for the report. */
export function allChunks(dist = 'dist'): { file: string; gzip: number }[] {
  return readdirSync(join(dist, 'assets'))
    .filter((file) => /\.(m?js)$/.test(file))
    .map((file) => ({ file, gzip: gzipSize(join(dist, 'assets', file)) }))
    .sort((a, b) => b.gzip - a.gzip);
}
