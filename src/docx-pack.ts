/**
 * DOCX packing: the docx Document → bytes that depend only on the report, never on the clock or the time zone.
 * Loaded with a dynamic import, so `check` and Markdown-only builds never load the docx library.
 */
import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ReportDocument } from './document.js';
import { renderDocx } from './render-docx.js';

/**
 * Make a packed DOCX reproducible: docx stamps `new Date()` into docProps/core.xml, and fflate writes zip entry
 * dates from local time. `stamp` replaces both; the zip date is built from the stamp's UTC parts as a local
 * date, so the bytes are the same in every time zone (DOS dates start in 1980).
 */
export function normalizeDocx(docx: Uint8Array, stamp: Date): Uint8Array {
  const files = unzipSync(docx);
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`));
  const y = Math.max(1980, stamp.getUTCFullYear());
  const mtime = new Date(y, stamp.getUTCMonth(), stamp.getUTCDate(), stamp.getUTCHours(), stamp.getUTCMinutes(), stamp.getUTCSeconds());
  return zipSync(files, { level: 6, mtime });
}

/** The DOCX bytes of a report, stamped with `stamp` (see normalizeDocx). */
export async function buildDocx(doc: ReportDocument, stamp: Date): Promise<Uint8Array> {
  return normalizeDocx(await Packer.toBuffer(renderDocx(doc)), stamp);
}
