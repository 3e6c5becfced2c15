/**
 * A minimal, valid one-page PDF holding one JPEG image that fills the page: header, catalog, pages, page with its
 * MediaBox, the image XObject (DCTDecode: the JPEG bytes as they are), the content stream, Info, xref with exact
 * byte offsets and trailer. Written by hand because the atlas takes no PDF dependency for one image on one page.
 */

export interface PdfImagePage {
  /** Page size in points. */
  width: number;
  height: number;
  jpeg: Uint8Array;
  /** Pixel size of the JPEG. */
  imageWidth: number;
  imageHeight: number;
  title: string;
  subject: string;
  /** BCP 47 language of the text in the image (the catalog's /Lang, read by screen readers). */
  language: string;
  created: Date;
}

/** A PDF text string as UTF-16BE hex with a byte-order mark: no escaping problems, any script. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** D:YYYYMMDDHHmmSSZ in UTC. */
export function pdfDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(
    date.getUTCHours(),
  )}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`;
}

const number = (value: number) => String(Math.round(value * 100) / 100);

export function writeImagePdf(page: PdfImagePage): Uint8Array {
  if (!(page.width > 0 && page.height > 0)) throw new Error('PDF page needs a positive size');
  if (page.jpeg[0] !== 0xff || page.jpeg[1] !== 0xd8) throw new Error('PDF image is not a JPEG');
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const text = (value: string) => push(encoder.encode(value));
  const object = (id: number, body: string | Uint8Array[]) => {
    offsets[id] = length;
    if (typeof body === 'string') text(`${id} 0 obj\n${body}\nendobj\n`);
    else {
      text(`${id} 0 obj\n`);
      for (const piece of body) push(piece);
      text('\nendobj\n');
    }
  };

  // The binary comment line tells transfer tools the file is binary.
  push(Uint8Array.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', (char) => char.charCodeAt(0)));

  const content = `q\n${number(page.width)} 0 0 ${number(page.height)} 0 0 cm\n/Im0 Do\nQ\n`;
  object(1, `<< /Type /Catalog /Pages 2 0 R /Lang ${pdfTextString(page.language)} >>`);
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(
    3,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${number(page.width)} ${number(page.height)}] ` +
      '/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>',
  );
  object(4, `<< /Length ${encoder.encode(content).length} >>\nstream\n${content}endstream`);
  object(5, [
    encoder.encode(
      `<< /Type /XObject /Subtype /Image /Width ${page.imageWidth} /Height ${page.imageHeight} ` +
        `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
    ),
    page.jpeg,
    encoder.encode('\nendstream'),
  ]);
  object(
    6,
    `<< /Title ${pdfTextString(page.title)} /Subject ${pdfTextString(page.subject)} ` +
      `/Creator ${pdfTextString('Sichuan Planning Atlas')} /Producer ${pdfTextString('Sichuan Planning Atlas')} ` +
      `/CreationDate ${pdfDate(page.created)} >>`,
  );

  const xrefAt = length;
  const count = 7;
  let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let id = 1; id < count; id++) xref += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  text(`${xref}trailer\n<< /Size ${count} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
