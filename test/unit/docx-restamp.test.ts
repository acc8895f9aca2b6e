import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { stampPackage as normalizeDocx } from '../../src/zip-stamp.js';
import { renderDocx } from '../../src/render-docx.js';
import { shippedDocument } from '../support/shipped.js';

/** The straightforward normalisation (unzip everything, fix core.xml, zip everything again), as the reference. */
function reference(docx: Uint8Array, stamp: Date): Uint8Array {
  const files = unzipSync(docx);
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  files['docProps/core.xml'] = strToU8(
    strFromU8(files['docProps/core.xml']!).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`),
  );
  const mtime = new Date(
    Math.max(1980, stamp.getUTCFullYear()),
    stamp.getUTCMonth(),
    stamp.getUTCDate(),
    stamp.getUTCHours(),
    stamp.getUTCMinutes(),
    stamp.getUTCSeconds(),
  );
  return zipSync(files, { level: 6, mtime });
}

const packed = await Packer.toBuffer(renderDocx(shippedDocument()));

describe('normalizeDocx re-stamps the package in place', () => {
  for (const stamp of [
    new Date(Date.UTC(2021, 0, 1)),
    new Date(Date.UTC(2024, 1, 29, 23, 59, 58)),
    new Date(Date.UTC(1975, 5, 15, 12, 30, 0)),
  ]) {
    it(`gives the bytes of unzipping and zipping again (${stamp.toISOString()})`, () => {
      expect(Buffer.from(normalizeDocx(packed, stamp)).equals(Buffer.from(reference(packed, stamp)))).toBe(true);
    });
  }

  it('leaves the packed bytes it was given unchanged', () => {
    const before = Buffer.from(packed);
    normalizeDocx(packed, new Date(Date.UTC(2021, 0, 1)));
    expect(Buffer.from(packed).equals(before)).toBe(true);
  });
});
