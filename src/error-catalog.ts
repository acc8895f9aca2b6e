/**
 * The wording catalogue, diagnostics part: every problem the tool reports, by permanent code, with its exit class, its
 * Vietnamese and English message and hint. The rest of what the tool prints is in messages.ts, in the same form.
 *
 * Adding a code: one entry `NEW_CODE: diagnostic<{ name: string; count: number }>({ kind, vi, en, hint })`, where the
 * type argument lists the parameters the wording reads (omit it when there are none). `new ReportError({ code:
 * 'NEW_CODE', params: { … } })` then type-checks the parameters against it. Then `npm run readme:codes`.
 */

import WORDS_JSON from './words.json' with { type: 'json' };

export type Lang = 'vi' | 'en';
/** What a code's wording reads when it has no parameters. */
export type NoParams = Record<never, never>;

/** One text in both languages, written from the parameters P. */
export interface Wording<P = NoParams> {
  readonly vi: (p: P) => string;
  readonly en: (p: P) => string;
}

export interface ErrorDefinition<P = NoParams> extends Wording<P> {
  /** usage: exit 2 (arguments, environment); data: exit 1 (files the user can fix); internal: exit 3. */
  readonly kind: 'usage' | 'data' | 'internal';
  readonly hint?: Wording<P>;
}

/** A diagnostic whose message and hint are written from the parameters P. */
const diagnostic = <P extends object = NoParams>(definition: ErrorDefinition<P>): ErrorDefinition<P> => definition;

type Words = Readonly<Record<string, { readonly vi: string; readonly en: string }>>;
/** A code in the user's language, or the code itself when the table does not know it. */
const say = (table: Words, code: string | number | undefined, lang: Lang): string => table[String(code)]?.[lang] ?? String(code);

/**
 * The words diagnostics put in their messages, by code, in both languages: data (words.json, one table per kind of
 * word), checked here to be {vi, en} pairs.
 */
const WORDS = WORDS_JSON satisfies Readonly<Record<string, Words>>;

/** What zod expected or received, by its type name. */
const TYPE_NAMES = WORDS.typeNames;

/** Why a file could not be read or written, by Node's error code. */
const FS_REASONS = WORDS.fsReasons;

/** yaml's syntax error codes, explained in Vietnamese (yaml's English message follows in brackets). */
const YAML_SYNTAX_VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng hoặc thiếu dấu đóng ngoặc',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab',
  MISSING_CHAR: 'thiếu ký tự (dấu hai chấm, dấu ngoặc kép hoặc dấu đóng ngoặc)',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BLOCK_AS_IMPLICIT_KEY: 'hai khóa trên cùng một dòng hoặc thụt lề không đúng',
  MULTILINE_IMPLICIT_KEY: 'một khóa bị ngắt sang nhiều dòng (thường do thụt lề không đúng)',
  BAD_DQ_ESCAPE: 'dấu \\ trong chuỗi ngoặc kép không hợp lệ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự dành riêng của YAML (@, `, %); đặt giá trị trong dấu ngoặc kép',
  KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
  BLOCK_IN_FLOW: 'khối nhiều dòng nằm trong dấu ngoặc [ ] hoặc { }',
  BAD_DIRECTIVE: 'chỉ thị % không hợp lệ',
  MULTIPLE_ANCHORS: 'neo hoặc thẻ YAML không hợp lệ',
  MULTIPLE_TAGS: 'neo hoặc thẻ YAML không hợp lệ',
  BAD_PROP_ORDER: 'neo hoặc thẻ YAML không hợp lệ',
  ALIAS_PROPS: 'neo hoặc thẻ YAML không hợp lệ',
  BAD_ALIAS: 'tham chiếu YAML không hợp lệ',
  TOO_DEEP: 'các nhóm lồng nhau quá sâu',
  UNCLOSED_FLOW: 'dấu ngoặc [ hoặc { mở ở đây nhưng không được đóng',
};

/** What a definition names, for the definition diagnostics. */
const DEFINITION_KINDS = WORDS.definitionKinds;

/** Definitions that are well-formed but contradict each other. */
const DEFINITION_PROBLEMS = WORDS.definitionProblems;

/** What a template helper's argument must be, by the name its diagnostic gives it. */
const HELPER_ARGUMENTS = WORDS.helperArguments;
export type HelperArgument = keyof typeof HELPER_ARGUMENTS;

/** What breaks the block tree a rendered template is read into. */
const STRUCTURE_PROBLEMS = WORDS.structureProblems;

const HELPER_HINT = {
  vi: () => 'Sửa lời gọi helper tại dòng, cột đã chỉ; templates/README.md liệt kê các helper và tham số của chúng.',
  en: () => 'Correct the helper call at the line and column shown; templates/README.md lists the helpers and their arguments.',
};

/** Why a reference is not well-formed (reference-grammar.ts). */
const REFERENCE_SYNTAX = WORDS.referenceSyntax;

/** Why a modifier does not fit its figure (references.ts). */
const MODIFIER_MISFITS = WORDS.modifierMisfits;

/** What a reference could not find this month (references.ts selectors). */
const MISSING_VALUES = WORDS.missingValues;

const REFERENCE_FORM = {
  vi: () => 'Tham chiếu viết {mã_chỉ_tiêu} hoặc {mã_chỉ_tiêu.bổ_ngữ}; muốn in dấu ngoặc nhọn, viết {{ hoặc }} (xem templates/README.md).',
  en: () => 'A reference is {indicator_id} or {indicator_id.modifier}; to print a brace write {{ or }} (see templates/README.md).',
};

const NUMBER_HINT = {
  vi: () => 'Viết số không có dấu phân cách hàng nghìn, dùng dấu chấm cho phần thập phân: 1347.19, 41108.',
  en: () => 'Write numbers without thousands separators, with a dot for decimals: 1347.19, 41108.',
};

/** A proof-reading hint: what the rule is, then how to silence it for one line. */
const proofHint = (code: string, vi: string, en: string) => ({
  vi: () =>
    `${vi} Bỏ qua cho một dòng: chú thích "# proofread-ignore: ${code}" ngay trên dòng đó hoặc cuối dòng (trong mẫu .hbs: {{!-- proofread-ignore: ${code} --}}).`,
  en: () =>
    `${en} To silence it for one line: a comment "# proofread-ignore: ${code}" above that line or at its end (in a .hbs template: {{!-- proofread-ignore: ${code} --}}).`,
});

