/**
 * The proof-reader: what a Văn phòng chief marks in red in administrative Vietnamese, as warnings located in the text.
 * It never edits: a finding carries the correction it proposes, which `check --fix` shows and `--write` applies. Pure.
 */
import type { ErrorCode } from './error-catalog.js';
import { ReportError } from './errors.js';
import { lineStarts, MASK, positionAt, type LocatedText, type TextFile } from './located-text.js';

/** The proof-reader's rules, one code each (README "Soát lỗi chính tả"). */
const PROOF_CODES = [
  'PROOF_DOUBLED_WORD',
  'PROOF_LOWERCASE_AFTER_STOP',
  'PROOF_DOTS',
  'PROOF_BULLET_PUNCTUATION',
  'PROOF_SPACE_BEFORE_PUNCTUATION',
  'PROOF_MISSPELLING',
  'PROOF_CAPITALISATION',
  'PROOF_COMMON_NOUN_CAPITAL',
  'PROOF_CAPITAL_AFTER_SEMICOLON',
] as const satisfies readonly ErrorCode[];
type ProofCode = (typeof PROOF_CODES)[number];

/** The correction of a finding: the span [start, end) of the text and what replaces it. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** One finding: where in the text it is (`at`), the words as written and as they should read, and the edit that does it. */
export interface Finding {
  readonly code: ProofCode;
  readonly text: LocatedText;
  readonly at: number;
  readonly found: string;
  readonly suggestion: string;
  readonly edit: Edit;
}
type Found = Omit<Finding, 'text' | 'code'>;

/**
 * The letters of Vietnamese (Latin with its precomposed and combining marks) and digits. Explicit ranges, not \p{L}:
 * a Unicode property class costs tens of milliseconds to compile on first use, in every check.
 */
const L = 'A-Za-z0-9\\u00C0-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
const WORD_AT_START = new RegExp(`^[${L}]+`);
const TOKEN = new RegExp(`[${L}]+`, 'g');
const isLower = (c: string) => c !== c.toUpperCase();
/** Word boundaries for Vietnamese (JavaScript's \b knows only ASCII letters). */
const word = (body: string, flags = 'g') => new RegExp(`(?<![${L}])(?:${body})(?![${L}])`, flags);
/** Lower case, one UTF-16 unit for one (true of every Vietnamese letter), so offsets in the result are offsets in `s`. */
const lower = (s: string) => {
  const l = s.toLowerCase();
  return l.length === s.length ? l : [...s].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
};
const isUpper = (c: string) => c !== lower(c);
const allCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
/** Keep the capital of a sentence's first word when replacing it. */
const keepInitial = (found: string, right: string) =>
  isUpper(found[0]!) && !isUpper(right[0]!) ? right[0]!.toUpperCase() + right.slice(1) : right;

/** A finding whose correction replaces the words found. */
const replace = (at: number, found: string, right: string): Found => ({
  at,
  found,
  suggestion: right,
  edit: { start: at, end: at + found.length, replacement: right },
});

/**
 * Where a capital may begin a sentence or a list entry: the text's start, after . ! ? … :, after a numbering "(1)" or "a)",
 * after an opening quote or bracket. Not after ; or , (the clause goes on).
 */
function sentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s“"'([-]/.test(text[i]!)) i--;
  return i < 0 || /[.!?…:)]/.test(text[i]!);
}

/** Reduplications that are Vietnamese, not slips: "người người, nhà nhà", "ngày ngày", "đời đời". */
const REDUPLICATIONS = new Set(['người', 'nhà', 'ngày', 'đời', 'năm', 'từng', 'mỗi', 'xanh', 'đâu', 'ai']);
/** Two words sharing a syllable: "hành vi" + "vi phạm" is not a slip, "tổ chức" + "chức Hội" is. */
const OVERLAPS = ['hành vi vi phạm', 'ý kiến kiến nghị', 'đơn vị vị trí', 'cán bộ bộ phận'];

function* doubledWords(t: LocatedText): Generator<Found> {
  const folded = lower(t.text);
  const tokens = [...folded.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const joined = (a: number, b: number) => /^[ \t\n]+$/.test(t.text.slice(tokens[a]!.end, tokens[b]!.start));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 4; n >= 1; n--) {
      if (i + 2 * n > tokens.length) continue;
      let same = true;
      for (let k = 0; k < n && same; k++) same = tokens[i + k]!.word === tokens[i + n + k]!.word;
      for (let k = i; k < i + 2 * n - 1 && same; k++) same = joined(k, k + 1);
      if (!same || !/[^0-9]/.test(tokens[i]!.word) || (n === 1 && REDUPLICATIONS.has(tokens[i]!.word))) continue;
      const around = [tokens[i - 1]?.word, tokens[i]!.word, tokens[i + 1]!.word, tokens[i + 2]?.word].join(' ');
      if (n === 1 && OVERLAPS.some((o) => around.includes(o))) continue;
      const end = tokens[i + 2 * n - 1]!.end;
      const once = t.text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      // located at the repeat; the correction removes it and the space before it
      yield {
        at: tokens[i + n]!.start,
        found: t.text.slice(tokens[i]!.start, end),
        suggestion: once,
        edit: { start: tokens[i + n - 1]!.end, end, replacement: '' },
      };
      i += 2 * n - 1;
      break;
    }
  }
}

