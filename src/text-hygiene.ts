/**
 * Text that must not reach the report as it is: invisible characters (zero-width, bidi controls, soft hyphen) and
 * Vietnamese typed in the legacy 8-bit encodings TCVN3 (ABC, .VnTime) or VNI and pasted as Unicode, which reads
 * "th¸ng kh«ng cã" (TCVN3) or "thaùng khoâng coù" (VNI) for "tháng không có". Finds them, names them, converts them. Pure.
 */

/** Invisible characters that change what a key, a number or a sentence is without showing: names as Unicode gives them. */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00ad': 'SOFT HYPHEN',
  '\u061c': 'ARABIC LETTER MARK',
  '\u180e': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2061': 'FUNCTION APPLICATION',
  '\u2062': 'INVISIBLE TIMES',
  '\u2063': 'INVISIBLE SEPARATOR',
  '\u2064': 'INVISIBLE PLUS',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
};
const INVISIBLE = new RegExp(`[${Object.keys(INVISIBLE_NAMES).join('')}]`, 'g');

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Index of the first invisible character of `s`, or -1. */
export const invisibleAt = (s: string): number => s.search(INVISIBLE);
export const hasInvisible = (s: string): boolean => invisibleAt(s) !== -1;

/** Every invisible character shown as ⟨U+200B⟩, so a message can point at it. */
export const showInvisible = (s: string): string => s.replace(INVISIBLE, (c) => `⟨${codePoint(c)}⟩`);

/** "U+200B ZERO WIDTH SPACE, U+202E RIGHT-TO-LEFT OVERRIDE": the distinct invisible characters of `s`. */
export const invisibleNames = (s: string): string =>
  [...new Set(s.match(INVISIBLE) ?? [])].map((c) => `${codePoint(c)} ${INVISIBLE_NAMES[c]}`).join(', ');

export const stripInvisible = (s: string): string => s.replace(INVISIBLE, '');

