/** Test helpers: the real seeds files, read once, so unit tests run on excerpts of the actual traps. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFiles } from './catalogue.ts';

const root = join(import.meta.dirname, '../..');

export function seedLines(key: keyof typeof seedFiles): string[] {
  return readFileSync(join(root, seedFiles[key]), 'utf8').split('\n');
}

export function seedBytes(key: keyof typeof seedFiles): Uint8Array {
  return new Uint8Array(readFileSync(join(root, seedFiles[key])));
}

export const repositoryRoot = root;
