import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { chunk, crc32, physChunk, readChunks, textChunk, withPrintMetadata } from './png-chunks';

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG chunks', () => {
  it('computes the standard CRC-32', () => {
    // Check value of CRC-32/ISO-HDLC for "123456789".
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    // Every PNG ends with the same IEND chunk, whose CRC is AE 42 60 82.
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes pHYs in pixels per metre with the metre unit', () => {
    const [info] = readChunks(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...physChunk(300)]));
    expect(info?.type).toBe('pHYs');
    expect(info?.crcOk).toBe(true);
    if (!info) throw new Error('no chunk');
    const view = new DataView(info.data.buffer, info.data.byteOffset);
    expect(view.getUint32(0)).toBe(11811);
    expect(view.getUint32(4)).toBe(11811);
    expect(info?.data[8]).toBe(1);
  });

  it('uses tEXt for Latin-1 and iTXt for Chinese', () => {
    expect(String.fromCharCode(...chunk('tEXt', new Uint8Array()).subarray(4, 8))).toBe('tEXt');
    expect(String.fromCharCode(...textChunk('Description', 'Map of Sichuan').subarray(4, 8))).toBe('tEXt');
    const chinese = textChunk('Description', '四川规划图集');
    expect(String.fromCharCode(...chinese.subarray(4, 8))).toBe('iTXt');
    expect(new TextDecoder().decode(chinese.subarray(8 + 'Description'.length + 5, chinese.length - 4))).toBe(
      '四川规划图集',
    );
    expect(() => textChunk('', 'x')).toThrow();
  });

  it('inserts the chunks after IHDR and the image still decodes', () => {
    const out = withPrintMetadata(tinyPng(), 300, {
      title: '成都都市圈',
      description: 'Title: x; layers: railways',
      creationTime: '2026-11-22',
    });
    const chunks = readChunks(out);
    expect(chunks.map((c) => c.type).slice(0, 3)).toEqual(['IHDR', 'pHYs', 'iTXt']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const description = chunks.find(
      (c) => c.type === 'tEXt' && new TextDecoder('latin1').decode(c.data).startsWith('Description\0'),
    );
    expect(description).toBeDefined();
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });
});
