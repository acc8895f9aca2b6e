/**
 * `report fix-text`: a data file or template made clean UTF-8: a file saved in TCVN3, VNI, Windows-1258 or UTF-16
 * re-encoded, legacy-encoded text pasted into a UTF-8 file converted, invisible characters removed. Shows each changed
 * line; writes only with --write (the whole file at once, as outputs are written).
 */
import { basename, dirname, resolve } from 'node:path';
import { posixPath } from '../display-path.js';
import { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { readSmallFile } from '../load.js';
import { say } from '../messages.js';
import { decodeText } from '../text-file.js';
import { decodeLegacyBytes, fixLegacy, showInvisible, stripInvisible } from '../text-hygiene.js';
import { writeOutputs } from '../write.js';
import type { Io } from './io.js';

export interface FixTextOptions {
  readonly files: readonly string[];
  readonly write?: boolean;
}

/** Changed lines shown per file. */
const MAX_SHOWN = 20;

/** The clean text of a file's bytes and the encoding it was read in (null: UTF-8), or why it cannot be read. Pure. */
export function fixText(bytes: Uint8Array, file: string): { text: string; from: string | null } | { problem: ReportError } {
  const decoded = decodeText(bytes);
  let text: string;
  let from: string | null = null;
  if ('text' in decoded) text = decoded.text;
  else {
    const p = decoded.problem;
    const wide = p.code === 'LOAD_FILE_NOT_UTF8' && 'encoding' in p.params && /^UTF-16/.test(p.params.encoding) ? p.params.encoding : null;
    const legacy = wide || p.code !== 'LOAD_FILE_NOT_UTF8' ? null : decodeLegacyBytes(bytes);
    if (wide) text = new TextDecoder(wide === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be').decode(bytes);
    else if (legacy) text = legacy.text;
    else return { problem: new ReportError({ ...p, file }) };
    from = wide ?? legacy!.encoding;
    text = text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC');
  }
  // line by line: a line typed in TCVN3 is converted whole, though a comment above it is Unicode
  return {
    text: text
      .split('\n')
      .map((line) => stripInvisible(fixLegacy(line)))
      .join('\n'),
    from,
  };
}

export async function fixTextCommand(options: FixTextOptions, io: Io): Promise<number> {
  const problems: ReportError[] = [];
  const changed: { path: string; shown: string; text: string }[] = [];
  for (const path of options.files) {
    const shown = posixPath(path);
    const read = readSmallFile(path, shown);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { bytes } = read;
    const fixed = fixText(bytes, shown);
    if ('problem' in fixed) {
      problems.push(fixed.problem);
      continue;
    }
    const before = new TextDecoder('utf-8')
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .split('\n');
    const after = fixed.text.split('\n');
    const lines = after.map((line, i) => ({ i, line })).filter(({ i, line }) => line !== before[i]);
    if (fixed.from === null && lines.length === 0) {
      io.err(`${say(io.lang, 'FIX_TEXT_NOTHING', { file: shown })}\n`);
      continue;
    }
    changed.push({ path, shown, text: fixed.text });
    const out: string[] = [fixed.from ? say(io.lang, 'FIX_TEXT_FROM', { file: shown, encoding: fixed.from }) : shown];
    for (const { i, line } of lines.slice(0, MAX_SHOWN)) {
      if (fixed.from === null) out.push(`${i + 1}- ${showInvisible(before[i] ?? '')}`);
      out.push(`${i + 1}+ ${line}`);
    }
    if (lines.length > MAX_SHOWN) out.push(say(io.lang, 'FIX_TEXT_MORE', { count: lines.length - MAX_SHOWN }));
    io.out(`${out.join('\n')}\n\n`);
  }
  if (options.write) {
    for (const f of changed)
      writeOutputs(dirname(resolve(f.path)), posixPath(dirname(f.shown)), [{ name: basename(f.path), data: f.text }]);
    if (changed.length > 0) io.err(`${say(io.lang, 'FIX_TEXT_WRITTEN', { count: changed.length })}\n`);
  } else if (changed.length > 0) io.err(`${say(io.lang, 'FIX_TEXT_PREVIEW', { count: changed.length })}\n`);
  io.err(formatDiagnostics(problems, 'text', io));
  return problems.length > 0 ? 1 : 0;
}
