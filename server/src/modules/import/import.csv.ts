import { parse } from 'csv-parse';
import { Readable } from 'node:stream';

/** A problem with the file as a whole (not one row): encoding, CSV syntax, size. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

export interface CsvRecord {
  /** Physical line in the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

/** UTF-8 text, with or without a BOM; anything else (Latin-1, UTF-16) is refused with a clear message. */
async function* utf8(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (err) {
    if (err instanceof TypeError) throw new ImportFileError('The file is not UTF-8 text: save it as "CSV UTF-8" and upload it again');
    throw err;
  }
}

/** `;` or `,` (or tab): whichever occurs most in the header line, outside quotes. */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Streams CSV records from raw bytes: decodes UTF-8 (BOM stripped), detects the separator from the
 * header line, and parses with csv-parse as a stream, so memory stays flat whatever the file's size.
 */
export async function* readCsv(bytes: AsyncIterable<Buffer>): AsyncGenerator<CsvRecord> {
  const text = utf8(bytes);
  const head: string[] = [];
  let seen = '';
  while (!/[\r\n]/.test(seen) && seen.length < 65536) {
    const next = await text.next();
    if (next.done) break;
    head.push(next.value);
    seen += next.value;
  }
  const delimiter = sniffDelimiter(seen.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '');
  async function* all() {
    yield* head;
    yield* text;
  }
  const source = Readable.from(all());
  const parser = source.pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }));
  source.on('error', (err) => parser.destroy(err)); // a bad byte or an oversized upload ends the parse with its own error
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: item.info.lines, cells: item.record };
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    const e = err as { code?: string; message?: string; lines?: number };
    if (e.code?.startsWith('CSV_')) throw new ImportFileError(`The file is not valid CSV near line ${e.lines ?? '?'}: ${e.message}`);
    throw err;
  }
}