export const CATALOG = {
  CLI_BAD_ARGUMENT: diagnostic<{ detail: string }>({
    kind: 'usage',
    vi: (p) => `Tham số không hợp lệ: ${p.detail}`,
    en: (p) => `Invalid argument: ${p.detail}`,
    hint: { vi: () => 'Xem "report --help".', en: () => 'See "report --help".' },
  }),
  CLI_BAD_PERIOD: diagnostic<{ value: string }>({
    kind: 'usage',
    vi: (p) => `Kỳ báo cáo "${p.value}" không hợp lệ: phải có dạng YYYY-MM với tháng từ 01 đến 12.`,
    en: (p) => `Period "${p.value}" is invalid: it must be YYYY-MM with a month from 01 to 12.`,
    hint: {
      vi: () => 'Viết năm bốn chữ số, gạch nối, tháng hai chữ số: 2021-01 là tháng 01 năm 2021.',
      en: () => 'Write a four-digit year, a hyphen and a two-digit month: 2021-01 is January 2021.',
    },
  }),
  LOAD_DATA_DIR_MISSING: diagnostic<{ dir: string }>({
    kind: 'usage',
    vi: (p) => `Không tìm thấy thư mục số liệu "${p.dir}".`,
    en: (p) => `Data folder "${p.dir}" was not found.`,
    hint: {
      vi: () => 'Chạy lệnh trong thư mục dự án hoặc chỉ rõ --data <thư mục>.',
      en: () => 'Run from the project folder or pass --data <folder>.',
    },
  }),
  LOAD_NO_DATA_FOR_MONTH: diagnostic<{ month: string; dir: string }>({
    kind: 'usage',
    vi: (p) => `Chưa có thư mục số liệu của tháng ${p.month} (${p.dir}).`,
    en: (p) => `There is no data folder for ${p.month} (${p.dir}).`,
    hint: { vi: (p) => `Tạo tháng mới bằng "report init ${p.month}".`, en: (p) => `Create it with "report init ${p.month}".` },
  }),
  LOAD_READ_FAILED: diagnostic<{ reason: string }>({
    kind: 'data',
    vi: (p) => `Không đọc được tệp: ${say(FS_REASONS, p.reason, 'vi')}.`,
    en: (p) => `The file cannot be read: ${say(FS_REASONS, p.reason, 'en')}.`,
    hint: {
      vi: () => 'Kiểm tra quyền đọc và kiểu của tệp (phải là tệp văn bản thường).',
      en: () => 'Check the permissions and that it is a plain text file.',
    },
  }),
  LOAD_FILE_MISSING: diagnostic<{ name: string; title: string }>({
    kind: 'data',
    vi: (p) => `Thiếu tệp ${p.name} (${p.title}).`,
    en: (p) => `File ${p.name} (${p.title}) is missing.`,
    hint: {
      // district.yaml is not a month's file: neither init nor --allow-missing makes it
      vi: (p) =>
        p.name === 'district.yaml'
          ? 'Tạo tệp district.yaml trong thư mục số liệu theo mục "Bố cục số liệu" của data/README.md.'
          : 'Tạo tệp từ tháng trước bằng "report init", hoặc dùng --allow-missing để dựng báo cáo với chỗ trống.',
      en: (p) =>
        p.name === 'district.yaml'
          ? 'Create district.yaml in the data folder as data/README.md ("Bố cục số liệu") describes.'
          : 'Create it from last month with "report init", or build with --allow-missing to leave a placeholder.',
    },
  }),
  LOAD_FILE_TOO_LARGE: diagnostic<{ size: number; limit: number }>({
    kind: 'data',
    vi: (p) => `Tệp quá lớn (${p.size} byte, tối đa ${p.limit} byte); không đọc.`,
    en: (p) => `The file is too large (${p.size} bytes, at most ${p.limit}); not read.`,
    hint: {
      vi: () => 'Một tệp số liệu ngành chỉ vài KB; kiểm tra xem có dán nhầm nội dung không.',
      en: () => 'A sector file is a few KB; check for pasted content.',
    },
  }),
  LOAD_FILE_EMPTY: diagnostic({
    kind: 'data',
    vi: () => 'Tệp rỗng.',
    en: () => 'The file is empty.',
    hint: { vi: () => 'Điền số liệu hoặc xóa tệp.', en: () => 'Fill in the data or delete the file.' },
  }),
  LOAD_FILE_SPREADSHEET: diagnostic<{ kind: string }>({
    kind: 'data',
    vi: (p) => `Tệp là một bảng tính (${p.kind}) mang tên .yaml, không phải tệp số liệu YAML.`,
    en: (p) => `The file is a spreadsheet (${p.kind}) named .yaml, not a YAML data file.`,
    hint: {
      vi: () =>
        'Đổi tên về .xlsx rồi nhập bằng "report import <YYYY-MM> <tệp>.xlsx" (biểu mẫu tạo bằng report forms); bảng tính khác thì nhờ phòng ban điền biểu mẫu.',
      en: () =>
        'Rename it back to .xlsx and take it in with "report import <YYYY-MM> <file>.xlsx" (a form made by report forms); another spreadsheet: ask the department to fill the form.',
    },
  }),
  LOAD_FILE_BINARY: diagnostic({
    kind: 'data',
    vi: () => 'Tệp không phải văn bản (chứa byte nhị phân).',
    en: () => 'The file is not text (it contains binary bytes).',
    hint: {
      vi: () => 'Lưu tệp dưới dạng văn bản thuần UTF-8 (.yaml), không phải .docx hay .xlsx.',
      en: () => 'Save it as plain UTF-8 text (.yaml), not .docx or .xlsx.',
    },
  }),
  // either the encoding its byte-order mark names, or the first byte that is not UTF-8
  LOAD_FILE_NOT_UTF8: diagnostic<{ encoding: string } | { byte: string; guess?: string }>({
    kind: 'data',
    vi: (p) =>
      'encoding' in p
        ? `Tệp được mã hóa ${p.encoding}, không phải UTF-8.`
        : `Tệp không được mã hóa UTF-8: byte ${p.byte} không hợp lệ${p.guess ? ` (tệp có lẽ được lưu bằng bảng mã ${p.guess})` : ''}.`,
    en: (p) =>
      'encoding' in p
        ? `The file is encoded as ${p.encoding}, not UTF-8.`
        : `The file is not UTF-8 encoded: byte ${p.byte} is invalid${p.guess ? ` (it looks saved in ${p.guess})` : ''}.`,
    hint: {
      vi: () =>
        'Lưu lại tệp với mã hóa UTF-8 (Unicode); tệp lưu bằng bảng mã TCVN3 (ABC), VNI hoặc Windows-1258: ' +
        'chạy "report fix-text <tệp>" để xem bản chuyển mã, thêm --write để ghi (hoặc chuyển bằng Unikey).',
      en: () =>
        'Save the file again as UTF-8 (Unicode); a file saved in TCVN3 (ABC), VNI or Windows-1258: run ' +
        '"report fix-text <file>" to see it converted, and add --write to save it (or convert it with Unikey).',
    },
  }),

  LOAD_LEGACY_ENCODING: diagnostic<{ encoding: string; sample: string; fixed: string; file: string }>({
    kind: 'data',
    vi: (p) =>
      `Văn bản gõ bằng bảng mã ${p.encoding === 'VNI' ? 'VNI (phông VNI-Times)' : 'TCVN3 (ABC, phông .VnTime)'} nên hiển thị sai: "${p.sample}" (đúng là "${p.fixed}").`,
    en: (p) =>
      `Text typed in the legacy ${p.encoding === 'VNI' ? 'VNI (VNI-Times font)' : 'TCVN3 (ABC, .VnTime font)'} encoding shows garbled: "${p.sample}" (meant: "${p.fixed}").`,
    hint: {
      vi: (p) =>
        `Chạy "report fix-text ${p.file}" để xem bản chuyển sang Unicode, thêm --write để ghi; hoặc chuyển mã bằng \
Unikey (nguồn ${p.encoding}, đích Unicode) rồi dán lại.`,
      en: (p) =>
        `Run "report fix-text ${p.file}" to see it converted to Unicode, and add --write to save it; or convert it with Unikey (from ${p.encoding} to Unicode) and paste it again.`,
    },
  }),
  LOAD_INVISIBLE_CHAR: diagnostic<{ where: 'key' | 'number' | 'template'; text: string; names: string }>({
    kind: 'data',
    // `?? p.where`: the README code table writes the message with placeholders such as <where>
    vi: (p) => `${{ key: 'Khóa', number: 'Số', template: 'Mẫu' }[p.where] ?? p.where} "${p.text}" chứa ký tự vô hình: ${p.names}.`,
    en: (p) =>
      `${{ key: 'Key', number: 'Number', template: 'Template text' }[p.where] ?? p.where} "${p.text}" contains invisible characters: ${p.names}.`,
    hint: {
      vi: () =>
        'Xóa ký tự ở chỗ ⟨U+…⟩ (thường dính vào khi chép từ Word, trang web hoặc Excel), hoặc chạy "report fix-text <tệp> --write".',
      en: () =>
        'Delete the character at ⟨U+…⟩ (it comes with text copied from Word, a web page or Excel), or run "report fix-text <file> --write".',
    },
  }),
  LOAD_INVISIBLE_STRIPPED: diagnostic<{ text: string; names: string }>({
    kind: 'data',
    vi: (p) => `Văn bản "${p.text}" chứa ký tự vô hình ${p.names}; đã bỏ khỏi báo cáo.`,
    en: (p) => `The text "${p.text}" contains invisible characters ${p.names}; left out of the report.`,
    hint: {
      vi: () => 'Xóa ký tự ở chỗ ⟨U+…⟩ khỏi tệp, hoặc chạy "report fix-text <tệp> --write".',
      en: () => 'Delete the character at ⟨U+…⟩ from the file, or run "report fix-text <file> --write".',
    },
  }),
  LOAD_YAML_SYNTAX: diagnostic<{ yamlCode: string; detail: string }>({
    kind: 'data',
    // yaml's own message is English: the Vietnamese reads its code only
    vi: (p) => `Lỗi cú pháp YAML: ${YAML_SYNTAX_VI[String(p.yamlCode)] ?? 'cấu trúc không hợp lệ'}.`,
    en: (p) => `YAML syntax error: ${p.detail}`,
    hint: {
      vi: (p) => `Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm và dấu ngoặc kép (mã lỗi yaml: ${p.yamlCode}).`,
      en: (p) => `Check the indentation (spaces, not tabs), colons and quotes (yaml code: ${p.yamlCode}).`,
    },
  }),
  LOAD_YAML_DUPLICATE_KEY: diagnostic<{ key: string }>({
    kind: 'data',
    vi: (p) => `Khóa "${p.key}" xuất hiện hai lần.`,
    en: (p) => `Key "${p.key}" appears twice.`,
    hint: { vi: () => 'Giữ một dòng và xóa dòng còn lại.', en: () => 'Keep one of the two lines.' },
  }),
  LOAD_YAML_MULTIPLE_DOCS: diagnostic({
    kind: 'data',
    vi: () => 'Tệp chứa nhiều tài liệu YAML (dấu ---); mỗi tệp chỉ được một.',
    en: () => 'The file holds several YAML documents (---); one per file is allowed.',
    hint: {
      vi: () => 'Xóa dòng --- (hoặc ...) ở giữa tệp; mỗi tháng, mỗi ngành một tệp.',
      en: () => 'Delete the --- (or ...) line inside the file; one file per sector and month.',
    },
  }),
  LOAD_YAML_ALIAS: diagnostic({
    kind: 'data',
    vi: () => 'Không dùng neo và tham chiếu YAML (&, *) trong tệp số liệu.',
    en: () => 'YAML anchors and aliases (&, *) are not allowed in data files.',
    hint: { vi: () => 'Viết trực tiếp giá trị ở từng chỗ.', en: () => 'Write each value out in full.' },
  }),
  LOAD_YAML_MERGE_KEY: diagnostic({
    kind: 'data',
    vi: () => 'Không dùng khóa gộp "<<" trong tệp số liệu.',
    en: () => 'Merge keys "<<" are not allowed in data files.',
    hint: { vi: () => 'Viết đầy đủ từng khóa thay cho "<<".', en: () => 'Write each key out instead of "<<".' },
  }),
  LOAD_YAML_TAG: diagnostic<{ tag: string }>({
    kind: 'data',
    vi: (p) => `Không dùng thẻ YAML "${p.tag}" trong tệp số liệu.`,
    en: (p) => `YAML tag "${p.tag}" is not allowed in data files.`,
    hint: {
      vi: () => 'Xóa thẻ và viết giá trị trực tiếp: số như 1347.19, chữ như bình thường, ngày dạng chuỗi "YYYY-MM-DD".',
      en: () => 'Remove the tag and write the value itself: numbers like 1347.19, text as it is, dates as "YYYY-MM-DD" strings.',
    },
  }),
  LOAD_YAML_DIRECTIVE: diagnostic<{ directive: string }>({
    kind: 'data',
    vi: (p) =>
      `Không dùng chỉ thị "${p.directive}" trong tệp số liệu: %YAML 1.1 đổi cách đọc số (1:20 thành 80, 0123 thành 83, yes thành đúng).`,
    en: (p) =>
      `Directive "${p.directive}" is not allowed in data files: %YAML 1.1 changes how numbers read (1:20 becomes 80, 0123 becomes 83, yes becomes true).`,
    hint: {
      vi: () => 'Xóa dòng bắt đầu bằng % (và dòng --- ngay sau nó).',
      en: () => 'Delete the line starting with % (and the --- line after it).',
    },
  }),
  LOAD_YAML_BAD_KEY: diagnostic<{ key: string }>({
    kind: 'data',
    vi: (p) => `Khóa ${p.key} không phải là một tên: mỗi khóa là một từ như chi_tieu, không phải danh sách, nhóm hay giá trị rỗng.`,
    en: (p) => `Key ${p.key} is not a name: each key is a word such as chi_tieu, not a list, a mapping or an empty value.`,
    hint: { vi: () => 'Viết khóa dạng ten_khoa: giá trị.', en: () => 'Write the key as name: value.' },
  }),
  LOAD_FORBIDDEN_KEY: diagnostic<{ key: string }>({
    kind: 'data',
    vi: (p) => `Tên khóa "${p.key}" bị cấm.`,
    en: (p) => `Key name "${p.key}" is forbidden.`,
    hint: {
      vi: () => 'Xóa khóa này: tên này dành riêng cho JavaScript và không thuộc mẫu số liệu nào.',
      en: () => 'Delete this key: the name is reserved by JavaScript and part of no schema.',
    },
  }),
  VALIDATE_TYPE: diagnostic<{ label: string; expected: string; received: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: cần ${say(TYPE_NAMES, p.expected, 'vi')}, nhận được ${say(TYPE_NAMES, p.received, 'vi')}.`,
    en: (p) => `${p.label}: expected ${say(TYPE_NAMES, p.expected, 'en')}, received ${say(TYPE_NAMES, p.received, 'en')}.`,
    hint: {
      vi: () =>
        'Số viết như 1347.19; văn bản viết ngay sau dấu hai chấm; danh sách mỗi dòng bắt đầu bằng "- "; nhóm khóa thụt lề hai dấu cách.',
      en: () => 'Numbers as 1347.19; text right after the colon; a list with one "- " line per item; a mapping indented two spaces.',
    },
  }),
  VALIDATE_REQUIRED: diagnostic<{ key: string; label: string }>({
    kind: 'data',
    vi: (p) => `Thiếu "${p.key}" (${p.label}).`,
    en: (p) => `"${p.key}" (${p.label}) is missing.`,
    hint: { vi: () => 'Thêm khóa này và điền giá trị.', en: () => 'Add the key with its value.' },
  }),
  VALIDATE_EMPTY: diagnostic<{ label: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: chưa nhập số liệu.`,
    en: (p) => `${p.label}: no value entered yet.`,
    hint: { vi: () => 'Điền số liệu của tháng này.', en: () => "Enter this month's figure." },
  }),
  VALIDATE_UNKNOWN_KEY: diagnostic<{ key: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Khóa "${p.key}" không có trong mẫu số liệu.${p.suggestion ? ` Có phải là "${p.suggestion}"?` : ''}`,
    en: (p) => `Key "${p.key}" is not part of the schema.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: {
      vi: () => 'Sửa tên khóa theo mẫu hoặc xóa dòng; trình soạn thảo có lược đồ (schemas/<tệp>.schema.json) gợi ý tên đúng.',
      en: () => 'Correct the key or delete the line; an editor with the schema (schemas/<file>.schema.json) suggests the names.',
    },
  }),
  VALIDATE_NOT_INTEGER: diagnostic<{ label: string; value: string; suggestions: readonly string[] }>({
    kind: 'data',
    vi: (p) => `${p.label}: phải là số nguyên, nhận được ${p.value}.`,
    en: (p) => `${p.label}: must be a whole number, received ${p.value}.`,
    // only whole numbers that pass are proposed, never an example with decimals
    hint: {
      vi: (p) => (p.suggestions.length > 0 ? `Viết ${p.suggestions.join(' hoặc ')}.` : 'Viết một số nguyên, không có dấu chấm.'),
      en: (p) => (p.suggestions.length > 0 ? `Write ${p.suggestions.join(' or ')}.` : 'Write a whole number, without a dot.'),
    },
  }),
  VALIDATE_NEGATIVE: diagnostic<{ label: string; value: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: không được âm, nhận được ${p.value}.`,
    en: (p) => `${p.label}: cannot be negative, received ${p.value}.`,
    hint: {
      vi: () => 'Chỉ tiêu này không thể âm: kiểm tra dấu trừ, hoặc ghi số giảm vào lời văn.',
      en: () => 'This figure cannot be negative: check the minus sign, or describe a decrease in the text.',
    },
  }),
  VALIDATE_OUT_OF_RANGE: diagnostic<{ label: string; value: string } & ({ min: number } | { max: number })>({
    kind: 'data',
    vi: (p) => `${p.label}: phải ${'min' in p ? `từ ${p.min} trở lên` : `không lớn hơn ${p.max}`}, nhận được ${p.value}.`,
    en: (p) => `${p.label}: must be ${'min' in p ? `at least ${p.min}` : `at most ${p.max}`}, received ${p.value}.`,
    hint: {
      vi: () => 'Kiểm tra lại giá trị (nhầm đơn vị, thừa hoặc thiếu chữ số?).',
      en: () => 'Check the value (wrong unit, a digit too many or too few?).',
    },
  }),
  VALIDATE_NOT_FINITE: diagnostic<{ label: string; value: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: phải là một số hữu hạn, nhận được ${p.value}.`,
    en: (p) => `${p.label}: must be a finite number, received ${p.value}.`,
    hint: NUMBER_HINT,
  }),
  VALIDATE_CHOICE: diagnostic<{ label: string; value: string; choices: readonly string[] }>({
    kind: 'data',
    vi: (p) => `${p.label}: "${p.value}" không phải một trong các giá trị ${p.choices.join(', ')}.`,
    en: (p) => `${p.label}: "${p.value}" is not one of ${p.choices.join(', ')}.`,
    hint: { vi: () => 'Ghi đúng một trong các giá trị đã liệt kê.', en: () => 'Write exactly one of the values listed.' },
  }),
  VALIDATE_VALUE: diagnostic<{ label: string; detail: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: ${p.detail}`,
    en: (p) => `${p.label}: ${p.detail}`,
    hint: {
      vi: () => 'Sửa giá trị theo mô tả của trường trong mẫu số liệu.',
      en: () => 'Correct the value as the field description says.',
    },
  }),
  VALIDATE_MORE_PROBLEMS: diagnostic<{ count: number }>({
    kind: 'data',
    vi: (p) => `Tệp còn ${p.count} lỗi khác, không liệt kê hết.`,
    en: (p) => `The file has ${p.count} more problems, not all listed.`,
    hint: {
      vi: () => 'Sửa các lỗi trên rồi kiểm tra lại; rất nhiều lỗi cùng lúc thường do dán nhầm nội dung hoặc nhầm tệp.',
      en: () => 'Fix the problems above and check again; so many at once usually means pasted content or the wrong file.',
    },
  }),
  VALIDATE_NUMBER_AS_TEXT: diagnostic<{ label: string; text: string; suggestions: readonly string[] }>({
    kind: 'data',
    vi: (p) => `${p.label}: "${p.text}" là chữ, không phải số.`,
    en: (p) => `${p.label}: "${p.text}" is text, not a number.`,
    // the suggestion holds only readings of the text that pass as this value ("41,108" in a count: 41108, never 41.108)
    hint: {
      vi: (p) =>
        p.suggestions.length > 0
          ? `Viết ${p.suggestions.join(' hoặc ')} (không có dấu chấm hàng nghìn, dấu chấm thay dấu phẩy thập phân, không kèm đơn vị).`
          : 'Không cách đọc nào của giá trị này hợp lệ ở đây: viết số không có dấu phân cách hàng nghìn, dấu chấm \
cho phần thập phân, không kèm đơn vị, và kiểm tra lại số liệu.',
      en: (p) =>
        p.suggestions.length > 0
          ? `Write ${p.suggestions.join(' or ')} (no thousands dots, a dot for decimals, no unit).`
          : 'No reading of this value is valid here: write the number without thousands separators, with a dot for decimals and no unit, and check it.',
    },
  }),
  VALIDATE_THOUSANDS_SEPARATOR: diagnostic<{
    label: string;
    text: string;
    asDecimal: string;
    asThousands: string;
    digits: string;
    plain: string;
    rounded: string;
    places: number;
  }>({
    kind: 'data',
    vi: (p) => `${p.label}: "${p.text}" được YAML đọc là ${p.asDecimal}, không phải ${p.asThousands}.`,
    // English readers take "41,108" for forty-one thousand: name both readings in plain digits
    en: (p) => `${p.label}: YAML reads "${p.text}" as the decimal number ${p.text}, not ${p.digits}.`,
    // only forms that pass as this figure are proposed: the whole number when it is in range, the decimal rounded to its places
    hint: {
      vi: (p) => {
        const whole = p.plain ? `nếu là ${p.asThousands}, viết ${p.plain} (không có dấu chấm hàng nghìn)` : '';
        const decimal = p.rounded ? `nếu là ${p.asDecimal}, viết ${p.rounded} (chỉ tiêu này ghi tối đa ${p.places} chữ số thập phân)` : '';
        const both = [whole, decimal].filter(Boolean).join('; ');
        return both
          ? `${both[0]!.toUpperCase()}${both.slice(1)}.`
          : `Cả ${p.asThousands} lẫn ${p.asDecimal} đều không hợp lệ với chỉ tiêu này: kiểm tra lại số liệu.`;
      },
      en: (p) => {
        const whole = p.plain ? `write the number without a thousands dot: ${p.plain}` : '';
        const decimal = p.rounded ? `for ${p.text}, write ${p.rounded} (this figure has at most ${p.places} decimal places)` : '';
        const both = [whole, decimal].filter(Boolean).join('; or, ');
        return both
          ? `${both[0]!.toUpperCase()}${both.slice(1)}.`
          : `Neither ${p.digits} nor ${p.text} is valid for this figure: check the value.`;
      },
    },
  }),
  VALIDATE_TOO_MANY_DECIMALS: diagnostic<{ label: string; text: string; places: number; rounded: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: "${p.text}" có nhiều chữ số thập phân hơn mức chỉ tiêu khai báo (tối đa ${p.places}).`,
    en: (p) => `${p.label}: "${p.text}" has more decimal places than the figure declares (at most ${p.places}).`,
    hint: {
      vi: (p) =>
        `${p.rounded ? `Làm tròn: ${p.rounded}. ` : ''}Nếu chỉ tiêu thật sự cần nhiều chữ số hơn, khai báo decimals của nó trong schemas/sectors/<ngành>.yaml.`,
      en: (p) =>
        `${p.rounded ? `Round it: ${p.rounded}. ` : ''}If the figure really needs more places, declare its decimals in schemas/sectors/<sector>.yaml.`,
    },
  }),
  VALIDATE_UNKNOWN_SECTOR: diagnostic<{ name: string; known: string }>({
    kind: 'data',
    vi: (p) => `Tệp ${p.name} không thuộc ngành nào của báo cáo; bị bỏ qua.`,
    en: (p) => `File ${p.name} belongs to no sector of the report; ignored.`,
    hint: { vi: (p) => `Các tệp hợp lệ: ${p.known}.`, en: (p) => `Known files: ${p.known}.` },
  }),
  VALIDATE_DUPLICATE_FILE: diagnostic<{ name: string; other: string; expected: string }>({
    kind: 'data',
    vi: (p) =>
      `Hai tệp cho cùng ${p.expected === 'report.yaml' ? 'thông tin báo cáo tháng' : 'một ngành'} (${p.expected}): ${p.name} và ${p.other}; chỉ đọc ${p.other}, bỏ qua ${p.name}.`,
    en: (p) =>
      `Two files for ${p.expected === 'report.yaml' ? "the month's report information" : 'one sector'} (${p.expected}): ${p.name} and ${p.other}; only ${p.other} is read, ${p.name} is ignored.`,
    hint: {
      vi: (p) => `Giữ một tệp tên ${p.expected} (gộp nội dung cần giữ vào đó) và xóa tệp còn lại.`,
      en: (p) => `Keep one file named ${p.expected} (merge what must be kept into it) and delete the other.`,
    },
  }),
  VALIDATE_MISNAMED_FILE: diagnostic<{ name: string; expected: string; reason: string }>({
    kind: 'data',
    vi: (p) => `Tệp ${p.name} ${p.reason === 'extension' ? 'sai phần mở rộng' : 'sai chữ hoa/thường'}; được đọc là ${p.expected}.`,
    en: (p) => `File ${p.name} has the wrong ${p.reason === 'extension' ? 'extension' : 'letter case'}; read as ${p.expected}.`,
    hint: { vi: (p) => `Đổi tên tệp thành ${p.expected}.`, en: (p) => `Rename the file to ${p.expected}.` },
  }),
  VALIDATE_SUM_MISMATCH: diagnostic<{ label: string; total: string; parts: string; sum: string }>({
    kind: 'data',
    vi: (p) => `${p.label} (${p.total}) khác tổng các thành phần ${p.parts} = ${p.sum}.`,
    en: (p) => `${p.label} (${p.total}) differs from the sum of its parts ${p.parts} = ${p.sum}.`,
    hint: { vi: () => 'Sửa tổng hoặc một thành phần cho khớp.', en: () => 'Correct the total or one of the parts.' },
  }),
  VALIDATE_PARTS_EXCEED_TOTAL: diagnostic<{ parts: string; sum: string; label: string; total: string }>({
    kind: 'data',
    vi: (p) => `Các thành phần ${p.parts} = ${p.sum} vượt ${p.label} (${p.total}), dù chỉ là một phần của tổng.`,
    en: (p) => `The parts ${p.parts} = ${p.sum} exceed ${p.label} (${p.total}), although they are only some of it.`,
    hint: { vi: () => 'Sửa tổng hoặc một thành phần cho khớp.', en: () => 'Correct the total or one of the parts.' },
  }),
  VALIDATE_PART_EXCEEDS_WHOLE: diagnostic<{ label: string; part: string; wholeLabel: string; whole: string }>({
    kind: 'data',
    vi: (p) => `${p.label} (${p.part}) lớn hơn ${p.wholeLabel} (${p.whole}).`,
    en: (p) => `${p.label} (${p.part}) exceeds ${p.wholeLabel} (${p.whole}).`,
    hint: {
      vi: () => 'Một phần không thể lớn hơn tổng: sửa một trong hai số.',
      en: () => 'A part cannot exceed its whole: correct one of the two figures.',
    },
  }),
  VALIDATE_RATE_MISMATCH: diagnostic<{
    label: string;
    stated: string;
    numerator: string;
    denominator: string;
    computed: string;
    impliedBase?: string;
  }>({
    kind: 'data',
    vi: (p) => `${p.label} ghi ${p.stated}, nhưng ${p.numerator} / ${p.denominator} = ${p.computed}.`,
    en: (p) => `${p.label} states ${p.stated}, but ${p.numerator} / ${p.denominator} = ${p.computed}.`,
    hint: {
      // a stated 0% implies no base at all: only a zero numerator agrees with it
      vi: (p) =>
        p.impliedBase === undefined
          ? 'Số liệu giữ như đã báo cáo; tỷ lệ 0% chỉ đúng khi tử số bằng 0.'
          : `Số liệu giữ như đã báo cáo; mẫu số khớp với tỷ lệ đã ghi khoảng ${p.impliedBase}.`,
      en: (p) =>
        p.impliedBase === undefined
          ? 'The data is kept as reported; a 0% rate is right only with a zero numerator.'
          : `The data is kept as reported; the stated rate implies a base of about ${p.impliedBase}.`,
    },
  }),
  VALIDATE_RATE_OUTSIDE_PARTS: diagnostic<{ label: string; value: string; low: string; high: string }>({
    kind: 'data',
    vi: (p) =>
      `${p.label} (${p.value}) nằm ngoài khoảng tỷ lệ các thành phần (${p.low} - ${p.high}); trung bình có trọng số của các thành phần không thể như vậy.`,
    en: (p) =>
      `${p.label} (${p.value}) lies outside the range of its parts (${p.low} - ${p.high}); no weighted mean of the parts can give it.`,
    hint: {
      vi: () => 'Kiểm tra lại tỷ lệ chung hoặc bổ sung nguồn vốn còn thiếu.',
      en: () => 'Check the overall rate or add the missing component.',
    },
  }),
  VALIDATE_HISTORY_INVALID: diagnostic<{ month: string; sector: string }>({
    kind: 'data',
    vi: (p) =>
      `Tệp này của tháng ${p.month} có lỗi nên không số liệu nào của ngành ${p.sector} trong tháng đó được dùng để tính lũy kế và so sánh.`,
    en: (p) =>
      `This file of ${p.month} has errors, so none of the ${p.sector} figures of that month is used for year to date and comparisons.`,
    hint: { vi: (p) => `Chạy "report check ${p.month}" và sửa tệp.`, en: (p) => `Run "report check ${p.month}" and correct the file.` },
  }),
  VALIDATE_HISTORY_FIGURE_INVALID: diagnostic<{ month: string; label: string }>({
    kind: 'data',
    vi: (p) =>
      `${p.label}: số liệu tháng ${p.month} có lỗi nên lũy kế và so sánh của chỉ tiêu này bỏ trống; các chỉ tiêu khác vẫn được tính.`,
    en: (p) =>
      `${p.label}: the figure of ${p.month} is invalid, so this indicator's year to date and comparisons are left blank; the others are computed.`,
    hint: {
      vi: (p) => `Chạy "report check ${p.month}" và sửa số liệu ở dòng này.`,
      en: (p) => `Run "report check ${p.month}" and correct the figure on this line.`,
    },
  }),
  VALIDATE_CUTOFF_OUTSIDE_MONTH: diagnostic<{ date: string; month: string; from: string; to: string }>({
    kind: 'data',
    vi: (p) => `Ngày chốt số liệu ${p.date} không thuộc kỳ báo cáo ${p.month}: phải từ ${p.from} đến ${p.to}.`,
    en: (p) => `The data cut-off ${p.date} does not belong to the period ${p.month}: it must be from ${p.from} to ${p.to}.`,
    hint: {
      vi: () => 'Sửa ngày (nhầm năm hoặc tháng?), hoặc chuyển tệp sang đúng thư mục tháng.',
      en: () => 'Correct the date (wrong year or month?), or move the file to the right month folder.',
    },
  }),
  VALIDATE_DATE: diagnostic<{ label: string; value: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: "${p.value}" không phải một ngày có thật viết dạng YYYY-MM-DD.`,
    en: (p) => `${p.label}: "${p.value}" is not a real date written YYYY-MM-DD.`,
    hint: {
      vi: () => 'Viết năm-tháng-ngày đủ chữ số, ví dụ 2021-01-15; kiểm tra ngày có trong tháng (không có 30/02).',
      en: () => 'Write year-month-day with every digit, e.g. 2021-01-15; check the day exists in its month (no 30 February).',
    },
  }),
  VALIDATE_DATE_AFTER_MONTH: diagnostic<{ date: string; month: string; last: string }>({
    kind: 'data',
    vi: (p) => `Ngày ${p.date} chưa đến: báo cáo tháng ${p.month} chỉ nói về ngày đã qua, chậm nhất ${p.last}.`,
    en: (p) => `The date ${p.date} has not come yet: the report for ${p.month} speaks of days up to ${p.last}.`,
    hint: { vi: () => 'Sửa ngày (nhầm năm?).', en: () => 'Correct the date (a wrong year?).' },
  }),
  VALIDATE_SIGNING_DATE: diagnostic<{ date: string; month: string; cutoff: string; latest: string; reason: 'beforeCutoff' | 'tooLate' }>({
    kind: 'data',
    vi: (p) =>
      p.reason === 'beforeCutoff'
        ? `Ngày ký ${p.date} sớm hơn ngày chốt số liệu ${p.cutoff}: không thể ký báo cáo trước khi có số liệu.`
        : `Ngày ký ${p.date} quá muộn cho báo cáo tháng ${p.month}: chậm nhất ${p.latest}.`,
    en: (p) =>
      p.reason === 'beforeCutoff'
        ? `The signing date ${p.date} is before the data cut-off ${p.cutoff}: a report cannot be signed before its data exists.`
        : `The signing date ${p.date} is too late for the report of ${p.month}: ${p.latest} at the latest.`,
    hint: {
      vi: () => 'Sửa ngày ký (nhầm năm hoặc tháng?); để null khi chưa ký.',
      en: () => 'Correct the signing date (wrong year or month?); leave it null until signed.',
    },
  }),
  VALIDATE_JUMP: diagnostic<{ label: string; value: string; month: string; before: string; beforeMonth: string; factor: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: ${p.value} tháng ${p.month} so với ${p.before} tháng ${p.beforeMonth}, chênh ${p.factor} lần.`,
    en: (p) => `${p.label}: ${p.value} in ${p.month} against ${p.before} in ${p.beforeMonth}, ${p.factor} times apart.`,
    hint: {
      vi: () =>
        'Kiểm tra lại hai số (thừa hoặc thiếu ba chữ số, nhầm đơn vị?); nếu đúng, báo cáo nên nêu lý do. check --strict coi cảnh báo này là lỗi.',
      en: () =>
        'Check both values (three digits too many or too few, a wrong unit?); if right, the report should say why. check --strict makes this an error.',
    },
  }),
  VALIDATE_STOCK_DROP: diagnostic<{ label: string; value: string; month: string; before: string; beforeMonth: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: giảm hơn một nửa, từ ${p.before} tháng ${p.beforeMonth} xuống ${p.value} tháng ${p.month}.`,
    en: (p) => `${p.label}: fell by more than half, from ${p.before} in ${p.beforeMonth} to ${p.value} in ${p.month}.`,
    hint: {
      vi: () =>
        'Một số tồn (đàn gia súc, diện tích, số hộ) hiếm khi giảm như vậy trong một tháng: kiểm tra lại; nếu đúng, báo cáo nên nêu lý do.',
      en: () => 'A stock (herd, area, households) rarely falls like that in a month: check it; if right, the report should say why.',
    },
  }),
  VALIDATE_PLAN_MISSING: diagnostic<{ year: number }>({
    kind: 'data',
    vi: (p) => `Chưa có kế hoạch năm ${p.year}; các tỷ lệ so với kế hoạch sẽ ghi "chưa có kế hoạch".`,
    en: (p) => `There is no plan for ${p.year}; percentages of plan will read "no plan".`,
    hint: {
      vi: (p) => `Tạo tệp plans/${p.year}.yaml (nam, chi_tieu) trong thư mục số liệu.`,
      en: (p) => `Create plans/${p.year}.yaml (nam, chi_tieu) in the data folder.`,
    },
  }),
  VALIDATE_PLAN_YEAR: diagnostic<{ stated: number; year: number }>({
    kind: 'data',
    vi: (p) => `Tệp kế hoạch ghi năm ${p.stated} nhưng là tệp của năm ${p.year}.`,
    en: (p) => `The plan file states year ${p.stated} but is the file for ${p.year}.`,
    hint: {
      vi: (p) => `Sửa dòng nam: thành ${p.year}, hoặc đổi tên tệp thành plans/${p.stated}.yaml.`,
      en: (p) => `Change nam: to ${p.year}, or rename the file plans/${p.stated}.yaml.`,
    },
  }),
  VALIDATE_PLAN_TARGET_MISSING: diagnostic<{ label: string; target: string; year: number }>({
    kind: 'data',
    vi: (p) => `${p.label}: chưa có chỉ tiêu kế hoạch "${p.target}" trong kế hoạch năm ${p.year}.`,
    en: (p) => `${p.label}: plan target "${p.target}" is missing from the ${p.year} plan.`,
    hint: {
      vi: (p) => `Thêm "${p.target}: <giá trị>" vào chi_tieu của kế hoạch năm ${p.year}; đến khi đó báo cáo ghi "(chưa có kế hoạch)".`,
      en: (p) => `Add "${p.target}: <value>" under chi_tieu of the ${p.year} plan; until then the report reads "(chưa có kế hoạch)".`,
    },
  }),
  VALIDATE_YTD_INCOMPLETE: diagnostic<{ sector: string; months: string }>({
    kind: 'data',
    vi: (p) => `${p.sector}: chưa tính được lũy kế từ đầu năm vì thiếu số liệu tháng ${p.months}; báo cáo ghi "(chưa có số liệu)".`,
    en: (p) => `${p.sector}: the year to date cannot be computed without the data of ${p.months}; the report reads "(chưa có số liệu)".`,
    hint: {
      vi: () => 'Bổ sung tệp của ngành ở các tháng trước trong năm (một thư mục tháng không có report.yaml chỉ dùng làm số liệu so sánh).',
      en: () =>
        "Add the sector's file to the earlier months of the year (a month folder without report.yaml is data for comparisons only).",
    },
  }),
  VALIDATE_OPTIONAL_MISSING: diagnostic<{ label: string; month: string }>({
    kind: 'data',
    vi: (p) =>
      `${p.label}: tháng ${p.month} không có số liệu (chỉ tiêu không bắt buộc trong schemas/office.yaml); số liệu và các so sánh cần nó bỏ trống.`,
    en: (p) =>
      `${p.label}: ${p.month} has no figure (an optional indicator in schemas/office.yaml); the figure and the comparisons needing it are left empty.`,
    hint: {
      vi: () => 'Bổ sung số liệu nếu có; nếu không, báo cáo ghi chữ thay cho số không tính được.',
      en: () => 'Add the figure if it is known; otherwise the report prints the words for a missing figure.',
    },
  }),
  VALIDATE_PACE_LAGGING: diagnostic<{ label: string; month: string; pct: string; elapsed: string; gap: string; margin: string }>({
    kind: 'data',
    vi: (p) =>
      `${p.label}: lũy kế đến tháng ${p.month} mới đạt ${p.pct} kế hoạch năm, trong khi đã qua ${p.elapsed} thời \
gian của năm (chậm ${p.gap} điểm phần trăm, ngưỡng ${p.margin}).`,
    en: (p) =>
      `${p.label}: the year to date ${p.month} is ${p.pct} of the annual plan while ${p.elapsed} of the year has elapsed (${p.gap} points behind, threshold ${p.margin}).`,
    hint: {
      vi: () => 'Kiểm tra lại số liệu; nếu đúng, báo cáo nên nêu nguyên nhân. Ngưỡng đổi bằng --pace-margin.',
      en: () => 'Check the figure; if it is right, the report should say why. Change the threshold with --pace-margin.',
    },
  }),
  VALIDATE_REFERENCE_SYNTAX: diagnostic<{ reason: string; source: string }>({
    kind: 'data',
    vi: (p) => `Tham chiếu số liệu "${p.source}" viết sai: ${say(REFERENCE_SYNTAX, p.reason, 'vi')}.`,
    en: (p) => `Figure reference "${p.source}" is malformed: ${say(REFERENCE_SYNTAX, p.reason, 'en')}.`,
    hint: REFERENCE_FORM,
  }),
  VALIDATE_REFERENCE_UNKNOWN: diagnostic<{ ref: string; id: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `${p.ref}: không có chỉ tiêu "${p.id}".${p.suggestion ? ` Có phải là "${p.suggestion}"?` : ''}`,
    en: (p) => `${p.ref}: there is no indicator "${p.id}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: {
      vi: () =>
        'Mã là tên một chỉ tiêu trong định nghĩa ngành (schemas/sectors/<ngành>: indicators hoặc planTargets), như khóa trong chi_tieu.',
      en: () => 'The id names an indicator or a plan target of a sector definition (schemas/sectors/<sector>), as in chi_tieu.',
    },
  }),
  VALIDATE_REFERENCE_MODIFIER_UNKNOWN: diagnostic<{ ref: string; modifier: string; suggestion: string; known: string }>({
    kind: 'data',
    vi: (p) => `${p.ref}: không có bổ ngữ "${p.modifier}".${p.suggestion ? ` Có phải là "${p.suggestion}"?` : ''}`,
    en: (p) => `${p.ref}: there is no modifier "${p.modifier}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: { vi: (p) => `Các bổ ngữ: ${p.known} (xem templates/README.md).`, en: (p) => `Modifiers: ${p.known} (see templates/README.md).` },
  }),
  VALIDATE_REFERENCE_MODIFIER_MISFIT: diagnostic<{ ref: string; modifier: string; reason: string; label: string }>({
    kind: 'data',
    vi: (p) => `${p.ref}: bổ ngữ "${p.modifier}" không dùng được cho ${p.label}: ${say(MODIFIER_MISFITS, p.reason, 'vi')}.`,
    en: (p) => `${p.ref}: modifier "${p.modifier}" does not fit ${p.label}: ${say(MODIFIER_MISFITS, p.reason, 'en')}.`,
    hint: {
      vi: () => 'Bỏ bổ ngữ này hoặc viết lại câu (xem bảng bổ ngữ trong templates/README.md).',
      en: () => 'Drop the modifier or reword the sentence (see the modifiers in templates/README.md).',
    },
  }),
  VALIDATE_REFERENCE_NO_PLAN: diagnostic<{ ref: string; label: string; target: string }>({
    kind: 'data',
    vi: (p) => `${p.ref}: chưa có kế hoạch "${p.target}" của ${p.label} trong kế hoạch năm, nên câu không có số để in.`,
    en: (p) => `${p.ref}: plan target "${p.target}" of ${p.label} is not in the year's plan, so the sentence has nothing to print.`,
    hint: {
      vi: (p) => `Thêm "${p.target}: <giá trị>" vào chi_tieu của data/plans/<năm>.yaml, hoặc viết lại câu không nhắc đến kế hoạch.`,
      en: (p) => `Add "${p.target}: <value>" under chi_tieu of data/plans/<year>.yaml, or reword the sentence without the plan.`,
    },
  }),
  VALIDATE_REFERENCE_NO_DATA: diagnostic<{ ref: string; label: string; selector: string }>({
    kind: 'data',
    vi: (p) => `${p.ref}: chưa có ${say(MISSING_VALUES, p.selector, 'vi')} của ${p.label}; báo cáo ghi "(chưa có số liệu)".`,
    en: (p) => `${p.ref}: ${say(MISSING_VALUES, p.selector, 'en')} of ${p.label} is missing; the report reads "(chưa có số liệu)".`,
    hint: {
      vi: () => 'Bổ sung số liệu tháng cần so sánh, hoặc viết lại câu.',
      en: () => 'Add the data of the month compared with, or reword the sentence.',
    },
  }),
  VALIDATE_NUMBER_IN_TEXT: diagnostic<{ number: string }>({
    kind: 'data',
    vi: (p) => `Số "${p.number}" được gõ trong lời văn: số liệu của báo cáo phải là chỉ tiêu có kiểu, được kiểm tra và tính toán.`,
    en: (p) => `"${p.number}" is a figure typed into the text: the report's figures must be typed indicators, checked and computed.`,
    hint: {
      vi: () =>
        'Khai báo chỉ tiêu trong định nghĩa ngành, nhập số vào chi_tieu và viết {mã_chỉ_tiêu} thay cho số. Năm, \
ngày tháng, số hiệu văn bản và số thứ tự không bị tính.',
      en: () =>
        'Declare it as an indicator of the sector, enter it under chi_tieu and write {indicator_id} instead. Years, dates, document numbers and ordinals are not counted.',
    },
  }),
  VALIDATE_FIGURE_UNUSED: diagnostic<{ label: string; id: string; value: string }>({
    kind: 'data',
    vi: (p) => `${p.label} (${p.id} = ${p.value}) được nhập nhưng không lời văn, mẫu hay phụ lục nào in ra.`,
    en: (p) => `${p.label} (${p.id} = ${p.value}) is entered but no text, template or appendix prints it.`,
    hint: {
      vi: (p) => `Nhắc đến số này trong lời văn của ngành bằng {${p.id}}.`,
      en: (p) => `Mention it in the sector's text with {${p.id}}.`,
    },
  }),
  DIFF_NOT_GIT_REPO: diagnostic<{ dir: string }>({
    kind: 'usage',
    vi: (p) => `--against cần số liệu nằm trong một kho git, nhưng "${p.dir}" không thuộc kho git nào.`,
    en: (p) => `--against needs the data in a git repository, but "${p.dir}" is not inside one.`,
    hint: {
      vi: () => 'So sánh hai tháng: report diff 2021-01 2021-02.',
      en: () => 'Compare two months instead: report diff 2021-01 2021-02.',
    },
  }),
  DIFF_UNKNOWN_REVISION: diagnostic<{ rev: string }>({
    kind: 'usage',
    vi: (p) => `Không có phiên bản git "${p.rev}".`,
    en: (p) => `There is no git revision "${p.rev}".`,
    hint: {
      vi: () => 'Ví dụ: --against HEAD~1, --against main, --against <mã commit>.',
      en: () => 'For example: --against HEAD~1, --against main, --against <commit id>.',
    },
  }),
  RENDER_TEMPLATES_DIR_MISSING: diagnostic<{ dir: string }>({
    kind: 'usage',
    vi: (p) => `Không tìm thấy thư mục mẫu báo cáo "${p.dir}".`,
    en: (p) => `Templates folder "${p.dir}" was not found.`,
    hint: {
      vi: () => 'Chạy lệnh trong thư mục dự án hoặc chỉ rõ --templates <thư mục>.',
      en: () => 'Run from the project folder or pass --templates <folder>.',
    },
  }),
  RENDER_TEMPLATE_SYNTAX: diagnostic<{ detail: string }>({
    kind: 'data',
    vi: (p) => `Lỗi cú pháp mẫu: ${p.detail}`,
    en: (p) => `Template syntax error: ${p.detail}`,
    hint: {
      vi: () => 'Sửa mẫu tại dòng, cột đã chỉ: mỗi {{#khối}} cần {{/khối}} tương ứng.',
      en: () => 'Correct the template at the line and column shown: each {{#block}} needs its {{/block}}.',
    },
  }),
  RENDER_TEMPLATE_ERROR: diagnostic<{ detail: string }>({
    kind: 'data',
    vi: (p) => `Lỗi khi dựng mẫu: ${p.detail}`,
    en: (p) => `Template rendering failed: ${p.detail}`,
    hint: {
      vi: () => 'Sửa mẫu: mọi số liệu in qua helper (qty, num, pctPlan, text…) với đúng tham số; xem templates/README.md.',
      en: () =>
        'Correct the template: every figure goes through a helper (qty, num, pctPlan, text…) with the right arguments; see templates/README.md.',
    },
  }),
  RENDER_TEMPLATE_MISSING: diagnostic({
    kind: 'usage',
    vi: () => 'Không tìm thấy mẫu chính report.hbs.',
    en: () => 'The main template report.hbs was not found.',
    hint: {
      vi: () => 'Thư mục mẫu cần report.hbs, các mục trong sections/ và partials/; chỉ rõ thư mục bằng --templates.',
      en: () => 'A templates folder holds report.hbs, with sections/ and partials/; pass the folder with --templates.',
    },
  }),
  RENDER_TEMPLATE_UNDEFINED: diagnostic<{ name: string }>({
    kind: 'data',
    vi: (p) => `Mẫu đọc "${p.name}", nhưng số liệu của mẫu không có tên này.`,
    en: (p) => `The template reads "${p.name}", which the template's data does not have.`,
    hint: {
      vi: () => 'Sửa tên: chỉ tiêu là c.<mã>, kế hoạch p.<mã>, lời văn t.<khóa>, kỳ báo cáo period.<…>; xem templates/README.md.',
      en: () => 'Correct the name: figures are c.<id>, plans p.<id>, texts t.<key>, the period period.<…>; see templates/README.md.',
    },
  }),
  RENDER_PARTIAL_MISSING: diagnostic<{ name: string }>({
    kind: 'data',
    vi: (p) => `Không có mẫu con "${p.name}" (tệp ${p.name}.hbs trong sections/ hoặc partials/).`,
    en: (p) => `There is no partial "${p.name}" (a ${p.name}.hbs in sections/ or partials/).`,
    hint: { vi: () => 'Sửa tên trong {{> …}} hoặc tạo tệp mẫu con.', en: () => 'Correct the name in {{> …}} or create the partial.' },
  }),
  RENDER_HELPER_ARGUMENT: diagnostic<{ helper: string; expected: HelperArgument; received: string }>({
    kind: 'data',
    vi: (p) => `${p.helper}: cần ${say(HELPER_ARGUMENTS, p.expected, 'vi')}, nhận được ${p.received}.`,
    en: (p) => `${p.helper}: expected ${say(HELPER_ARGUMENTS, p.expected, 'en')}, received ${p.received}.`,
    hint: HELPER_HINT,
  }),
  RENDER_HELPER_FIELD: diagnostic<{ helper: string; field: string; fields: string }>({
    kind: 'data',
    vi: (p) => `${p.helper}: không có trường "${p.field}"; dùng ${p.fields}.`,
    en: (p) => `${p.helper}: there is no field "${p.field}"; use ${p.fields}.`,
    hint: HELPER_HINT,
  }),
  RENDER_HELPER_YEAR: diagnostic<{ helper: string; year: string; date: string }>({
    kind: 'data',
    vi: (p) => `${p.helper}: năm ${p.year} không sau năm của ngày ${p.date}.`,
    en: (p) => `${p.helper}: year ${p.year} is not after the year of ${p.date}.`,
    hint: HELPER_HINT,
  }),
  RENDER_HELPER_HASH_MISSING: diagnostic<{ helper: string; key: string }>({
    kind: 'data',
    vi: (p) => `${p.helper}: thiếu ${p.key}="…".`,
    en: (p) => `${p.helper}: ${p.key}="…" is missing.`,
    hint: HELPER_HINT,
  }),
  RENDER_UNKNOWN_SECTOR: diagnostic<{ sector: string; known: string }>({
    kind: 'data',
    vi: (p) => `Không có ngành "${p.sector}".`,
    en: (p) => `There is no sector "${p.sector}".`,
    hint: { vi: (p) => `Các ngành: ${p.known}.`, en: (p) => `The sectors: ${p.known}.` },
  }),
  RENDER_SECTOR_MISSING: diagnostic<{ sector: string }>({
    kind: 'data',
    vi: (p) => `Thiếu số liệu ngành "${p.sector}".`,
    en: (p) => `The data of sector "${p.sector}" is missing.`,
    hint: {
      vi: () => 'Bổ sung tệp của ngành, hoặc dựng với --allow-missing.',
      en: () => "Add the sector's file, or build with --allow-missing.",
    },
  }),
  RENDER_TEMPLATE_STRUCTURE: diagnostic<{ problem: 'outside' | 'unterminated' | 'unbalanced' } | { problem: 'unclosed'; title: string }>({
    kind: 'data',
    vi: (p) =>
      `Cấu trúc mẫu không hợp lệ: ${p.problem === 'unclosed' ? `mục "${p.title}" chưa được đóng` : say(STRUCTURE_PROBLEMS, p.problem, 'vi')}.`,
    en: (p) =>
      `Invalid template structure: ${p.problem === 'unclosed' ? `section "${p.title}" is not closed` : say(STRUCTURE_PROBLEMS, p.problem, 'en')}.`,
    hint: {
      vi: () => 'Mọi văn bản của mẫu nằm trong một {{#part}}…{{/part}}; mỗi khối mở cần khối đóng tương ứng.',
      en: () => 'All template text belongs inside a {{#part}}…{{/part}}; each block needs its closing tag.',
    },
  }),
  RENDER_PART_UNNAMED: diagnostic<{ part: number; title: string; names: number }>({
    kind: 'data',
    vi: (p) => `Mẫu báo cáo có phần thứ ${p.part} ("${p.title}") nhưng partNames của schemas/office.yaml chỉ có ${p.names} tên.`,
    en: (p) => `The template has a part number ${p.part} ("${p.title}") but partNames in schemas/office.yaml has only ${p.names} names.`,
    hint: {
      vi: () => 'Thêm tên cho phần đó vào partNames (ví dụ "Phần thứ ba"), hoặc bớt một {{#part}} trong mẫu.',
      en: () => 'Add a name for that part to partNames (e.g. "Phần thứ ba"), or remove a {{#part}} from the template.',
    },
  }),
  BUILD_WATCH_LOST: diagnostic<{ path: string }>({
    kind: 'usage',
    vi: (p) => `Thư mục ${p.path} đã bị xóa: không còn theo dõi được thay đổi, dừng theo dõi.`,
    en: (p) => `The folder ${p.path} was deleted: changes can no longer be watched; watching stopped.`,
    hint: {
      vi: () => 'Khôi phục thư mục (git checkout, hoặc tạo lại) rồi chạy lại report watch.',
      en: () => 'Restore the folder (git checkout, or make it again), then run report watch again.',
    },
  }),
  WRITE_FAILED: diagnostic<{ path: string; reason: string }>({
    kind: 'usage',
    vi: (p) => `Không ghi được "${p.path}": ${say(FS_REASONS, p.reason, 'vi')}.`,
    en: (p) => `Cannot write "${p.path}": ${say(FS_REASONS, p.reason, 'en')}.`,
    hint: {
      vi: () => 'Kiểm tra quyền ghi và dung lượng đĩa, hoặc chọn thư mục khác bằng --out.',
      en: () => 'Check permissions and disk space, or choose another folder with --out.',
    },
  }),
  WRITE_NOT_DIRECTORY: diagnostic<{ path: string }>({
    kind: 'usage',
    vi: (p) => `"${p.path}" đã có và không phải là thư mục.`,
    en: (p) => `"${p.path}" exists and is not a folder.`,
    hint: { vi: () => 'Chọn thư mục khác bằng --out.', en: () => 'Choose another folder with --out.' },
  }),
  WRITE_TARGET_IS_FOLDER: diagnostic<{ path: string }>({
    kind: 'usage',
    vi: (p) => `Không ghi được "${p.path}": đã có một thư mục trùng tên.`,
    en: (p) => `Cannot write "${p.path}": a folder of that name is in the way.`,
    hint: {
      vi: () => 'Đổi tên hoặc xóa thư mục đó, hoặc chọn thư mục khác bằng --out.',
      en: () => 'Rename or remove that folder, or choose another with --out.',
    },
  }),
  WRITE_LOCKED: diagnostic<{ paths: string; readonly: number }>({
    kind: 'usage',
    vi: (p) =>
      `Không thay được ${p.paths}: ${p.readonly ? 'tệp chỉ cho đọc' : 'tệp đang mở trong chương trình khác hoặc chỉ cho đọc'}; chưa thay tệp kết quả nào.`,
    en: (p) =>
      `Cannot replace ${p.paths}: ${p.readonly ? 'the file is read-only' : 'the file is open in another program or read-only'}; no output was replaced.`,
    hint: {
      vi: () =>
        'Đóng tệp (ví dụ trong Word), bỏ thuộc tính chỉ đọc (Properties → Read-only, hoặc chmod u+w), rồi dựng lại; hoặc chọn thư mục khác bằng --out.',
      en: () =>
        'Close the file (in Word, for example), clear its read-only attribute (Properties → Read-only, or chmod u+w), then build again; or choose another folder with --out.',
    },
  }),
  WRITE_INTO_DATA: diagnostic<{ path: string }>({
    kind: 'usage',
    vi: (p) => `Thư mục kết quả "${p.path}" nằm trong thư mục số liệu; công cụ không ghi vào data/.`,
    en: (p) => `Output folder "${p.path}" is inside the data folder; the tool never writes into data/.`,
    hint: { vi: () => 'Chọn thư mục khác bằng --out.', en: () => 'Choose another folder with --out.' },
  }),
  WRITE_PDF_NO_LIBREOFFICE: diagnostic({
    kind: 'usage',
    vi: () => 'Không tạo được PDF: chưa cài LibreOffice (không tìm thấy lệnh soffice trong PATH).',
    en: () => 'Cannot write the PDF: LibreOffice is not installed (no soffice command on PATH).',
    hint: {
      vi: () =>
        'Cài LibreOffice và phông chữ (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2) hoặc bỏ pdf khỏi --format.',
      en: () =>
        'Install LibreOffice and fonts (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2) or drop pdf from --format.',
    },
  }),
  WRITE_PDF_FAILED: diagnostic<{ reason: string }>({
    kind: 'usage',
    vi: (p) => `LibreOffice không chuyển được DOCX sang PDF${p.reason ? `: ${p.reason}` : '.'}`,
    en: (p) => `LibreOffice could not convert the DOCX to PDF${p.reason ? `: ${p.reason}` : '.'}`,
    hint: { vi: () => 'Tệp DOCX vẫn dựng được khi bỏ pdf khỏi --format.', en: () => 'The DOCX still builds without pdf in --format.' },
  }),
  BUILD_PLACEHOLDER: diagnostic<{ title: string; name: string; department: string }>({
    kind: 'data',
    vi: (p) => `Mục "${p.title}" được dựng với "(chưa có số liệu)" vì chưa có tệp ${p.name}.`,
    en: (p) => `Section "${p.title}" was rendered as "(chưa có số liệu)" because ${p.name} is missing.`,
    hint: {
      vi: (p) => `Bổ sung tệp rồi dựng lại; phụ trách: ${p.department}.`,
      en: (p) => `Add the file and build again; responsible: ${p.department}.`,
    },
  }),
  BUILD_COMPARED_MONTH_INVALID: diagnostic<{ month: string; compared: readonly string[] }>({
    kind: 'data',
    vi: (p) => `Không dựng báo cáo tháng ${p.month}: số liệu tháng ${p.compared.join(', ')} mà báo cáo so sánh hoặc cộng lũy kế có lỗi.`,
    en: (p) => `The ${p.month} report is not built: the data of ${p.compared.join(', ')}, which it compares with or adds up, has errors.`,
    hint: {
      vi: (p) =>
        `Chạy ${p.compared.map((m) => `"report check ${m}"`).join(', ')} và sửa; "report build ${p.month}" vẫn dựng riêng tháng này, bỏ qua số liệu lỗi.`,
      en: (p) =>
        `Run ${p.compared.map((m) => `"report check ${m}"`).join(', ')} and fix it; "report build ${p.month}" still builds this month alone, leaving the invalid data out.`,
    },
  }),
  BUILD_OUTPUT_STALE: diagnostic<{ path: string }>({
    kind: 'data',
    vi: (p) => `Tệp kết quả ${p.path} đã cũ: khác với bản dựng từ số liệu và mẫu hiện tại.`,
    en: (p) => `Output ${p.path} is stale: it differs from a fresh build of the current data and templates.`,
    hint: {
      vi: () => 'Chạy "report build --all --out reports" và commit kết quả.',
      en: () => 'Run "report build --all --out reports" and commit the result.',
    },
  }),
  BUILD_OUTPUT_MISSING: diagnostic<{ path: string }>({
    kind: 'data',
    vi: (p) => `Chưa có tệp kết quả ${p.path}.`,
    en: (p) => `Output ${p.path} does not exist.`,
    hint: {
      vi: () => 'Chạy "report build --all --out reports" và commit kết quả.',
      en: () => 'Run "report build --all --out reports" and commit the result.',
    },
  }),
  EXPLAIN_NO_MATCH: diagnostic<{ query: string; month: string }>({
    kind: 'data',
    vi: (p) => `Báo cáo tháng ${p.month} không có con số nào khớp với "${p.query}".`,
    en: (p) => `No number of the ${p.month} report matches "${p.query}".`,
    hint: {
      vi: () => 'Gõ con số như báo cáo viết (84%, 1.680, 47.899,8) hoặc một cụm từ của câu chứa nó.',
      en: () => 'Type the number as the report writes it (84%, 1.680, 47.899,8) or a phrase of its sentence.',
    },
  }),
  INIT_NO_PREVIOUS_MONTH: diagnostic<{ month: string; previous: string; dir: string }>({
    kind: 'usage',
    vi: (p) => `Không tạo được tháng ${p.month}: chưa có số liệu tháng trước ${p.previous} (${p.dir}) để làm mẫu.`,
    en: (p) => `Cannot create ${p.month}: there is no data for the previous month ${p.previous} (${p.dir}) to start from.`,
    hint: {
      vi: (p) => `Tạo tháng ${p.previous} trước, hoặc tự tạo thư mục ${p.month} theo mục "Bố cục số liệu" trong data/README.md.`,
      en: (p) => `Create ${p.previous} first, or make the ${p.month} folder by hand as data/README.md ("Bố cục số liệu") describes.`,
    },
  }),
  INIT_FILE_EXISTS: diagnostic<{ path: string }>({
    kind: 'data',
    vi: (p) => `Tệp ${p.path} đã có; giữ nguyên, không ghi đè.`,
    en: (p) => `File ${p.path} already exists; left as it is, not overwritten.`,
  }),
  IMPORT_FILE_TYPE: diagnostic<{ path: string }>({
    kind: 'usage',
    vi: (p) => `Không nhập được "${p.path}": report import nhận tệp .xlsx hoặc .csv.`,
    en: (p) => `Cannot import "${p.path}": report import takes .xlsx or .csv files.`,
    hint: {
      vi: () => 'Mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (tệp .xls, .ods cũng vậy).',
      en: () => 'Open it in Excel or LibreOffice and save it as .xlsx (.xls and .ods too).',
    },
  }),
  IMPORT_UNREADABLE: diagnostic<{ reason: string }>({
    kind: 'data',
    vi: (p) => `Không mở được bảng tính: ${p.reason}.`,
    en: (p) => `The workbook cannot be opened: ${p.reason}.`,
    hint: {
      vi: () => 'Mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nhập lại.',
      en: () => 'Open it in Excel or LibreOffice, save it as .xlsx and import again.',
    },
  }),
  IMPORT_NOT_A_FORM: diagnostic<{ month: string }>({
    kind: 'data',
    vi: () => 'Không phải biểu mẫu của report forms: không có dòng "Mã biểu" (tháng, phòng ban, ngành).',
    en: () => 'Not a form made by report forms: there is no "Mã biểu" row (month, department, sector).',
    hint: {
      vi: (p) => `Gửi phòng ban biểu mẫu tạo bằng "report forms ${p.month}" và nhận lại đúng tệp đó (không chép sang tệp mới).`,
      en: (p) => `Send the department the form made by "report forms ${p.month}" and take back that same file (not a copy into a new one).`,
    },
  }),
  IMPORT_WRONG_MONTH: diagnostic<{ form: string; month: string }>({
    kind: 'data',
    vi: (p) => `Biểu mẫu của tháng ${p.form}, không phải tháng ${p.month}; không nhập.`,
    en: (p) => `This form is for ${p.form}, not ${p.month}; not imported.`,
    hint: {
      vi: (p) => `Nhập vào đúng tháng (report import ${p.form} …), hoặc gửi phòng ban biểu mẫu tháng ${p.month} (report forms ${p.month}).`,
      en: (p) => `Import it into its own month (report import ${p.form} …), or send the ${p.month} form (report forms ${p.month}).`,
    },
  }),
  IMPORT_WRONG_DEPARTMENT: diagnostic<{ form: string; file?: string; sector?: string; owner: string }>({
    kind: 'data',
    vi: (p) =>
      `Biểu mẫu ghi phòng ban "${p.form}", nhưng ${p.file ? `tệp ${p.file} là của` : `ngành ${p.sector} thuộc`} phòng ban "${p.owner}"; không nhập.`,
    en: (p) =>
      `The form names department "${p.form}", but ${p.file ? `file ${p.file} is that of` : `sector ${p.sector} belongs to`} department "${p.owner}"; not imported.`,
    hint: {
      vi: () => 'Mỗi phòng ban điền biểu mẫu của mình (tệp <phòng ban>.xlsx); không chép trang tính sang tệp của phòng ban khác.',
      en: () => "Each department fills its own form (<department>.xlsx); don't copy sheets into another department's file.",
    },
  }),
  IMPORT_UNKNOWN_SECTOR: diagnostic<{ sector: string; known: string }>({
    kind: 'data',
    vi: (p) => `Biểu mẫu ghi ngành "${p.sector}", không có trong báo cáo.`,
    en: (p) => `The form names sector "${p.sector}", which the report does not have.`,
    hint: { vi: (p) => `Các ngành: ${p.known}.`, en: (p) => `Sectors: ${p.known}.` },
  }),
  IMPORT_DUPLICATE_SECTOR: diagnostic<{ sector: string; other: string }>({
    kind: 'data',
    vi: (p) => `Ngành ${p.sector} có trong hai tệp nhập cùng lúc (${p.other}); không biết lấy bản nào.`,
    en: (p) => `Sector ${p.sector} is in two files imported together (${p.other}); which one to take is unclear.`,
    hint: { vi: () => 'Nhập từng tệp một, bản mới nhất sau cùng.', en: () => 'Import one file at a time, the newest last.' },
  }),
  IMPORT_UNKNOWN_ROW: diagnostic<{ code: string; sector: string }>({
    kind: 'data',
    vi: (p) => `Dòng mã "${p.code}" không có trong ngành ${p.sector}.`,
    en: (p) => `Row code "${p.code}" is not part of sector ${p.sector}.`,
    hint: {
      vi: () => 'Không sửa cột Mã; biểu mẫu cũ (trước khi đổi chỉ tiêu) cần tạo lại bằng report forms.',
      en: () => "Don't edit the code column; a form older than the indicators needs making again with report forms.",
    },
  }),
  IMPORT_NO_DATA_FILE: diagnostic<{ path: string; title: string; month: string }>({
    kind: 'data',
    vi: (p) => `Chưa có tệp ${p.path} để ghi số liệu của ${p.title}.`,
    en: (p) => `There is no ${p.path} to write the data of ${p.title} into.`,
    hint: {
      vi: (p) => `Tạo tháng bằng "report init ${p.month}" rồi nhập lại.`,
      en: (p) => `Create the month with "report init ${p.month}" and import again.`,
    },
  }),
  IMPORT_KEY_MISSING: diagnostic<{ key: string; label: string }>({
    kind: 'data',
    vi: (p) => `Tệp số liệu không có khóa "${p.key}" (${p.label}) ở dạng ô này ghi được; không ghi giá trị của ô.`,
    en: (p) => `The data file has no key "${p.key}" (${p.label}) of the shape this cell can fill; the cell's value is not written.`,
    hint: {
      vi: () => 'Sửa tệp YAML theo mẫu (report check chỉ rõ chỗ) rồi nhập lại.',
      en: () => 'Correct the YAML file (report check shows where) and import again.',
    },
  }),
  IMPORT_CELL_TEXT: diagnostic<{ label: string; text: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: ô ghi chữ "${p.text}", cần một số.`,
    en: (p) => `${p.label}: the cell holds the text "${p.text}", a number is needed.`,
    hint: {
      vi: () => 'Chỉ ghi số, không kèm đơn vị hay lời giải thích; lời giải thích đưa vào phần nội dung.',
      en: () => 'Enter the number alone, without a unit or explanation; explanations go in the text part.',
    },
  }),
  IMPORT_CELL_THOUSANDS: diagnostic<{ label: string; asDecimal: string; text: string; plain: string }>({
    kind: 'data',
    vi: (p) =>
      `${p.label}: ô có giá trị ${p.asDecimal} (số thập phân); dấu chấm trong "${p.text}" bị hiểu là dấu thập phân, không phải dấu ngăn cách hàng nghìn.`,
    en: (p) => `${p.label}: the cell holds the decimal number ${p.text}; if ${p.plain} was meant, the dot was read as a decimal point.`,
    hint: {
      vi: (p) => `Nếu là ${p.plain}, nhập ${p.plain} (không có dấu chấm).`,
      en: (p) => `If ${p.plain} is meant, enter ${p.plain} (no dot).`,
    },
  }),
  IMPORT_CELL_PERCENT: diagnostic<{ label: string; text: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: ô ghi "${p.text}" kèm dấu %; bảng tính lưu số đó chia 100.`,
    en: (p) => `${p.label}: the cell holds "${p.text}" with a % sign; spreadsheets store that number divided by 100.`,
    hint: {
      vi: (p) => `Nhập ${p.suggestion} (không có dấu %); đơn vị đã ghi ở cột Đơn vị.`,
      en: (p) => `Enter ${p.suggestion} (no % sign); the unit column already says %.`,
    },
  }),
  IMPORT_CELL_FORMULA_ERROR: diagnostic<{ label: string; error: string }>({
    kind: 'data',
    vi: (p) => `${p.label}: ô chứa lỗi công thức ${p.error}, không có số.`,
    en: (p) => `${p.label}: the cell holds the formula error ${p.error}, not a number.`,
    hint: {
      vi: () => 'Sửa công thức (ô tham chiếu đã bị xóa?) hoặc nhập thẳng con số.',
      en: () => 'Correct the formula (a referenced cell deleted?) or enter the number itself.',
    },
  }),
  SCHEMAS_STALE: diagnostic<{ path: string; state: string }>({
    kind: 'data',
    vi: (p) => `Lược đồ ${p.path} không khớp với lược đồ zod (${p.state}).`,
    en: (p) => `Schema ${p.path} does not match the zod schemas (${p.state}).`,
    hint: { vi: () => 'Chạy "npm run schemas" và commit kết quả.', en: () => 'Run "npm run schemas" and commit the result.' },
  }),
  DEFINITION_OFFICE_MISSING: diagnostic<{ dir: string }>({
    kind: 'usage',
    vi: (p) => `Không tìm thấy cài đặt của đơn vị ${p.dir}/office.yaml.`,
    en: (p) => `The office settings ${p.dir}/office.yaml were not found.`,
    hint: {
      vi: () =>
        'Chạy lệnh trong thư mục của đơn vị (có data/, templates/, schemas/), chỉ rõ --root <thư mục>, hoặc tạo đơn vị mới bằng "report new <thư mục>".',
      en: () =>
        'Run in the office folder (with data/, templates/, schemas/), pass --root <folder>, or create an office with "report new <folder>".',
    },
  }),
  DEFINITION_UNKNOWN_ID: diagnostic<{ kind: string; id: string }>({
    kind: 'data',
    vi: (p) =>
      p.kind === 'sectorFile'
        ? `Ngành "${p.id}" chưa có tệp định nghĩa sectors/${p.id}.yaml.`
        : `${say(DEFINITION_KINDS, p.kind, 'vi')} "${p.id}" chưa được khai báo.`,
    en: (p) =>
      p.kind === 'sectorFile'
        ? `Sector "${p.id}" has no definition file sectors/${p.id}.yaml.`
        : `${say(DEFINITION_KINDS, p.kind, 'en')} "${p.id}" is not declared.`,
    hint: {
      vi: () =>
        'Sửa tên cho đúng, hoặc khai báo nó: đơn vị tính và lĩnh vực trong schemas/office.yaml, chỉ tiêu trong schemas/sectors/<ngành>.yaml.',
      en: () => 'Correct the name, or declare it: units and groups in schemas/office.yaml, indicators in schemas/sectors/<sector>.yaml.',
    },
  }),
  DEFINITION_DUPLICATE_ID: diagnostic<{ kind: string; id: string; first: string }>({
    kind: 'data',
    vi: (p) => `${say(DEFINITION_KINDS, p.kind, 'vi')} "${p.id}" đã được khai báo (${p.first}); mỗi mã chỉ khai báo một lần.`,
    en: (p) => `${say(DEFINITION_KINDS, p.kind, 'en')} "${p.id}" is already declared (${p.first}); each id is declared once.`,
    hint: {
      vi: () => 'Đổi tên một trong hai, hoặc xóa khai báo thừa.',
      en: () => 'Rename one of the two, or delete the extra declaration.',
    },
  }),
  DEFINITION_INCONSISTENT: diagnostic<{ problem: string; id: string }>({
    kind: 'data',
    vi: (p) => `Chỉ tiêu "${p.id}" ${say(DEFINITION_PROBLEMS, p.problem, 'vi')}.`,
    en: (p) => `Indicator "${p.id}" ${say(DEFINITION_PROBLEMS, p.problem, 'en')}.`,
    hint: {
      vi: () => 'Sửa định nghĩa theo mục "Adding a sector" của schemas/README.md.',
      en: () => 'Correct the definition as schemas/README.md ("Adding a sector") describes.',
    },
  }),
  DEFINITION_SECTOR_UNLISTED: diagnostic<{ id: string; office: string }>({
    kind: 'data',
    vi: (p) => `Ngành "${p.id}" có tệp định nghĩa nhưng chưa có trong danh sách sectors của ${p.office}.`,
    en: (p) => `Sector "${p.id}" has a definition file but is not listed under sectors in ${p.office}.`,
    hint: {
      vi: () => 'Thêm mã ngành vào sectors (đúng vị trí trong báo cáo), hoặc xóa tệp.',
      en: () => 'Add the id under sectors (at its place in the report), or delete the file.',
    },
  }),
  PROOF_DOUBLED_WORD: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Từ lặp: "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Doubled word: "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_DOUBLED_WORD',
      'Một từ hoặc cụm từ viết hai lần liền nhau là lỗi đánh máy; bỏ lần lặp.',
      'A word or phrase written twice in a row is a slip; drop the repeat.',
    ),
  }),
  PROOF_LOWERCASE_AFTER_STOP: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Chữ thường sau dấu chấm: "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Lower-case letter after a full stop: "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_LOWERCASE_AFTER_STOP',
      'Câu mới sau dấu chấm, dấu hỏi, dấu chấm than bắt đầu bằng chữ hoa.',
      'A sentence after a full stop, question or exclamation mark starts with a capital.',
    ),
  }),
  PROOF_DOTS: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Dấu chấm lửng viết sai: "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Malformed ellipsis: "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_DOTS',
      'Dấu chấm lửng là ba dấu chấm (…); không thêm dấu chấm, dấu phẩy hay dấu chấm phẩy cạnh nó.',
      'An ellipsis is three dots (…); no extra dot, comma or semicolon beside it.',
    ),
  }),
  PROOF_BULLET_PUNCTUATION: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Ý gạch đầu dòng thiếu dấu kết thúc ở "${p.found}" trong khi các ý cùng cấp đều có (nên là "${p.suggestion}").`,
    en: (p) => `List entry ends without punctuation at "${p.found}" where its siblings have it (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_BULLET_PUNCTUATION',
      'Các ý cùng một danh sách kết thúc thống nhất: cùng dấu chấm hoặc cùng dấu chấm phẩy.',
      'Entries of one list end alike: all with a full stop or all with a semicolon.',
    ),
  }),
  PROOF_SPACE_BEFORE_PUNCTUATION: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Dấu cách trước dấu câu: "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Space before punctuation: "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_SPACE_BEFORE_PUNCTUATION',
      'Dấu phẩy, chấm, chấm phẩy, hai chấm, chấm lửng và ngoặc đóng viết liền với chữ đứng trước.',
      'Commas, full stops, semicolons, colons, ellipses and closing brackets follow the word without a space.',
    ),
  }),
  PROOF_MISSPELLING: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Sai chính tả: "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Misspelling: "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_MISSPELLING',
      'Lỗi chính tả thường gặp trong văn bản hành chính (danh sách trong src/README.md).',
      'A misspelling common in administrative writing (listed in src/README.md).',
    ),
  }),
  PROOF_CAPITALISATION: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Viết hoa chưa đúng Nghị định 30/2020 (Phụ lục II): "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Capitalisation differs from Decree 30/2020 (Appendix II): "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_CAPITALISATION',
      'Tên cơ quan, tổ chức, tên Đảng, Tổ quốc, Nhân dân, tên luật, tên ngày tết viết hoa theo Phụ lục II Nghị định 30/2020.',
      'Names of bodies, the Party, Tổ quốc, Nhân dân, laws and festivals are capitalised as Decree 30/2020, Appendix II prescribes.',
    ),
  }),
  PROOF_COMMON_NOUN_CAPITAL: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Danh từ chung viết hoa giữa câu: "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Common noun capitalised in mid-sentence: "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_COMMON_NOUN_CAPITAL',
      'Danh từ chung không viết hoa khi không đứng đầu câu và không thuộc tên riêng.',
      'A common noun takes no capital unless it begins a sentence or is part of a name.',
    ),
  }),
  PROOF_CAPITAL_AFTER_SEMICOLON: diagnostic<{ found: string; suggestion: string }>({
    kind: 'data',
    vi: (p) => `Chữ hoa sau dấu chấm phẩy: "${p.found}" (nên là "${p.suggestion}").`,
    en: (p) => `Capital after a semicolon: "${p.found}" (should read "${p.suggestion}").`,
    hint: proofHint(
      'PROOF_CAPITAL_AFTER_SEMICOLON',
      'Sau dấu chấm phẩy câu vẫn tiếp tục: viết thường, trừ tên riêng.',
      'After a semicolon the sentence goes on: lower case, except for names.',
    ),
  }),
  PROOF_FIX_NOT_WRITTEN: diagnostic<{ count: number }>({
    kind: 'data',
    vi: (p) => `Không ghi ${p.count} chỗ sửa: tệp đã thay đổi từ lúc đọc, hoặc có BOM hay chữ tổ hợp (không phải dạng NFC).`,
    en: (p) => `${p.count} correction(s) not written: the file changed since it was read, or holds a BOM or decomposed letters (not NFC).`,
    hint: {
      vi: () => 'Chạy lại "report check <tháng> --fix" để xem bản sửa trên tệp hiện tại.',
      en: () => 'Run "report check <month> --fix" again to see the corrections of the file as it is now.',
    },
  }),
  INTERNAL: diagnostic<{ detail: string }>({
    kind: 'internal',
    vi: (p) => `Lỗi nội bộ của công cụ (${p.detail}). Vui lòng báo lại lỗi này kèm lệnh đã chạy.`,
    en: (p) => `Internal error (${p.detail}). Please report it with the command you ran.`,
    hint: { vi: () => 'Chạy lại với --debug để xem chi tiết.', en: () => 'Run again with --debug for details.' },
  }),
};

export type ErrorCode = keyof typeof CATALOG;
/** The parameters of a code, as its entry declares them. */
export type ParamsOf<C extends ErrorCode> = (typeof CATALOG)[C] extends ErrorDefinition<infer P> ? P : never;

type AnyDefinition = ErrorDefinition<never>;
const definition = (code: ErrorCode): AnyDefinition => CATALOG[code];
export const errorKind = (code: ErrorCode): ErrorDefinition['kind'] => definition(code).kind;
export const errorMessage = <C extends ErrorCode>(code: C, params: ParamsOf<C>, lang: Lang): string =>
  (definition(code) as unknown as ErrorDefinition<ParamsOf<C>>)[lang](params);
export const errorHint = <C extends ErrorCode>(code: C, params: ParamsOf<C>, lang: Lang): string | undefined =>
  (definition(code) as unknown as ErrorDefinition<ParamsOf<C>>).hint?.[lang](params);
