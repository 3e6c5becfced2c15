import { CorpusError } from './corpus-error.ts';

/**
 * Decodes a seeds file strictly: a wrong encoding must stop the build instead of turning into U+FFFD that would
 * silently end up in citations.
 */
export function decodeSource(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new CorpusError(path, null, 'file is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError(path, lineOfFirstInvalidByte(bytes), 'file is not valid UTF-8');
  }
  if (text.trim().length === 0) throw new CorpusError(path, 1, 'file holds only whitespace');
  return text;
}

/** Splits into physical lines exactly as `sed -n Np` numbers them; index 0 is line 1. */
export function splitLines(text: string): string[] {
  return text.split('\n');
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return line;
}