const STOP_THEN_LETTER = new RegExp(`(?<![./])([.!?])[ \\t\\n]+([${L}])`, 'g');
const ABBREVIATION = new RegExp(`(^|[^${L}])(v\\.v|vv|tr|TT|tp|Tp)$`);

function* lowercaseAfterStop(t: LocatedText): Generator<Found> {
  for (const m of t.text.matchAll(STOP_THEN_LETTER)) {
    if (!isLower(m[2]!)) continue;
    const before = t.text.slice(Math.max(0, m.index - 3), m.index);
    if (ABBREVIATION.test(before)) continue; // abbreviations: v.v., tr. (trang), TT.
    const at = m.index + m[0].length - 1;
    const found = `${m[1]} ${WORD_AT_START.exec(t.text.slice(at))![0]}`;
    const upper = m[2]!.toUpperCase();
    yield { at, found, suggestion: found.replace(m[2]!, upper), edit: { start: at, end: at + 1, replacement: upper } };
  }
}

function* dots(t: LocatedText): Generator<Found> {
  // four dots or more, an ellipsis with dots beside it, two ellipses, a comma or semicolon before an ellipsis
  for (const m of t.text.matchAll(/\.{4,}|…[ \t]*\.+|\.+[ \t]*…|…{2,}|[,;][ \t]*(?:…|\.{3})/gu)) {
    if (m[0] === './.') continue;
    yield { at: m.index, found: m[0], suggestion: '…', edit: { start: m.index, end: m.index + m[0].length, replacement: '…' } };
  }
}

function* spaceBeforePunctuation(t: LocatedText): Generator<Found> {
  for (const m of t.text.matchAll(/(?<=[^\s\uFFFC])[ \t]+(?=[,.;:!?…)”])/gu)) {
    const after = t.text.slice(m.index + m[0].length);
    if (after.startsWith('./.')) continue;
    const before = /[^\s]*$/.exec(t.text.slice(0, m.index))![0];
    yield {
      at: m.index,
      found: `${before}${m[0]}${after[0]}`,
      suggestion: `${before}${after[0]}`,
      edit: { start: m.index, end: m.index + m[0].length, replacement: '' },
    };
  }
}

/** Misspellings common in administrative writing, each with its correct form (README lists them). */
const MISSPELLINGS: readonly (readonly [string, string])[] = [
  ['cập nhập', 'cập nhật'],
  ['sát nhập', 'sáp nhập'],
  ['bổ xung', 'bổ sung'],
  ['sử lý', 'xử lý'],
  ['năng xuất', 'năng suất'],
  ['sản suất', 'sản xuất'],
  ['chính sác', 'chính xác'],
  ['chuẩn đoán', 'chẩn đoán'],
  ['xuất sứ', 'xuất xứ'],
  ['tựu chung', 'tựu trung'],
  ['vô hình chung', 'vô hình trung'],
  ['chỉnh chu', 'chỉn chu'],
  ['nghành', 'ngành'],
  ['giáo giục', 'giáo dục'],
  ['modun', 'mô đun'],
];
const MISSPELLING = word(MISSPELLINGS.map(([w]) => w).join('|'));
const RIGHT = new Map(MISSPELLINGS.map(([w, r]) => [w, r]));

function* misspellings(t: LocatedText): Generator<Found> {
  for (const m of lower(t.text).matchAll(MISSPELLING)) {
    const found = t.text.slice(m.index, m.index + m[0].length);
    yield replace(m.index, found, keepInitial(found, RIGHT.get(m[0])!));
  }
}

/**
 * Names and titles written as Nghị định 30/2020, Phụ lục II prescribes. Each entry: the phrase (any case) and how it
 * is written; `correct` may depend on the words before it. An all-capitals phrase (a heading) is never flagged.
 */
interface NameRule {
  readonly find: string;
  readonly correct: (before: string, found: string) => string | null;
}
const fixed =
  (right: string): NameRule['correct'] =>
  () =>
    right;
