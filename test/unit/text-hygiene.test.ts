/** Invisible characters and legacy-encoded Vietnamese: found, named, converted; real Unicode text never flagged. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  convertLegacy,
  decodeLegacyBytes,
  findLegacy,
  fixLegacy,
  hasInvisible,
  invisibleNames,
  isSyllable,
  showInvisible,
  stripInvisible,
} from '../../src/text-hygiene.js';
import { DATA, ROOT, TEMPLATES } from '../support/workspace.js';

// the same sentences as typed in TCVN3 and VNI (made with iconv's TCVN5712-1 and the VNI-Windows table)
const UNICODE = 'UBND huyện đã tập trung chỉ đạo các xã, thị trấn hướng dẫn Nhân dân chăm sóc cây màu vụ Đông ở Mường Khương.';
const TCVN3 = 'UBND huyÖn ®· tËp trung chØ ®¹o c¸c x·, thÞ trÊn h\u00adíng dÉn Nh©n d©n ch¨m sãc c©y mµu vô §«ng ë M\u00adêng Kh\u00ad¬ng.';
const VNI =
  'UBND huyeän ñaõ taäp trung chæ ñaïo caùc xaõ, thò traán höôùng daãn Nhaân daân chaêm soùc caây maøu vuï Ñoâng ôû Möôøng Khöông.';

describe('legacy encodings', () => {
  it.each([
    ['TCVN3', TCVN3],
    ['VNI', VNI],
  ] as const)('finds %s text, names the first garbled words and converts them', (encoding, text) => {
    const found = findLegacy(text);
    expect(found).toMatchObject({ encoding, index: 5 });
    expect(found!.fixed).toBe('huyện đã tập trung chỉ đạo');
    expect(fixLegacy(text)).toBe(UNICODE);
  });

  it('converts the examples of the issue, and a word in capitals (.VnTimeH) stays in capitals', () => {
    expect(fixLegacy('th¸ng kh«ng cã')).toBe('tháng không có');
    expect(fixLegacy('thaùng khoâng coù')).toBe('tháng không có');
    expect(fixLegacy('UBND HUYÖN THAN UY£N')).toBe('UBND HUYỆN THAN UYÊN');
  });

  it('in Unicode text with a pasted part converts only the garbled words', () => {
    // "Tình" is also TCVN3 for "Tỡnh": beside letters beyond Latin-1 (ị, ệ) it is taken as Unicode
    expect(fixLegacy('Tình hình: th¸ng nµy kh«ng x¶y ra dịch bệnh')).toBe('Tình hình: tháng này không xảy ra dịch bệnh');
    // the limit of that rule: a pasted word spelt right in both readings ("cã", TCVN3 for "có") stays as written
    expect(fixLegacy('Tình hình: kh«ng cã dÞch bệnh')).toBe('Tình hình: không cã dịch bệnh');
    expect(convertLegacy('Tình hình th¸ng', 'TCVN3', false)).toBe('Tình hình tháng');
    // a pasted VNI word that also reads as a TCVN3 syllable ("Coâng": VNI "Công", TCVN3 "Coóng") is converted in VNI
    expect(fixLegacy('Rừng: Coâng taùc quaûn lyù baûo veä röøng')).toBe('Rừng: Công tác quản lý bảo vệ rừng');
  });

  it('leaves Unicode Vietnamese, foreign words, signs and one odd word alone', () => {
    for (const text of [
      UNICODE,
      'giá gà quá hoãn khoẻ thuê xuân quý giữa',
      'café Müller 10°C 5 m² 3 × 4 ©',
      'Covid-19, UBND, HĐND',
      '{aé',
      'éI{',
    ]) {
      expect(findLegacy(text), text).toBe(null);
      expect(fixLegacy(text)).toBe(text);
    }
  });

  it('flags nothing in the shipped data, templates and office definitions', () => {
    const files = [DATA, TEMPLATES, join(ROOT, 'schemas')].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(ya?ml|hbs)$/.test(e.name))
        .map((e) => join(e.parentPath, e.name)),
    );
    expect(files.length).toBeGreaterThan(50);
    const flagged = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => findLegacy(line))
        .map((line) => `${f}: ${line}`),
    );
    expect(flagged).toEqual([]);
  });

  it('knows a syllable when it sees one', () => {
    for (const w of ['tháng', 'không', 'nghiêng', 'khuỷu', 'quốc', 'giữa', 'Ủy', 'hoà', 'boong']) expect(isSyllable(w), w).toBe(true);
    for (const w of ['thaùng', 'khoâng', 'cafe', 'huyeän', 'th¸ng']) expect(isSyllable(w), w).toBe(false);
  });

  it('reads a whole file saved in Windows-1258, TCVN3 or VNI, and not a UTF-8 file with a stray byte', () => {
    const cp1258 = Buffer.from([0x43, 0xe2, 0x79, 0x20, 0x6c, 0xfa, 0x61, 0x20, 0x76, 0x75, 0xf2]); // "Cây lúa vụ"
    expect(decodeLegacyBytes(cp1258)).toEqual({ encoding: 'Windows-1258', text: 'Cây lúa vụ' });
    expect(decodeLegacyBytes(Buffer.from(TCVN3, 'latin1'))).toEqual({ encoding: 'TCVN3', text: UNICODE });
    expect(decodeLegacyBytes(Buffer.from(VNI, 'latin1'))).toEqual({ encoding: 'VNI', text: UNICODE });
    expect(decodeLegacyBytes(Buffer.concat([Buffer.from(UNICODE), Buffer.from([0xfa])]))).toBe(null);
  });
});

describe('invisible characters', () => {
  const text = 'Nhìn\u200b chung hoạt\u00ad động \u202engân hàng\u202c';
  it('are named, shown and stripped', () => {
    expect(hasInvisible(text)).toBe(true);
    expect(showInvisible(text)).toBe('Nhìn⟨U+200B⟩ chung hoạt⟨U+00AD⟩ động ⟨U+202E⟩ngân hàng⟨U+202C⟩');
    expect(invisibleNames(text)).toBe(
      'U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN, U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING',
    );
    expect(stripInvisible(text)).toBe('Nhìn chung hoạt động ngân hàng');
    expect(hasInvisible(stripInvisible(text))).toBe(false);
  });

  it('cover every bidi control and isolate the issue lists', () => {
    for (let c = 0x202a; c <= 0x202e; c++) expect(hasInvisible(String.fromCharCode(c))).toBe(true);
    for (let c = 0x2066; c <= 0x2069; c++) expect(hasInvisible(String.fromCharCode(c))).toBe(true);
  });
});
