/**
 * Crop ETOPO5 (ferret-datasets etopo5.cdf, variable ROSE) to the atlas box and write compact JSON.
 * Called by extract-debian.sh; the output is committed so geo:build does not need the 37 MB netCDF.
 * Usage: tsx geo/scripts/crop-etopo5.ts <etopo5.cdf> <out.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// netcdfjs lives in geo/node_modules (build-only dependency), so resolve it from there.
const require = createRequire(new URL('../package.json', import.meta.url));
const { NetCDFReader } = require('netcdfjs') as {
  NetCDFReader: new (data: Buffer) => { getDataVariable(name: string): number[] };
};

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: crop-etopo5.ts <etopo5.cdf> <out.json>');

// Grid nodes sit at multiples of 1/12 degree (node registration): X 0..359.9167, Y -90..90 south to north.
const STEP = 1 / 12;
const WEST = 95.5;
const EAST = 110.5;
const SOUTH = 24.5;
const NORTH = 35.5;

const reader = new NetCDFReader(readFileSync(input));
const rose = reader.getDataVariable('ROSE');
const ncols = 4320;
const i0 = Math.round(WEST / STEP);
const i1 = Math.round(EAST / STEP);
const j0 = Math.round((SOUTH + 90) / STEP);
const j1 = Math.round((NORTH + 90) / STEP);

const rows: string[] = [];
// Write north to south, like an image.
for (let j = j1; j >= j0; j--) {
  const row: number[] = [];
  for (let i = i0; i <= i1; i++) {
    const value = rose[j * ncols + i];
    if (value === undefined || !Number.isFinite(value) || Math.abs(value) > 1e5)
      throw new Error(`bad cell ${i},${j}`);
    row.push(Math.round(value));
  }
  rows.push(JSON.stringify(row));
}

const header = {
  source: 'ETOPO5 5-minute global relief (NOAA NGDC), Debian ferret-datasets etopo5.cdf, variable ROSE',
  licence: 'US Government work, public domain',
  units: 'm',
  registration: 'node',
  step_deg: STEP,
  west: WEST,
  north: NORTH,
  width: i1 - i0 + 1,
  height: j1 - j0 + 1,
};
const text = `${JSON.stringify(header).slice(0, -1)},"rows":[\n${rows.join(',\n')}\n]}\n`;
writeFileSync(output, text);
console.log(`wrote ${output}: ${header.width}x${header.height}`);
