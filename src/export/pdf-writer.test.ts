import { describe, expect, it } from 'vitest';
import { pdfDate, pdfTextString, writeImagePdf } from './pdf-writer';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);

function build() {
  return writeImagePdf({
    width: 841.89,
    height: 595.28,
    jpeg: JPEG,
    imageWidth: 3508,
    imageHeight: 2480,
    title: '成都都市圈（示意）',
    subject: 'Map; layers: railways',
    language: 'zh-CN',
    created: new Date(Date.UTC(2026, 10, 22, 8, 5, 9)),
  });
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('PDF writer', () => {
  it('writes an xref whose offsets point at each object', () => {
    const pdf = build();
    const source = latin1(pdf);
    expect(source.startsWith('%PDF-1.4\n')).toBe(true);
    expect(source.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(source)?.[1]);
    expect(source.slice(startxref, startxref + 4)).toBe('xref');
    const entries = source.slice(startxref).split('\n').slice(2, 9);
    expect(entries[0]).toBe('0000000000 65535 f ');
    entries.slice(1).forEach((entry, index) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(source.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`);
    });
    expect(/\/Size (\d+)/.exec(source)?.[1]).toBe('7');
  });

  it('has exactly one page with the A4 MediaBox and the image stream at its declared length', () => {
    const source = latin1(build());
    expect(source.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    expect(source).toContain('/MediaBox [0 0 841.89 595.28]');
    const length = Number(/\/Filter \/DCTDecode \/Length (\d+) >>\nstream\n/.exec(source)?.[1]);
    const start = source.indexOf('/DCTDecode');
    const streamStart = source.indexOf('stream\n', start) + 'stream\n'.length;
    expect(length).toBe(JPEG.length);
    expect(source.slice(streamStart + length, streamStart + length + 10)).toBe('\nendstream');
    const contentLength = Number(/4 0 obj\n<< \/Length (\d+) >>\nstream\n/.exec(source)?.[1]);
    const content = /4 0 obj\n<< \/Length \d+ >>\nstream\n([\s\S]*?)endstream/.exec(source)?.[1];
    expect(content?.length).toBe(contentLength);
  });

  it('writes Info strings as UTF-16BE so Chinese and parentheses need no escaping', () => {
    expect(pdfTextString('A(')).toBe('<FEFF00410028>');
    expect(pdfTextString('图')).toBe('<FEFF56FE>');
    const source = latin1(build());
    expect(source).toContain(`/Title ${pdfTextString('成都都市圈（示意）')}`);
    expect(source).toContain('/CreationDate (D:20261122080509Z)');
    expect(pdfDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('(D:20260102030405Z)');
  });

  it('refuses bytes that are not a JPEG', () => {
    expect(() =>
      writeImagePdf({
        width: 10,
        height: 10,
        jpeg: new Uint8Array([1, 2]),
        imageWidth: 1,
        imageHeight: 1,
        title: '',
        subject: '',
        language: 'en',
        created: new Date(),
      }),
    ).toThrow(/JPEG/);
  });
});