// ---- Vietnamese syllables ----

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Rhymes that end in a glide and take no final consonant, then those that may take one; longest first. */
const OPEN_RHYMES = 'iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyu|uya|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu';
const CLOSED_RHYMES = 'uyê|iê|yê|oa|oă|oe|oo|uâ|uê|uô|ươ|uy|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư';
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:(?:${OPEN_RHYMES})|(?:${CLOSED_RHYMES})(?:ch|nh|ng|[cmnpt])?)$`,
);

/** True when `word` is spelt as one Vietnamese syllable: onset, rhyme, final consonant, at most one tone mark. */
export function isSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  if ((d.match(TONE_MARKS)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(d.replace(TONE_MARKS, '').normalize('NFC'));
}

// ---- the legacy encodings, as their bytes look when read as Windows-1252 / Latin-1 ----

/** TCVN3 (ABC): one byte per letter; each Latin-1 character below stands for the Vietnamese letter at the same place. */
const TCVN3_FROM = '¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const TCVN3_TO = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3 = new Map([...TCVN3_FROM].map((c, i) => [c, TCVN3_TO[i]!]));

/** VNI: a base letter followed by a byte for its marks. Each mark byte, as Latin-1, with the combining marks it adds. */
const VNI_MARKS: Readonly<Record<string, string>> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
  â: '\u0302',
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  ê: '\u0306',
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323',
};
/** VNI letters of one byte: ơ, ư, đ and the toned i and ỵ. */
const VNI_LETTERS: Readonly<Record<string, string>> = { ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

/** `word` read as VNI, or null when it cannot be VNI (a mark byte with no vowel to sit on). */
function fromVni(word: string): string | null {
  let out = '';
  for (const c of word) {
    const lower = c.toLowerCase();
    const mark = VNI_MARKS[lower];
    const base = out.slice(-1).toLowerCase();
    if (mark !== undefined) {
      const bases = mark.startsWith('\u0306') ? 'a' : mark.startsWith('\u0302') ? 'aeo' : 'aeoơuưy';
      // a capital takes the capital mark byte (AÙ), a small letter the small one (aù)
      const sameCase = (c === lower) === (out.slice(-1) === base);
      if (base === '' || !bases.includes(base) || !sameCase) return null;
      out = (out + mark).normalize('NFC');
      continue;
    }
    const letter = VNI_LETTERS[lower];
    out += letter === undefined ? c : c === lower ? letter : letter.toUpperCase();
  }
  return out;
}

const fromTcvn3 = (word: string): string => [...word].map((c) => TCVN3.get(c) ?? c).join('');

export type LegacyEncoding = 'TCVN3' | 'VNI';
const DECODERS: Readonly<Record<LegacyEncoding, (word: string) => string | null>> = { TCVN3: fromTcvn3, VNI: fromVni };

/** Runs of letters, with the TCVN3 bytes that are not letters in Latin-1 (¸ « ® ­ …). */
const WORD = new RegExp(`[\\p{L}\\p{M}${TCVN3_FROM.replace(/\p{L}/gu, '')}]+`, 'gu');
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const LATIN1 = /^[\x00-\xff]*$/;

/** Words already judged: a month's text repeats a few thousand words, and judging one costs a normalisation or two. */
const judged = new Map<string, readonly LegacyEncoding[]>();
const MAX_JUDGED = 50_000;

/**
 * The legacy encodings `word` is garbled Vietnamese in: not a syllable as it stands, one once decoded. A word can be both
 * (VNI "Coâng" is "Công", and read as TCVN3 "Coóng"): the text's other words decide which it is.
 */
function garbledIn(word: string): readonly LegacyEncoding[] {
  // most words are ASCII or hold a letter beyond Latin-1 (ư, ạ, ế): neither can be legacy text, and this is the hot path
  let latin1 = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0xff) return NONE;
    if (c > 0x7f) latin1 = true;
  }
  if (!latin1) return NONE;
  let verdict = judged.get(word);
  if (verdict === undefined) {
    if (judged.size >= MAX_JUDGED) judged.clear();
    verdict = judge(word);
    judged.set(word, verdict);
  }
  return verdict;
}

const NONE: readonly LegacyEncoding[] = [];

function judge(word: string): readonly LegacyEncoding[] {
  // a sign alone (×, ©) is not a word, though two (®· for "đã") are
  if ((word.length < 2 && !/\p{L}/u.test(word)) || isSyllable(word)) return NONE;
  return (['TCVN3', 'VNI'] as const).filter((encoding) => {
    const decoded = DECODERS[encoding](word);
    return decoded !== null && isSyllable(decoded);
  });
}

export interface LegacyText {
  readonly encoding: LegacyEncoding;
  /** Offset of the first garbled word in the text. */
  readonly index: number;
  /** A few words from the first garbled one, as written and converted. */
  readonly sample: string;
  readonly fixed: string;
}

/**
 * What legacy text always shows and Unicode Vietnamese never does: a TCVN3 byte that is no Vietnamese letter (¸ « ® µ…),
 * a VNI letter of its own (ñ for đ, ö for ư…), or a VNI mark after a vowel of the same case (aù, oâ, AÙ). Text without one
 * is not judged: a stray "éI" is not TCVN3 "ội".
 */
const LEGACY_MARK = new RegExp(
  `[${TCVN3_FROM.replace(/[\p{L}]/gu, '')}ÆÇËÎÏÐÑÖØÜÞßäåæçëîïñöøûüþ]|[ae][âáàåãä]|o[âåä]|a[êéèúüë]|[aeiouyôö][ùøûõï]|[AE][ÂÁÀÅÃÄ]|O[ÂÅÄ]|A[ÊÉÈÚÜË]|[AEIOUYÔÖ][ÙØÛÕÏ]`,
);

/** Garbled words a text must hold to be called legacy-encoded. */
const MIN_GARBLED = 2;
/** Words shown in a message: enough to recognise the sentence. */
const SAMPLE_WORDS = 6;

/**
 * Vietnamese in a legacy encoding inside `text`, or null. The encoding is the one most garbled words decode in.
 * Text that holds Vietnamese letters beyond Latin-1 (ư, ạ, ế…) is Unicode with a pasted part: only garbled words are
 * converted; otherwise every word is (in TCVN3 "cã" is "có", though "cã" is spelt like a syllable).
 */
export function findLegacy(text: string): LegacyText | null {
  if (!LEGACY_MARK.test(text)) return null;
  const votes = { TCVN3: 0, VNI: 0 };
  let garbled = 0;
  let first = -1;
  for (const m of text.matchAll(WORD)) {
    const encodings = garbledIn(m[0]);
    if (encodings.length === 0) continue;
    garbled++;
    for (const encoding of encodings) votes[encoding]++;
    if (first === -1) first = m.index;
  }
  // one odd word ("aé") is a typo or a foreign name more often than a pasted sentence
  if (garbled < MIN_GARBLED) return null;
  const encoding: LegacyEncoding = votes.VNI > votes.TCVN3 ? 'VNI' : 'TCVN3';
  const following = [...text.slice(first).matchAll(WORD)].slice(0, SAMPLE_WORDS);
  const last = following[following.length - 1]!;
  const sample = text.slice(first, first + last.index + last[0].length).split('\n')[0]!;
  return { encoding, index: first, sample, fixed: convertLegacy(sample, encoding, LATIN1.test(text)) };
}

/** `text` with its garbled words (every non-ASCII word when `all`) read in `encoding`; capitals kept (.VnTimeH). */
export function convertLegacy(text: string, encoding: LegacyEncoding, all: boolean): string {
  return text.replace(WORD, (word) => {
    if (ASCII.test(word) || !LATIN1.test(word) || (!all && !garbledIn(word).includes(encoding))) return word;
    const decoded = DECODERS[encoding](word);
    if (decoded === null) return word;
    // .VnTimeH, the capitals font, uses the small letters' bytes: a word in ASCII capitals is a word in capitals
    return /^[^a-z]*[A-Z][^a-z]*$/.test(word) ? decoded.toUpperCase() : decoded;
  });
}

/** `text` with every legacy-encoded part converted to Unicode, or the text unchanged. */
export function fixLegacy(text: string): string {
  const found = findLegacy(text);
  return found ? convertLegacy(text, found.encoding, LATIN1.test(text)) : text;
}

// ---- whole files saved in an 8-bit encoding ----

export type ByteEncoding = 'Windows-1258' | LegacyEncoding;

/** Non-ASCII words of `text` spelt as Vietnamese syllables: how well a decoding reads. */
const syllableCount = (text: string) => [...text.matchAll(WORD)].filter((m) => !ASCII.test(m[0]) && isSyllable(m[0])).length;

/**
 * A file that is not UTF-8 read in the 8-bit encoding Vietnamese offices used, the one whose text reads best; null
 * when none reads as Vietnamese, or the file reads better as UTF-8 with a few bad bytes (then it is not such a file).
 * VNI and TCVN3 files are their bytes as Latin-1, converted.
 */
export function decodeLegacyBytes(bytes: Uint8Array): { encoding: ByteEncoding; text: string } | null {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const candidates: { encoding: ByteEncoding; text: string }[] = [
    { encoding: 'Windows-1258', text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC') },
    { encoding: 'TCVN3', text: convertLegacy(latin1, 'TCVN3', true) },
    { encoding: 'VNI', text: convertLegacy(latin1, 'VNI', true) },
  ];
  const scored = candidates.map((c) => ({ ...c, score: syllableCount(c.text) })).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  return best.score > 0 && best.score > syllableCount(new TextDecoder('utf-8').decode(bytes))
    ? { encoding: best.encoding, text: best.text }
    : null;
}
