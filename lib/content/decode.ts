/**
 * Bytes → text (FORMAT.md §5): strip any number of BOMs, decode UTF-8 and fall back to cp1252 for the few
 * files saved that way, normalise CRLF/CR to LF. Offsets in the result refer to the normalised text.
 */
import iconv from 'iconv-lite';
import type { DiagnosticBag } from './diagnostics';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** Number of leading byte-order marks removed. */
  boms: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes; never throws. A string input is taken as already decoded. */
export function decodeBytes(input: Uint8Array | string, bag: DiagnosticBag): DecodedText {
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = utf8.decode(input);
    } catch {
      encoding = 'windows-1252';
      // Node's TextDecoder('windows-1252') is really latin1 (0x92 stays U+0092); iconv-lite maps it properly.
      text = iconv.decode(Buffer.from(input.buffer, input.byteOffset, input.byteLength), 'win1252');
      bag.warn(firstInvalidUtf8Line(input), 'encoding-not-utf8', 'The file is not valid UTF-8; read it as Windows-1252 (cp1252). Save it as UTF-8.');
    }
  }
  let boms = 0;
  while (text.charCodeAt(boms) === 0xfeff) boms++;
  if (boms > 0) text = text.slice(boms);
  if (boms > 1) bag.warn({ line: 1, column: 1 }, 'encoding-bom', `The file starts with ${boms} byte-order marks; one at most is expected`);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { text, encoding, boms };
}

/** 1-based line and column of the first line that is not valid UTF-8 (only called on the rare failing file). */
function firstInvalidUtf8Line(bytes: Uint8Array): { line: number; column: number } {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return { line, column: 1 };
    }
    start = end + 1;
    line++;
  }
  return { line: 1, column: 1 };
}
