/**
 * npm run corpus:build — parses seeds/ into public/data/plans/. I/O only: the work is in src/corpus/build.ts.
 * Files are written to a temporary directory next to the target and swapped in only when everything succeeded,
 * so a failed build leaves the previous output untouched and nothing half-written.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../src/corpus/build.ts';
import { CorpusError } from '../src/corpus/corpus-error.ts';

export function runCorpusBuild(root: string, outputDirectory = join(root, 'public/data/plans')): string[] {
  const started = performance.now();
  const corpus = buildCorpus((path) => {
    const absolute = join(root, path);
    return existsSync(absolute) ? new Uint8Array(readFileSync(absolute)) : null;
  });
  const files = corpus.files;
  const parent = dirname(outputDirectory);
  mkdirSync(parent, { recursive: true });
  const temporary = join(parent, `.plans-build-${process.pid}`);
  const previous = join(parent, `.plans-previous-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary);
  try {
    for (const [name, contents] of [...files].sort(([left], [right]) => (left < right ? -1 : 1))) {
      writeFileSync(join(temporary, name), contents);
    }
    if (existsSync(outputDirectory)) renameSync(outputDirectory, previous);
    renameSync(temporary, outputDirectory);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(outputDirectory)) renameSync(previous, outputDirectory);
    throw error;
  }
  const lines = corpus.index.documents.map(
    (entry) => `${entry.id}: ${entry.block_count} blocks, ${entry.bytes} bytes (${entry.gzip_bytes} gzipped)`,
  );
  lines.push(`corpus built in ${(performance.now() - started).toFixed(0)} ms`);
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    for (const line of runCorpusBuild(root)) console.log(line);
  } catch (error) {
    if (error instanceof CorpusError) {
      console.error(`corpus build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
