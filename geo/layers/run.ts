/** Stand-alone entry: `npx tsx geo/layers/run.ts` (geo/build.ts calls buildMissionLayers itself). */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMissionLayers } from './build-layers';

const outDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'public/data/layers');
mkdirSync(outDir, { recursive: true });
await buildMissionLayers(outDir);
