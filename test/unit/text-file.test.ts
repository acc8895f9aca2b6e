/** Decoding a text file: UTF-8 only, line ends of every kind, the encoding a non-UTF-8 file was probably saved in. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/text-file.js';

describe('decodeText', () => {
  it('reads CR-only, CRLF and LF line ends alike, without a byte order mark', () => {
    for (const eol of ['\r', '\r\n', '\n']) expect(decodeText(Buffer.from(`\uFEFFa: 1${eol}b: 2${eol}`))).toEqual({ text: 'a: 1\nb: 2\n' });
  });

  it('locates a bad byte on a CR-only line and names the 8-bit encoding the file reads in', () => {
    const bytes = Buffer.concat([
      Buffer.from('a: 1\rb: C'),
      Buffer.from([0xe2]),
      Buffer.from('y l'),
      Buffer.from([0xfa]),
      Buffer.from('a\r'),
    ]);
    expect(decodeText(bytes)).toEqual({
      problem: { code: 'LOAD_FILE_NOT_UTF8', params: { byte: '0xE2', guess: 'Windows-1258' }, line: 2, column: 5 },
    });
  });

  it('names UTF-16 and calls NUL bytes binary', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({
      problem: { code: 'LOAD_FILE_NOT_UTF8', params: { encoding: 'UTF-16 LE' } },
    });
    expect(decodeText(Buffer.from([0x61, 0x00, 0x62]))).toMatchObject({ problem: { code: 'LOAD_FILE_BINARY' } });
  });
});