/** Bodies whose names hold "nhân dân" in lower case (II.3): Ủy ban nhân dân, Hội đồng nhân dân, Tòa án nhân dân… */
const PEOPLES_BODY = /(hội đồng|ủy ban|uỷ ban|tòa án|toà án|viện kiểm sát|công an|quân đội|vũ trang|chiến tranh|dân chủ)[ \t\n]+$/iu;
const NAME_RULES: readonly NameRule[] = [
  { find: 'đảng cộng sản việt nam', correct: fixed('Đảng Cộng sản Việt Nam') },
  { find: 'ban bí thư', correct: fixed('Ban Bí thư') },
  { find: 'bộ chính trị', correct: fixed('Bộ Chính trị') },
  { find: 'ban chấp hành trung ương', correct: fixed('Ban Chấp hành Trung ương') },
  { find: 'ban an toàn giao thông', correct: fixed('Ban An toàn giao thông') },
  { find: 'tổ quốc', correct: fixed('Tổ quốc') },
  // "Nhân dân" in its fixed uses (the people the authorities serve) is capitalised; inside the name of a body it is not
  { find: 'nhân dân', correct: (before) => (PEOPLES_BODY.test(before) ? 'nhân dân' : 'Nhân dân') },
  // tết Nguyên đán (II.6): the name of the festival keeps its first syllable's capital only
  { find: 'nguyên đán', correct: fixed('Nguyên đán') },
  // a continent: the generic "châu" stays lower case (châu Phi, châu Á)
  { find: 'châu (?:phi|á|âu|mỹ|úc)', correct: (_b, f) => `châu ${f.split(/\s+/)[1]!.replace(/^./, (c) => c.toUpperCase())}` },
];
// matched in the lower-cased text (Vietnamese letters keep their length), after a plain search for the first word
const NAME_PATTERNS = NAME_RULES.map((r) => ({ rule: r, re: word(r.find), first: r.find.split(' ')[0]! }));
const TET = word('tết');
const LAW = word(`Luật[ \\t\\n]+([${L}]+)`);
/** Festivals named after "tết", lower case before them: tết Nguyên đán, tết Trung thu. */
const FESTIVAL = /^[ \t\n]+(nguyên đán|trung thu|đoan ngọ|thanh minh|hàn thực|nguyên tiêu)/iu;

function* capitalisation(t: LocatedText): Generator<Found> {
  const folded = lower(t.text);
  for (const { rule, re, first } of NAME_PATTERNS) {
    if (!folded.includes(first)) continue;
    for (const m of folded.matchAll(re)) {
      const found = t.text.slice(m.index, m.index + m[0].length);
      let right = rule.correct(folded.slice(Math.max(0, m.index - 40), m.index), found);
      if (right === null || allCaps(found)) continue;
      if (sentenceStart(t.text, m.index)) right = keepInitial(found, right);
      if (found !== right) yield replace(m.index, found, right);
    }
  }
  // "Tết" standing for the lunar new year is capitalised (II.6); "tết Nguyên đán" is not
  for (const m of t.text.matchAll(TET)) {
    if (FESTIVAL.test(t.text.slice(m.index + 3))) continue;
    yield replace(m.index, m[0], 'Tết');
  }
  // the name of a law starts with a capital: Luật Đất đai, Luật Hôn nhân và gia đình
  for (const m of t.text.matchAll(LAW)) {
    if (!isLower(m[1]![0]!) || sentenceStart(t.text, m.index)) continue;
    yield replace(m.index, m[0], m[0].slice(0, -m[1]!.length) + m[1]![0]!.toUpperCase() + m[1]!.slice(1));
  }
}

