// Minimal declarations for build-only packages in geo/node_modules that ship no types.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(
      commands: string,
      input?: Record<string, string>,
    ): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}

declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' },
  ): Promise<Buffer>;
}

declare module 'fontkit' {
  export function create(buffer: Buffer): {
    numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  };
}
