/** An input problem that must stop the build. The message always names the file and, when known, the line. */
export class CorpusError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'CorpusError';
    this.file = file;
    this.line = line;
  }
}
