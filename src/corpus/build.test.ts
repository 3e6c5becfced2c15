/** Bad input must stop the build with an error naming the file and line, and leave public/data/ untouched. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCorpusBuild } from '../../scripts/build-corpus.ts';
import { buildCorpus } from './build.ts';
import { seedFiles } from './catalogue.ts';
import { CorpusError } from './corpus-error.ts';
import { repositoryRoot } from './test-support.ts';

const realSeeds = new Map<string, Uint8Array>(
  Object.values(seedFiles).map((path) => [path, new Uint8Array(readFileSync(join(repositoryRoot, path)))]),
);

function buildWith(replacements: Record<string, Uint8Array | null>) {
  return () =>
    buildCorpus((path) =>
      path in replacements ? (replacements[path] ?? null) : (realSeeds.get(path) ?? null),
    );
}

function errorOf(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected the build to fail');
}

const encoder = new TextEncoder();
const temporaryRoots: string[] = [];
afterEach(() => {
  for (const directory of temporaryRoots.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('corpus build on bad input', () => {
  it('names a missing file', () => {
    const error = errorOf(buildWith({ [seedFiles.chengdu14]: null }));
    expect(error.file).toBe(seedFiles.chengdu14);
    expect(error.message).toContain('missing');
  });

  it('names an empty file', () => {
    const error = errorOf(buildWith({ [seedFiles.decision2018]: new Uint8Array() }));
    expect(error.message).toBe(`${seedFiles.decision2018}: file is empty`);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const text = encoder.encode('政府工作报告\n\n第三行\n');
    const broken = new Uint8Array([...text, 0xff, 0xfe, 0x0a]);
    const error = errorOf(buildWith({ [seedFiles.workReport]: broken }));
    expect(error.file).toBe(seedFiles.workReport);
    expect(error.line).toBe(4);
    expect(error.message).toContain('not valid UTF-8');
  });

  it('stops on a structurally unparseable file (plan body title missing), naming file and line', () => {
    const regional = new TextDecoder().decode(realSeeds.get(seedFiles.regional14));
    const damaged = regional.replace(/\n川南经济区“十四五”一体化发展规划\n/, '\n');
    const error = errorOf(buildWith({ [seedFiles.regional14]: encoder.encode(damaged) }));
    expect(error.file).toBe(seedFiles.regional14);
    // The remaining (body) title moved up one line when the TOC title was deleted.
    expect(error.line).toBe(2523);
    expect(error.message).toContain('found 1');
  });

  it('stops on a file without its table of contents, naming the file and the line searched to', () => {
    const sichuan = new TextDecoder().decode(realSeeds.get(seedFiles.sichuan15)).replace('目 录', '');
    const error = errorOf(buildWith({ [seedFiles.sichuan15]: encoder.encode(sichuan) }));
    expect(error.message).toBe(
      `${seedFiles.sichuan15}:1975: no table of contents (目 录) found in lines 1–1975`,
    );
  });

  it('stops when a catalogue date is not in the text', () => {
    const decision = new TextDecoder()
      .decode(realSeeds.get(seedFiles.decision2018))
      .replace('2018年6月30日', '');
    const error = errorOf(buildWith({ [seedFiles.decision2018]: encoder.encode(decision) }));
    expect(error.file).toBe(seedFiles.decision2018);
    expect(error.message).toContain('catalogue citation not found for sc-decision-2018');
  });

  it('stops when heading numbers repeat (a duplicated chapter), naming the line', () => {
    const sichuan = new TextDecoder().decode(realSeeds.get(seedFiles.sichuan15)).split('\n');
    sichuan[208] = '第一章 规划背景';
    const error = errorOf(buildWith({ [seedFiles.sichuan15]: encoder.encode(sichuan.join('\n')) }));
    expect(error.message).toMatch(/^seeds\/000_b459015e3797d6d0\.txt:209: duplicate block id sc15\/p1\/c1/);
  });

  it('leaves the previous output in place and no temporary directory when the build fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpus-build-'));
    temporaryRoots.push(root);
    mkdirSync(join(root, 'seeds'));
    for (const [path, bytes] of realSeeds) writeFileSync(join(root, path), bytes);
    const output = join(root, 'public/data/plans');
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, 'index.json'), 'previous');
    writeFileSync(join(root, seedFiles.workReport), '');
    expect(() => runCorpusBuild(root)).toThrow(/004_603669ec919db96e\.txt: file is empty/);
    expect(readdirSync(output)).toEqual(['index.json']);
    expect(readFileSync(join(output, 'index.json'), 'utf8')).toBe('previous');
    expect(readdirSync(join(root, 'public/data')).sort()).toEqual(['plans']);
  });

  it('replaces the output whole when the build succeeds', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpus-build-'));
    temporaryRoots.push(root);
    mkdirSync(join(root, 'seeds'));
    for (const [path, bytes] of realSeeds) writeFileSync(join(root, path), bytes);
    const output = join(root, 'public/data/plans');
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, 'stale.json'), 'stale');
    runCorpusBuild(root);
    expect(existsSync(join(output, 'stale.json'))).toBe(false);
    expect(readdirSync(output)).toContain('sc15.json');
    expect(readdirSync(join(root, 'public/data')).sort()).toEqual(['plans']);
  });
});
