/**
 * What happened to a month's files, kept beside them in data/<YYYY-MM>/.report-record.json so `status` can tell a
 * file a department sent from one `init` copied, without git: the content hash of each file init created, and the
 * date, source workbook and content hash of each import. Reading is lenient: a missing or damaged record means
 * "nothing known", never an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RECORD_FILE = '.report-record.json';

export interface Imported {
  /** YYYY-MM-DD */
  readonly date: string;
  /** The workbook or CSV the values came from. */
  readonly from: string;
  readonly sha256: string;
}

export interface MonthRecord {
  /** File name → SHA-256 of the content init wrote. */
  readonly init: Readonly<Record<string, string>>;
  readonly imported: Readonly<Record<string, Imported>>;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readRecord(monthDir: string): MonthRecord {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(monthDir, RECORD_FILE), 'utf8'));
  } catch {
    return { init: {}, imported: {} };
  }
  const init = isRecord(data) && isRecord(data['init']) ? data['init'] : {};
  const imported = isRecord(data) && isRecord(data['imported']) ? data['imported'] : {};
  return {
    init: Object.fromEntries(Object.entries(init).filter((e): e is [string, string] => typeof e[1] === 'string')),
    imported: Object.fromEntries(
      Object.entries(imported).filter(
        (e): e is [string, Imported] =>
          isRecord(e[1]) && typeof e[1]['date'] === 'string' && typeof e[1]['from'] === 'string' && typeof e[1]['sha256'] === 'string',
      ),
    ),
  };
}

const sorted = <T>(o: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** The record as written: keys sorted, so the same history gives the same bytes. */
export const recordText = (r: MonthRecord): string =>
  `${JSON.stringify({ init: sorted(r.init), imported: sorted(r.imported) }, null, 2)}\n`;

/** How a file stands against the record: as init made it, as an import wrote it, or changed since by hand. */
function recordedState(record: MonthRecord, name: string, content: Uint8Array): 'init' | 'imported' | 'edited' | 'unknown' {
  const hash = sha256(content);
  if (record.init[name] === hash) return 'init';
  if (record.imported[name]?.sha256 === hash) return 'imported';
  return record.init[name] || record.imported[name] ? 'edited' : 'unknown';
}

export interface Sending {
  readonly state: 'init' | 'imported' | 'edited' | 'unknown';
  readonly date: string | null;
}

/** How each present file of `monthDir` was sent, from its bytes against the record (report status). */
export function sendings(monthDir: string, present: readonly string[], record: MonthRecord): Map<string, Sending> {
  const out = new Map<string, Sending>();
  for (const name of present) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(monthDir, name));
    } catch {
      continue;
    }
    const state = recordedState(record, name, bytes);
    out.set(name, { state, date: state === 'imported' ? record.imported[name]!.date : null });
  }
  return out;
}
