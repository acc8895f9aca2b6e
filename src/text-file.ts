/**
 * Bytes of a text file the tool reads (a data file, a template) → its text, or why it is not UTF-8 text. Data files
 * and templates share it, so both get the same encoding diagnostics. Pure.
 */
import { isUtf8 } from 'node:buffer';
import type { Coded } from './errors.js';
import { decodeLegacyBytes } from './text-hygiene.js';

export type DecodedText = { readonly text: string } | { readonly problem: Coded & { readonly line: number; readonly column: number } };

/**
 * UTF-8 without a byte order mark, in NFC, every line end (CRLF, and CR alone as old Mac editors and some exports
 * write) made LF: a file of CR-only lines would otherwise read as one line, a comment swallowing the whole file.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // a UTF-16/32 file is full of NUL bytes: name its encoding before calling it binary
  const wide = wideEncoding(bytes);
  if (wide) return { problem: { code: 'LOAD_FILE_NOT_UTF8', params: { encoding: wide }, line: 1, column: 1 } };
  const sheet = spreadsheetKind(bytes);
  if (sheet) return { problem: { code: 'LOAD_FILE_SPREADSHEET', params: { kind: sheet }, line: 1, column: 1 } };
  if (bytes.includes(0)) return { problem: { code: 'LOAD_FILE_BINARY', line: 1, column: 1 } };
  const bad = firstInvalidUtf8(bytes);
  if (bad) {
    const guess = decodeLegacyBytes(bytes)?.encoding;
    return {
      problem: { code: 'LOAD_FILE_NOT_UTF8', params: { byte: bad.byte, ...(guess && { guess }) }, line: bad.line, column: bad.column },
    };
  }
  return {
    text: new TextDecoder('utf-8')
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC'),
  };
}

/** "UTF-16 LE" and the like when the bytes start with a UTF-16 or UTF-32 byte order mark. */
function wideEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? 'UTF-32 LE' : 'UTF-16 LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  return null;
}

/** The first byte that is not valid UTF-8, with its 1-based line and column (CR, LF and CRLF end lines); null for valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { byte: string; line: number; column: number } | null {
  if (isUtf8(bytes)) return null; // native check, several times faster than a fatal TextDecoder
  // the valid prefix round-trips byte for byte; the first difference is the bad byte
  const lossy = new TextEncoder().encode(new TextDecoder('utf-8').decode(bytes));
  let i = 0;
  while (i < bytes.length && bytes[i] === lossy[i]) i++;
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < i; j++) {
    const lf = bytes[j] === 0x0a;
    if (lf || (bytes[j] === 0x0d && bytes[j + 1] !== 0x0a)) {
      line++;
      lineStart = j + 1;
    }
  }
  const column = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, i))].length + 1;
  return { byte: `0x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`, line, column };
}

/**
 * "Excel (.xlsx)" or "OpenDocument (.ods)" for a workbook saved under a .yaml name: a zip whose entry names (stored
 * uncompressed) are a workbook's. Null for anything else, a .docx included.
 */
function spreadsheetKind(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64 * 1024));
  if (head.includes('xl/')) return 'Excel .xlsx';
  return head.includes('application/vnd.oasis.opendocument.spreadsheet') ? 'OpenDocument .ods' : null;
}
