/**
 * Adds metadata chunks to a PNG from canvas.toBlob: pHYs (so Word places the image at paper size rather than at
 * 96 dpi) and the text description (tEXt when the text is Latin-1, as the PNG spec requires; iTXt, the spec's
 * UTF-8 text chunk, when it holds Chinese). Chunks go right after IHDR, where pHYs must precede IDAT.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++)
    crc = (crcTable[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One chunk: length, type, data, CRC over type + data. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** pHYs in pixels per metre (300 dpi = 11811 px/m), unit byte 1 = metre. */
export function physChunk(dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  return chunk('pHYs', data);
}

const isLatin1 = (text: string) => [...text].every((char) => (char.codePointAt(0) ?? 0) <= 0xff);

/** A text chunk for `keyword` (Latin-1, 1–79 chars): tEXt for Latin-1 text, else iTXt (uncompressed UTF-8). */
export function textChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`PNG text keyword not allowed: ${keyword}`);
  // NUL separates fields; a NUL inside the text would cut it short, so it becomes a space.
  const clean = text.replace(/\0/g, ' ');
  const keywordBytes = Uint8Array.from(keyword, (char) => char.charCodeAt(0));
  if (isLatin1(clean)) {
    const body = Uint8Array.from(clean, (char) => char.charCodeAt(0));
    const data = new Uint8Array(keywordBytes.length + 1 + body.length);
    data.set(keywordBytes, 0);
    data.set(body, keywordBytes.length + 1);
    return chunk('tEXt', data);
  }
  const body = new TextEncoder().encode(clean);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text.
  const data = new Uint8Array(keywordBytes.length + 5 + body.length);
  data.set(keywordBytes, 0);
  data.set(body, keywordBytes.length + 5);
  return chunk('iTXt', data);
}

export interface PngChunkInfo {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

/** Reads the chunk list back (for tests and for checking our own output). */
export function readChunks(png: Uint8Array): PngChunkInfo[] {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunkInfo[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = view.getUint32(offset + 8 + length);
    chunks.push({ type, data, crcOk: crc === crc32(png, offset + 4, offset + 8 + length) });
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** The PNG with `extra` chunks inserted right after IHDR. */
export function insertAfterHeader(png: Uint8Array, extra: Uint8Array[]): Uint8Array {
  const [first] = readChunks(png);
  if (first?.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const headerEnd = 8 + 12 + first.data.length;
  const added = extra.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(png.length + added);
  out.set(png.subarray(0, headerEnd), 0);
  let offset = headerEnd;
  for (const part of extra) {
    out.set(part, offset);
    offset += part.length;
  }
  out.set(png.subarray(headerEnd), offset);
  return out;
}

/** Adds pHYs for `dpi` and the Title/Description/Creation Time text chunks. */
export function withPrintMetadata(
  png: Uint8Array,
  dpi: number,
  text: { title: string; description: string; creationTime: string },
): Uint8Array {
  return insertAfterHeader(png, [
    physChunk(dpi),
    textChunk('Title', text.title),
    textChunk('Description', text.description),
    textChunk('Creation Time', text.creationTime),
    textChunk('Software', 'Sichuan Planning Atlas'),
  ]);
}
