/**
 * DOCX packing: the docx Document → bytes that depend only on the report, never on the clock or the time zone.
 * Loaded with a dynamic import, so `check` and Markdown-only builds never load the docx library.
 */
import { Packer } from 'docx';
import type { ReportDocument } from './document.js';
import { renderDocx } from './render-docx.js';
import { stampPackage } from './zip-stamp.js';

/** The DOCX bytes of a report, stamped with `stamp` (see stampPackage). */
export async function buildDocx(doc: ReportDocument, stamp: Date): Promise<Uint8Array> {
  return stampPackage(await Packer.toBuffer(renderDocx(doc)), stamp);
}