/** Common nouns the seed writes with a capital in mid-sentence; a small list, since a capital may begin a name. */
const COMMON_NOUNS: readonly string[] = ['tập thể', 'sơ kết', 'tổng kết', 'doanh nghiệp', 'hạn chế', 'dịch(?![ \\t\\n]+vụ)'];
const COMMON_NOUN = word(COMMON_NOUNS.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|'));

function* commonNounCapital(t: LocatedText): Generator<Found> {
  for (const m of t.text.matchAll(COMMON_NOUN)) {
    if (sentenceStart(t.text, m.index) || /[;]\s*$/.test(t.text.slice(0, m.index))) continue;
    yield replace(m.index, m[0], lower(m[0][0]!) + m[0].slice(1));
  }
}

/** Words and pairs of words that begin names (a body, the State, the Party, a law) and so keep their capital after a semicolon. */
const NAME_HEADS = new Set([
  'ủy ban',
  'uỷ ban',
  'ban',
  'phòng',
  'sở',
  'bộ',
  'ngân hàng',
  'trung ương',
  'trung tâm',
  'nhà nước',
  'nhân dân',
  'đảng',
  'hội',
  'hội đồng',
  'công an',
  'công ty',
  'công đoàn',
  'tòa án',
  'toà án',
  'viện',
  'huyện ủy',
  'tỉnh ủy',
  'chính phủ',
  'quốc hội',
  'kho bạc',
  'trạm',
  'đoàn',
  'mặt trận',
  'tết',
  'luật',
  'nghị quyết',
  'nghị định',
  'quyết định',
  'chỉ thị',
  'thông tư',
  'trường',
]);

const SEMICOLON_WORDS = new RegExp(`;[ \\t\\n]+([${L}]+)(?=[ \\t\\n]+([${L}]+))`, 'g');

function* capitalAfterSemicolon(t: LocatedText): Generator<Found> {
  for (const m of t.text.matchAll(SEMICOLON_WORDS)) {
    // a capitalised word (not an acronym) followed by a lower-case one
    if (isLower(m[1]![0]!) || m[1]!.slice(1) !== m[1]!.slice(1).toLowerCase() || !isLower(m[2]![0]!)) continue;
    if (NAME_HEADS.has(lower(m[1]!)) || NAME_HEADS.has(`${lower(m[1]!)} ${m[2]}`)) continue;
    yield replace(m.index + m[0].length - m[1]!.length, m[1]!, lower(m[1]!));
  }
}

const CLOSING = /[.;:!?…]["”’)]*$/u;

/** A list entry without the closing punctuation most of its siblings have (at least three entries, a majority closing). */
function bulletPunctuation(texts: readonly LocatedText[]): Finding[] {
  const groups = new Map<string, LocatedText[]>();
  for (const t of texts) if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  const out: Finding[] = [];
  for (const items of groups.values()) {
    const ends = items.map((t) => t.text.trimEnd()).filter((s) => s !== '' && !s.endsWith(MASK));
    const closing = ends.map((s) => CLOSING.exec(s)?.[0][0] ?? null);
    const closed = closing.filter((c): c is string => c !== null);
    if (ends.length < 3 || closed.length * 2 <= ends.length || closed.length === ends.length) continue;
    const usual = mostCommon(closed);
    for (const t of items) {
      const trimmed = t.text.trimEnd();
      if (trimmed === '' || trimmed.endsWith(MASK) || CLOSING.test(trimmed)) continue;
      const last = /[^\s]+$/.exec(trimmed)!;
      const edit = { start: trimmed.length, end: trimmed.length, replacement: usual };
      out.push({ code: 'PROOF_BULLET_PUNCTUATION', text: t, at: last.index, found: last[0], suggestion: `${last[0]}${usual}`, edit });
    }
  }
  return out;
}

function mostCommon(list: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

type Rule = (t: LocatedText) => Iterable<Found>;
const TEXT_RULES: readonly (readonly [ProofCode, Rule])[] = [
  ['PROOF_DOUBLED_WORD', doubledWords],
  ['PROOF_LOWERCASE_AFTER_STOP', lowercaseAfterStop],
  ['PROOF_DOTS', dots],
  ['PROOF_SPACE_BEFORE_PUNCTUATION', spaceBeforePunctuation],
  ['PROOF_MISSPELLING', misspellings],
  ['PROOF_CAPITALISATION', capitalisation],
  ['PROOF_COMMON_NOUN_CAPITAL', commonNounCapital],
  ['PROOF_CAPITAL_AFTER_SEMICOLON', capitalAfterSemicolon],
];

/** Findings per file, kept while the file's texts are: the templates' texts are made once per process (templateTexts). */
const cache = new WeakMap<TextFile, readonly Finding[]>();

/** Every finding in the files' texts, in file order, without those a `proofread-ignore` directive silences. */
export function proofread(files: readonly TextFile[]): Finding[] {
  return files.flatMap((file) => {
    let found = cache.get(file);
    if (!found) {
      found = proofreadFile(file);
      cache.set(file, found);
    }
    return found;
  });
}

function proofreadFile(file: TextFile): Finding[] {
  const starts = lineStarts(file.content);
  const found: Finding[] = [];
  for (const t of file.texts)
    for (const [code, rule] of TEXT_RULES)
      for (const f of rule(t)) if (!t.text.slice(f.edit.start, f.edit.end).includes(MASK)) found.push({ code, text: t, ...f });
  found.push(...bulletPunctuation(file.texts));
  const offset = (f: Finding) => f.text.offsets[f.at]!;
  return found
    .sort((a, b) => offset(a) - offset(b))
    .filter((f) => {
      const { line } = positionAt(starts, offset(f));
      return !file.silences.some(
        (s) =>
          (s.line === line || s.line === f.text.firstLine) &&
          (s.codes.length === 0 || s.codes.includes(f.code)) &&
          (s.words === null || f.found.includes(s.words)),
      );
    });
}

/** A finding as a located warning: the position is where the flagged words start in the file. */
export function findingDiagnostic(f: Finding, starts: readonly number[]): ReportError {
  const { line, column } = positionAt(starts, f.text.offsets[f.at]!);
  const params = { found: oneLine(f.found), suggestion: oneLine(f.suggestion) };
  return new ReportError({ code: f.code, severity: 'warning', params, file: f.text.file, line, column, dataPath: f.text.dataPath });
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');
