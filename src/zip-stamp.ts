/** Office packages (DOCX, XLSX) made reproducible: the same content gives the same bytes, whatever the clock or time zone. Pure. */
import { crc32 } from 'node:zlib';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * Make a packed Office document (DOCX, XLSX) reproducible: the libraries stamp `new Date()` into docProps/core.xml
 * (docx) and write zip entry dates from the clock in local time (docx's fflate, exceljs). `stamp` replaces both; the
 * zip date is written from the stamp's UTC parts, so the bytes are the same in every time zone (DOS dates start in 1980).
 *
 * The package is re-stamped in place: only core.xml is inflated and deflated again; every other entry keeps its
 * compressed bytes (unzipping and zipping the whole package again cost more than all the rest of the packing).
 */
export function stampPackage(pkg: Uint8Array, stamp: Date): Uint8Array {
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const time = (stamp.getUTCHours() << 11) | (stamp.getUTCMinutes() << 5) | (stamp.getUTCSeconds() >> 1);
  const date = ((Math.max(1980, stamp.getUTCFullYear()) - 1980) << 9) | ((stamp.getUTCMonth() + 1) << 5) | stamp.getUTCDate();
  const zip = new DataView(pkg.buffer, pkg.byteOffset, pkg.byteLength);
  // copies to patch (a Buffer's slice() would share, and patch, the packed bytes)
  const copy = (from: number, length: number) => new Uint8Array(pkg.subarray(from, from + length));
  const end = pkg.length - 22; // end of central directory record; docx and exceljs write no zip comment
  if (end < 0 || zip.getUint32(end, true) !== 0x06054b50) throw new Error('Office package: no end of central directory');
  const count = zip.getUint16(end + 10, true);
  let central = zip.getUint32(end + 16, true);
  const out: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (zip.getUint32(central, true) !== 0x02014b50) throw new Error('Office package: bad central directory');
    const entryLength = 46 + zip.getUint16(central + 28, true) + zip.getUint16(central + 30, true) + zip.getUint16(central + 32, true);
    const entry = copy(central, entryLength);
    const local = zip.getUint32(central + 42, true);
    if (zip.getUint32(local, true) !== 0x04034b50 || zip.getUint16(local + 6, true) & 8)
      throw new Error('Office package: unexpected local header');
    const header = copy(local, 30 + zip.getUint16(local + 26, true) + zip.getUint16(local + 28, true));
    let data = pkg.subarray(local + header.length, local + header.length + zip.getUint32(central + 20, true));
    const h = new DataView(header.buffer);
    const e = new DataView(entry.buffer);
    if (strFromU8(entry.subarray(46, 46 + e.getUint16(28, true))) === 'docProps/core.xml') {
      const xml = strToU8(
        strFromU8(e.getUint16(10, true) === 8 ? inflateSync(data) : data).replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          `$1${iso}$3`,
        ),
      );
      data = deflateSync(xml, { level: 6 });
      for (const [view, at] of [
        [h, 8],
        [e, 10],
      ] as const) {
        view.setUint16(at, 8, true); // deflated
        view.setUint32(at + 6, crc32(xml), true);
        view.setUint32(at + 10, data.length, true);
        view.setUint32(at + 14, xml.length, true);
      }
    }
    h.setUint16(10, time, true);
    h.setUint16(12, date, true);
    e.setUint16(12, time, true);
    e.setUint16(14, date, true);
    e.setUint32(42, offset, true);
    out.push(header, data);
    directory.push(entry);
    offset += header.length + data.length;
    central += entryLength;
  }
  const tail = copy(end, 22);
  const size = directory.reduce((n, d) => n + d.length, 0);
  new DataView(tail.buffer).setUint32(12, size, true);
  new DataView(tail.buffer).setUint32(16, offset, true);
  const bytes = new Uint8Array(offset + size + tail.length);
  let at = 0;
  for (const part of [...out, ...directory, tail]) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
