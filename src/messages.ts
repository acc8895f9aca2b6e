/**
 * The wording catalogue, everything-else part: what the tool prints that is not a diagnostic (summaries, progress,
 * table headings, the diff's words, the --help texts), by code, in Vietnamese and English. Diagnostics are in
 * error-catalog.ts, in the same form.
 *
 * Adding a text: one entry `NEW_TEXT: message<{ count: number }>({ vi, en })` (no type argument when it reads no
 * parameter), then `say(lang, 'NEW_TEXT', { count })`, or `words(lang)('NEW_TEXT', { count })`.
 */
import type { Lang, NoParams, Wording } from './error-catalog.js';

const message = <P extends object = NoParams>(wording: Wording<P>): Wording<P> => wording;

/** What a printed figure is (figure-text.ts's parts), what kind of number the sources map found, a source's status. */
const PART_WORDS: Readonly<Record<'vi' | 'en', Readonly<Record<string, string>>>> = {
  vi: {
    value: 'số liệu tháng',
    ytd: 'lũy kế từ đầu năm',
    plan: 'kế hoạch năm',
    samePeriod: 'cùng kỳ năm trước',
    prev: 'số liệu tháng trước',
    change: 'chênh lệch so với tháng trước',
    pctPlan: 'lũy kế so với kế hoạch năm (%)',
    pctSamePeriod: 'lũy kế so với cùng kỳ (%)',
    trendSamePeriod: 'tăng, giảm so với cùng kỳ',
    trendPrev: 'tăng, giảm so với tháng trước',
    unit: 'đơn vị tính',
    label: 'tên chỉ tiêu',
  },
  en: {
    value: "the month's value",
    ytd: 'year to date',
    plan: 'annual plan',
    samePeriod: 'same period last year',
    prev: "last month's value",
    change: 'change from last month',
    pctPlan: 'year to date as a percentage of the plan',
    pctSamePeriod: 'year to date as a percentage of the same period',
    trendSamePeriod: 'rise or fall against the same period',
    trendPrev: 'rise or fall against last month',
    unit: 'unit',
    label: 'name',
  },
};
const KIND_WORDS: Readonly<Record<'vi' | 'en', Readonly<Record<string, string>>>> = {
  vi: {
    'data-text': 'số viết trong lời văn của tệp số liệu',
    'template-text': 'số viết trong mẫu báo cáo',
    'template-value': 'giá trị do mẫu báo cáo in ra (kỳ báo cáo, số đếm)',
    computed: 'ngày hoặc số do công cụ tính',
    numbering: 'số thứ tự do công cụ đánh (đề mục, dòng, cột)',
  },
  en: {
    'data-text': 'a number written in a text of a data file',
    'template-text': 'a number written in a template',
    'template-value': 'a value a template prints (the report period, a count)',
    computed: 'a date or number the tool computes',
    numbering: 'a number the tool gives (heading, row, column)',
  },
};
const STATUS_WORDS: Readonly<Record<'vi' | 'en', Readonly<Record<string, string>>>> = {
  vi: { published: 'đã công bố', illustrative: 'minh họa', inferred: 'suy ra' },
  en: { published: 'published', illustrative: 'illustrative', inferred: 'inferred' },
};

export const MESSAGES = {
  // the text format of diagnostics (format-error.ts)
  DIAG_NO_FILE: message({ vi: () => '(chung)', en: () => '(general)' }),
  DIAG_ERROR: message({ vi: () => 'lỗi', en: () => 'error' }),
  DIAG_WARNING: message({ vi: () => 'cảnh báo', en: () => 'warning' }),
  DIAG_HINT: message({ vi: () => 'gợi ý', en: () => 'hint' }),
  DIAG_TABLE_WHERE: message({ vi: () => 'Vị trí', en: () => 'Where' }),
  DIAG_TABLE_PATH: message({ vi: () => 'Đường dẫn dữ liệu', en: () => 'Data path' }),
  DIAG_TABLE_SEVERITY: message({ vi: () => 'Mức', en: () => 'Severity' }),
  DIAG_TABLE_MESSAGE: message({ vi: () => 'Nội dung', en: () => 'Message' }),
  DIAG_SUMMARY: message<{ errors: number; warnings: number; files: number }>({
    // a problem with the arguments or the environment belongs to no file: no "in 0 files"
    vi: (p) => `${p.errors} lỗi, ${p.warnings} cảnh báo${p.files === 0 ? '' : ` trong ${p.files} tệp`}`,
    en: (p) => `${p.errors} error(s), ${p.warnings} warning(s)${p.files === 0 ? '' : ` in ${p.files} file(s)`}`,
  }),

  // what commander found wrong with the arguments (main.ts), and the arguments the commands check themselves
  ARG_UNKNOWN_COMMAND: message({ vi: () => 'lệnh không tồn tại', en: () => 'unknown command' }),
  ARG_NO_COMMAND: message({ vi: () => 'chưa chọn lệnh', en: () => 'no command given' }),
  ARG_UNKNOWN_OPTION: message({ vi: () => 'tùy chọn không tồn tại', en: () => 'unknown option' }),
  ARG_MISSING_ARGUMENT: message({ vi: () => 'thiếu tham số bắt buộc', en: () => 'missing required argument' }),
  ARG_EXCESS_ARGUMENTS: message({ vi: () => 'thừa tham số cho lệnh', en: () => 'too many arguments for command' }),
  ARG_OPTION_MISSING_VALUE: message({ vi: () => 'tùy chọn thiếu giá trị', en: () => 'option is missing its value' }),
  ARG_INVALID_VALUE: message({ vi: () => 'giá trị không hợp lệ', en: () => 'invalid value' }),
  ARG_MISSING_MANDATORY: message({ vi: () => 'thiếu tùy chọn bắt buộc', en: () => 'missing mandatory option' }),
  ARG_COUNTS: message<{ expected: string; received: string }>({
    vi: (p) => ` (cần ${p.expected}, nhận được ${p.received})`,
    en: (p) => ` (expected ${p.expected}, got ${p.received})`,
  }),
  ARG_CHOICES: message<{ choices: string }>({ vi: (p) => ` (chọn: ${p.choices})`, en: (p) => ` (choices: ${p.choices})` }),
  ARG_DID_YOU_MEAN: message<{ similar: string }>({ vi: (p) => `. Có phải là ${p.similar}?`, en: (p) => `. Did you mean ${p.similar}?` }),
  ARG_MONTH_AND_ALL: message({ vi: () => 'dùng <month> hoặc --all, không dùng cả hai', en: () => 'give <month> or --all, not both' }),
  ARG_MONTH_OR_ALL: message({ vi: () => 'thiếu <month> (hoặc --all)', en: () => 'missing <month> (or --all)' }),
  ARG_DIFF_SECOND_SIDE: message({
    vi: () => 'cần tháng thứ hai (report diff 2021-01 2021-02) hoặc --against <phiên bản git>, không dùng cả hai',
    en: () => 'give a second month (report diff 2021-01 2021-02) or --against <git revision>, not both',
  }),

  ARG_WRITE_NEEDS_FIX: message({ vi: () => '--write chỉ dùng cùng --fix', en: () => '--write needs --fix' }),
  ARG_FIX_TEXT_ONLY: message({
    vi: () => '--fix in bản so sánh (diff), chỉ dùng với --format text',
    en: () => '--fix prints a diff: use it with --format text',
  }),

  // check --fix --write
  CHECK_DATA_ONLY: message<{ month: string }>({
    vi: (p) => `Tháng ${p.month} không có report.yaml: kiểm tra như số liệu so sánh (không dựng báo cáo, không đòi đủ tệp).`,
    en: (p) => `${p.month} has no report.yaml: checked as comparison data (no report rendered, files may be missing).`,
  }),
  CHECK_FIX_WRITTEN: message<{ file: string; count: number }>({
    vi: (p) => `${p.file}: ${p.count} chỗ đã sửa`,
    en: (p) => `${p.file}: ${p.count} correction(s) written`,
  }),

  // build --all
  BUILD_ALL_PROGRESS: message<{ index: number; total: number; month: string; check: boolean }>({
    vi: (p) => `[${p.index}/${p.total}] ${p.check ? 'kiểm tra' : 'dựng'} ${p.month}`,
    en: (p) => `[${p.index}/${p.total}] ${p.check ? 'checking' : 'building'} ${p.month}`,
  }),
  BUILD_ALL_DONE: message<{ months: readonly string[]; dataOnly: readonly string[]; check: boolean }>({
    vi: (p) =>
      `${p.check ? 'Đã kiểm tra' : 'Đã dựng'} ${p.months.length} tháng${p.months.length > 0 ? `: ${p.months.join(', ')}` : ''}` +
      (p.dataOnly.length > 0 ? `; bỏ qua (chỉ có số liệu, không có report.yaml): ${p.dataOnly.join(', ')}` : ''),
    en: (p) =>
      `${p.check ? 'Checked' : 'Built'} ${p.months.length} month(s)${p.months.length > 0 ? `: ${p.months.join(', ')}` : ''}` +
      (p.dataOnly.length > 0 ? `; skipped (data only, no report.yaml): ${p.dataOnly.join(', ')}` : ''),
  }),
  BUILD_ALL_NOTHING_COMMITTED: message<{ dir: string }>({
    vi: (p) => `Chưa có báo cáo nào được commit trong ${p.dir}: đã dựng thử trong bộ nhớ, không có tệp để so sánh.`,
    en: (p) => `No reports are committed in ${p.dir}: built in memory, with no files to compare.`,
  }),
  BUILD_ALL_UP_TO_DATE: message({ vi: () => 'Mọi kết quả đều khớp với số liệu hiện tại.', en: () => 'Every output is up to date.' }),

  // watch
  WATCH_WATCHING: message<{ paths: string }>({
    vi: (p) => `Đang theo dõi ${p.paths}; nhấn Ctrl+C để dừng.`,
    en: (p) => `Watching ${p.paths}; press Ctrl+C to stop.`,
  }),
  WATCH_CHANGED: message<{ paths: string }>({
    vi: (p) => `Thay đổi: ${p.paths}; dựng lại.`,
    en: (p) => `Changed: ${p.paths}; rebuilding.`,
  }),

  // init
  FORMS_DONE: message<{ count: number; month: string; dir: string; period: string }>({
    vi: (p) =>
      `Đã tạo ${p.count} biểu mẫu tháng ${p.month} trong ${p.dir}. Gửi mỗi phòng ban tệp của mình; nhận lại rồi chạy: report import ${p.period} <tệp.xlsx>…`,
    en: (p) =>
      `Wrote ${p.count} forms for ${p.month} to ${p.dir}. Send each department its file; when they come back run: report import ${p.period} <file.xlsx>…`,
  }),
  IMPORT_NOTHING_WRITTEN: message({
    vi: () => 'Không ghi tệp nào: sửa các ô trên rồi nhập lại.',
    en: () => 'Nothing was written: correct the cells above and import again.',
  }),
  IMPORT_DRY_RUN: message<{ values: number; files: number }>({
    vi: (p) => `Chạy thử: ${p.values} giá trị sẽ thay đổi trong ${p.files} tệp; chưa ghi gì.`,
    en: (p) => `Dry run: ${p.values} value(s) would change in ${p.files} file(s); nothing written.`,
  }),
  IMPORT_DONE: message<{ values: number; files: number; month: string }>({
    vi: (p) => `Đã nhập ${p.values} giá trị vào ${p.files} tệp. Tiếp theo: report status ${p.month}, report check ${p.month}`,
    en: (p) => `Imported ${p.values} value(s) into ${p.files} file(s). Next: report status ${p.month}, report check ${p.month}`,
  }),
  IMPORT_LIST_ITEMS: message<{ count: number }>({ vi: (p) => `[${p.count} ý]`, en: (p) => `[${p.count} item(s)]` }),
  INIT_DONE: message<{ created: number; skipped: number; month: string }>({
    vi: (p) =>
      `Đã tạo ${p.created} tệp, bỏ qua ${p.skipped} tệp đã có. Điền số liệu (các ô null) rồi chạy: report status ${p.month}, report check ${p.month}`,
    en: (p) =>
      `Created ${p.created} file(s), skipped ${p.skipped} existing. Fill in the figures (the nulls), then run: ` +
      `report status ${p.month}, report check ${p.month}`,
  }),

  // fix-text
  FIX_TEXT_FROM: message<{ file: string; encoding: string }>({
    vi: (p) => `${p.file}: đọc bằng bảng mã ${p.encoding}, ghi lại bằng UTF-8`,
    en: (p) => `${p.file}: read as ${p.encoding}, written back as UTF-8`,
  }),
  FIX_TEXT_MORE: message<{ count: number }>({ vi: (p) => `  … và ${p.count} dòng khác`, en: (p) => `  … and ${p.count} more line(s)` }),
  FIX_TEXT_NOTHING: message<{ file: string }>({ vi: (p) => `${p.file}: không có gì cần sửa.`, en: (p) => `${p.file}: nothing to fix.` }),
  FIX_TEXT_PREVIEW: message<{ count: number }>({
    vi: (p) => `${p.count} tệp sẽ được sửa như trên; chưa ghi gì. Chạy lại với --write để ghi.`,
    en: (p) => `${p.count} file(s) would change as shown; nothing written. Run again with --write to save.`,
  }),
  FIX_TEXT_WRITTEN: message<{ count: number }>({ vi: (p) => `Đã ghi ${p.count} tệp.`, en: (p) => `Wrote ${p.count} file(s).` }),

  // new, new-sector
  NEW_OFFICE_DONE: message<{ created: number; skipped: number; dir: string; month: string }>({
    vi: (p) => `Đã tạo ${p.created} tệp, bỏ qua ${p.skipped} tệp đã có. Thử ngay: cd ${p.dir} && npx report build ${p.month}`,
    en: (p) => `Created ${p.created} file(s), skipped ${p.skipped} existing. Try it: cd ${p.dir} && npx report build ${p.month}`,
  }),
  NEW_SECTOR_DONE: message<{ id: string; title: string }>({
    vi: (p) =>
      `Đã thêm ngành ${p.id}. Còn lại: thêm {{#section "${p.title}" sector="${p.id}"}}{{> ${p.id}}}{{/section}} vào templates/report.hbs ` +
      `và phòng ban phụ trách "${p.id}" vào phong_ban của data/district.yaml; khai báo chỉ tiêu trong schemas/sectors/${p.id}.yaml.`,
    en: (p) =>
      `Added sector ${p.id}. Left to do: add {{#section "${p.title}" sector="${p.id}"}}{{> ${p.id}}}{{/section}} to templates/report.hbs ` +
      `and its department "${p.id}" under phong_ban in data/district.yaml; declare its figures in schemas/sectors/${p.id}.yaml.`,
  }),
  ARG_SECTOR_ID: message<{ id: string }>({
    vi: (p) => `mã ngành "${p.id}" không hợp lệ: chữ thường không dấu, chữ số và "-", bắt đầu bằng chữ`,
    en: (p) => `sector id "${p.id}" is invalid: lower-case letters without accents, digits and "-", starting with a letter`,
  }),
  ARG_SECTOR_EXISTS: message<{ id: string }>({ vi: (p) => `đã có ngành "${p.id}"`, en: (p) => `sector "${p.id}" already exists` }),
  HELP_NEW: message({
    vi: () => 'tạo thư mục cho một đơn vị mới, dựng được ngay: cài đặt, một ngành ví dụ, số liệu một tháng, mẫu báo cáo, CI, README',
    en: () => 'create the folder of a new office that builds at once: settings, an example sector, a month of data, templates, CI, README',
  }),
  HELP_NEW_MONTH: message({
    vi: () => 'tháng của số liệu ví dụ YYYY-MM (mặc định tháng hiện tại)',
    en: () => 'month of the example data YYYY-MM (default: this month)',
  }),
  HELP_NEW_EXAMPLES: message({ vi: () => '  report new ../bao-cao-xa-a', en: () => '  report new ../report-commune-a' }),
  HELP_NEW_SECTOR: message({
    vi: () => 'thêm một ngành: định nghĩa, mẫu, tệp số liệu của tháng gần nhất, tên trong schemas/office.yaml, lược đồ cho trình soạn thảo',
    en: () => "add a sector: its definition, template, the latest month's data file, its id in schemas/office.yaml, editor schemas",
  }),
  HELP_NEW_SECTOR_TITLE: message({ vi: () => 'tên ngành (mặc định là mã ngành)', en: () => 'sector title (default: the id)' }),
  HELP_NEW_SECTOR_EXAMPLES: message({
    vi: () => '  report new-sector thuong-mai --title "Thương mại, dịch vụ"',
    en: () => '  report new-sector trade --title "Trade"',
  }),

  // schemas --check: the state SCHEMAS_STALE names
  SCHEMAS_STATE_STALE: message({ vi: () => 'đã cũ', en: () => 'stale' }),
  SCHEMAS_STATE_MISSING: message({ vi: () => 'chưa có', en: () => 'missing' }),

  // status
  STATUS_TITLE: message<{ month: string; dir: string }>({
    vi: (p) => `Tình trạng số liệu tháng ${p.month} (${p.dir})`,
    en: (p) => `Data status of ${p.month} (${p.dir})`,
  }),
  STATUS_HEAD_FILE: message({ vi: () => 'Tệp', en: () => 'File' }),
  STATUS_HEAD_STATE: message({ vi: () => 'Tình trạng', en: () => 'State' }),
  STATUS_HEAD_OWNER: message({ vi: () => 'Phụ trách', en: () => 'Responsible' }),
  STATUS_HEAD_CHANGED: message({ vi: () => 'Ngày gửi', en: () => 'Sent on' }),
  STATUS_OK: message({ vi: () => 'đã gửi, hợp lệ', en: () => 'sent, valid' }),
  STATUS_TEXT_NOT_UPDATED: message({ vi: () => 'đã gửi, chưa cập nhật lời văn', en: () => 'sent, text not updated' }),
  STATUS_MISSING: message({ vi: () => 'chưa gửi', en: () => 'not sent' }),
  STATUS_COPIED: message({ vi: () => 'chưa gửi (bản init tạo, chưa sửa)', en: () => 'not sent (as init made it)' }),
  STATUS_INVALID: message({ vi: () => 'đã gửi, có lỗi', en: () => 'sent, with errors' }),
  STATUS_EXTRA: message({ vi: () => 'thừa', en: () => 'extra' }),
  STATUS_SPREADSHEET: message<{ month: string; name: string; save: boolean }>({
    vi: (p) => `bảng tính: ${p.save ? 'lưu thành .xlsx rồi ' : ''}nhập bằng report import ${p.month} ${p.name}`,
    en: (p) => `spreadsheet: ${p.save ? 'save it as .xlsx, then ' : ''}take it in with report import ${p.month} ${p.name}`,
  }),
  STATUS_COUNTS: message<{ errors: number; warnings: number }>({
    vi: (p) => [p.errors > 0 && `${p.errors} lỗi`, p.warnings > 0 && `${p.warnings} cảnh báo`].filter(Boolean).join(', '),
    en: (p) => [p.errors > 0 && `${p.errors} error(s)`, p.warnings > 0 && `${p.warnings} warning(s)`].filter(Boolean).join(', '),
  }),
  STATUS_MTIME_NOTE: message({
    vi: () => '* ngày sửa tệp trên máy (tệp chưa commit hoặc đã sửa sau lần commit cuối)',
    en: () => '* file modification date (not committed, or changed since the last commit)',
  }),
  STATUS_DONE: message<{ done: number; expected: number; elsewhere: readonly string[] }>({
    vi: (p) => `${p.done}/${p.expected} tệp đã gửi và hợp lệ${p.elsewhere.length > 0 ? `; lỗi ở ${p.elsewhere.join(', ')}` : ''}`,
    en: (p) => `${p.done}/${p.expected} files sent and valid${p.elsewhere.length > 0 ? `; errors in ${p.elsewhere.join(', ')}` : ''}`,
  }),
  STATUS_DETAILS: message<{ month: string }>({
    vi: (p) => `Xem chi tiết: report check ${p.month}`,
    en: (p) => `Details: report check ${p.month}`,
  }),

  // diff (render-diff.ts)
  DIFF_TITLE: message<{ from: string; to: string }>({
    vi: (p) => `So sánh số liệu: ${p.from} → ${p.to}`,
    en: (p) => `Data comparison: ${p.from} → ${p.to}`,
  }),
  DIFF_HEAD_INDICATOR: message({ vi: () => 'Chỉ tiêu', en: () => 'Indicator' }),
  DIFF_HEAD_UNIT: message({ vi: () => 'Đơn vị', en: () => 'Unit' }),
  DIFF_HEAD_CHANGE: message({ vi: () => 'Thay đổi', en: () => 'Change' }),
  DIFF_HEAD_NOTE: message({ vi: () => 'Ghi chú', en: () => 'Note' }),
  DIFF_ADDED: message({ vi: () => 'mới có', en: () => 'added' }),
  DIFF_REMOVED: message({ vi: () => 'không còn', en: () => 'removed' }),
  DIFF_REVISED: message({ vi: () => 'sửa số liệu', en: () => 'revised' }),
  DIFF_REACHED: message({ vi: () => 'đạt kế hoạch', en: () => 'plan reached' }),
  DIFF_DROPPED: message({ vi: () => 'xuống dưới kế hoạch', en: () => 'fell below plan' }),
  DIFF_NONE: message({ vi: () => 'Không có chỉ tiêu nào thay đổi.', en: () => 'No indicator changed.' }),
  DIFF_UNCHANGED: message<{ count: number }>({
    vi: (p) => `${p.count} chỉ tiêu không đổi.`,
    en: (p) => `${p.count} indicator(s) unchanged.`,
  }),
  DIFF_SECTIONS: message<{ count: number }>({
    vi: (p) => `Mục lời văn thay đổi (${p.count})`,
    en: (p) => `Narrative sections changed (${p.count})`,
  }),
  DIFF_SECTION_ADDED: message({ vi: () => 'thêm', en: () => 'added' }),
  DIFF_SECTION_REMOVED: message({ vi: () => 'bỏ', en: () => 'removed' }),
  DIFF_SECTION_CHANGED: message({ vi: () => 'sửa', en: () => 'changed' }),
  DIFF_NO_SECTIONS: message({ vi: () => 'Lời văn không đổi.', en: () => 'No narrative section changed.' }),
  DIFF_ISSUED: message({
    vi: () => 'Báo cáo tháng này đã ban hành: các số liệu sửa dưới đây khác với báo cáo đã ban hành.',
    en: () => "This month's report was already issued: the revised figures below differ from the issued report.",
  }),

  // --help: commander's own words, then each command's texts and examples (cli.ts)
  HELP_USAGE: message({ vi: () => 'Cách dùng:', en: () => 'Usage:' }),
  HELP_DESCRIPTION: message({ vi: () => 'Mô tả:', en: () => 'Description:' }),
  HELP_ARGUMENTS: message({ vi: () => 'Tham số:', en: () => 'Arguments:' }),
  HELP_OPTIONS: message({ vi: () => 'Tùy chọn:', en: () => 'Options:' }),
  HELP_GLOBAL_OPTIONS: message({ vi: () => 'Tùy chọn chung:', en: () => 'Global options:' }),
  HELP_COMMANDS: message({ vi: () => 'Lệnh:', en: () => 'Commands:' }),
  HELP_EXAMPLES: message({ vi: () => 'Ví dụ:', en: () => 'Examples:' }),
  HELP_OPTIONS_WORD: message({ vi: () => '[tùy chọn]', en: () => '[options]' }),
  HELP_COMMAND_WORD: message({ vi: () => '[lệnh]', en: () => '[command]' }),
  HELP_DEFAULT: message<{ value: string }>({ vi: (p) => `mặc định: ${p.value}`, en: (p) => `default: ${p.value}` }),
  HELP_CHOICES: message<{ choices: string }>({ vi: (p) => `chọn: ${p.choices}`, en: (p) => `choices: ${p.choices}` }),
  HELP_PROGRAM: message({
    vi: () =>
      'Biên dịch số liệu YAML theo ngành thành báo cáo kinh tế - xã hội tháng của một cơ quan (huyện, tỉnh, sở…) (Markdown, DOCX, PDF)',
    en: () =>
      "Compiles per-sector YAML data into an office's monthly socio-economic report (a district, province, department…) (Markdown, DOCX, PDF)",
  }),
  HELP_PROGRAM_EXAMPLES: message({
    vi: () =>
      '  report status 2021-02     tệp nào của tháng đã đủ, còn thiếu, có lỗi\n' +
      '  report check 2021-02      mọi lỗi của số liệu tháng, cùng lúc\n' +
      '  report build 2021-02      dựng out/2021-02/report-2021-02.md và .docx',
    en: () =>
      "  report status 2021-02     which of the month's files are there, missing or invalid\n" +
      "  report check 2021-02      every problem of the month's data at once\n" +
      '  report build 2021-02      builds out/2021-02/report-2021-02.md and .docx',
  }),
  HELP_HELP: message({ vi: () => 'hiển thị trợ giúp', en: () => 'show this help' }),
  HELP_VERSION: message({ vi: () => 'hiển thị phiên bản', en: () => 'show the version' }),
  HELP_HELP_COMMAND: message({ vi: () => 'hiển thị trợ giúp của một lệnh', en: () => 'show the help of a command' }),
  HELP_ROOT: message({
    vi: () => 'thư mục của đơn vị (có data/, templates/, schemas/)',
    en: () => "the office's folder (with data/, templates/, schemas/)",
  }),
  HELP_ROOT_DEFAULT: message({ vi: () => 'thư mục hiện tại', en: () => 'the current folder' }),
  HELP_DATA: message({ vi: () => 'thư mục số liệu', en: () => 'data folder' }),
  HELP_TEMPLATES: message({ vi: () => 'thư mục mẫu báo cáo', en: () => 'templates folder' }),
  HELP_LANG: message({
    vi: () => 'ngôn ngữ của thông báo: vi (tiếng Việt), en (tiếng Anh); báo cáo luôn bằng tiếng Việt',
    en: () => 'language of the messages: vi (Vietnamese), en (English); the report is always in Vietnamese',
  }),
  HELP_DEBUG: message({
    vi: () => 'in vết ngăn xếp (stack trace) khi có lỗi nội bộ (mã thoát 3)',
    en: () => 'print the stack trace of an internal error (exit code 3)',
  }),
  HELP_MONTH: message({ vi: () => 'kỳ báo cáo YYYY-MM', en: () => 'report period YYYY-MM' }),
  HELP_OUT_FORMATS: message({
    vi: () => 'định dạng kết quả, phân cách bằng dấu phẩy: md, docx, pdf (pdf cần LibreOffice)',
    en: () => 'output formats, comma-separated: md, docx, pdf (pdf needs LibreOffice)',
  }),
  HELP_ALLOW_MISSING: message({
    vi: () => 'dựng cả khi thiếu tệp ngành, ghi "(chưa có số liệu)"',
    en: () => 'build even when sector files are missing, printing "(chưa có số liệu)"',
  }),
  HELP_PUBLISHED_ONLY: message({
    vi: () => 'bỏ các số liệu tính từ số minh họa hoặc suy ra (ghi "-" hoặc "(chưa có số liệu)"), chỉ in số đã công bố',
    en: () =>
      'leave out figures made of illustrative or inferred values (printed as "-" or "(chưa có số liệu)"), print published figures only',
  }),
  HELP_PACE_MARGIN: message({
    vi: () => 'cảnh báo chỉ tiêu có lũy kế/kế hoạch chậm hơn thời gian đã qua của năm quá số điểm phần trăm này',
    en: () => 'warn about figures whose year to date lags the elapsed part of the year by more than this many percentage points',
  }),
  HELP_BUILD: message({
    vi: () => 'dựng báo cáo của một tháng, hoặc của mọi tháng với --all',
    en: () => 'build the report of one month, or of every month with --all',
  }),
  HELP_BUILD_MONTH: message({
    vi: () => 'kỳ báo cáo YYYY-MM (bỏ trống khi dùng --all)',
    en: () => 'report period YYYY-MM (none with --all)',
  }),
  HELP_BUILD_OUT: message({
    vi: () => 'thư mục kết quả (mặc định out/<YYYY-MM>; với --all là thư mục gốc, mặc định out)',
    en: () => 'output folder (default out/<YYYY-MM>; with --all the base folder, default out)',
  }),
  HELP_BUILD_ALL: message({
    vi: () => 'dựng mọi tháng có report.yaml (tháng không có report.yaml chỉ là số liệu so sánh)',
    en: () => 'build every month with a report.yaml (a month without one is comparison data only)',
  }),
  HELP_BUILD_CHECK: message({
    vi: () => 'không ghi gì: dựng trong bộ nhớ, so với tệp đã có trong thư mục kết quả; mã thoát 1 khi có tệp đã cũ hoặc còn thiếu',
    en: () => 'write nothing: build in memory and compare with the files in the output folder; exit 1 when any is stale or missing',
  }),
  HELP_BUILD_EXAMPLES: message({
    vi: () =>
      '  report build 2021-02                 dựng out/2021-02/report-2021-02.md và .docx\n' +
      '  report build --all --check           kiểm tra các báo cáo đã commit có khớp số liệu',
    en: () =>
      '  report build 2021-02                 builds out/2021-02/report-2021-02.md and .docx\n' +
      '  report build --all --check           checks that the committed reports match the data',
  }),
  HELP_CHECK: message({
    vi: () => 'kiểm tra số liệu của một tháng và in mọi lỗi cùng lúc; soát lỗi chính tả trong lời văn (cảnh báo)',
    en: () => "check a month's data and print every problem at once; proof-read its texts (warnings)",
  }),
  HELP_CHECK_FIX: message({
    vi: () => 'in bản sửa lỗi chính tả đề xuất cho các tệp số liệu (dạng diff), không ghi gì',
    en: () => "print the proof-reader's corrections of the data files as a diff, writing nothing",
  }),
  HELP_CHECK_WRITE: message({
    vi: () => 'cùng --fix: ghi bản sửa vào các tệp số liệu',
    en: () => 'with --fix: write the corrections into the data files',
  }),
  HELP_CHECK_FORMAT: message({
    vi: () => 'định dạng thông báo: text (đọc trên màn hình), json, github (chú thích trên GitHub Actions)',
    en: () => 'message format: text (to read on screen), json, github (GitHub Actions annotations)',
  }),
  HELP_CHECK_STRICT: message({ vi: () => 'coi cảnh báo là lỗi (mã thoát 1)', en: () => 'treat warnings as errors (exit 1)' }),
  HELP_CHECK_EXAMPLES: message({
    vi: () =>
      '  report check 2021-02\n  report check 2021-02 --format github   trong GitHub Actions\n' +
      '  report check 2021-02 --fix            bản sửa lỗi chính tả đề xuất (diff); thêm --write để ghi',
    en: () =>
      '  report check 2021-02\n  report check 2021-02 --format github   in GitHub Actions\n' +
      "  report check 2021-02 --fix            the proof-reader's corrections as a diff; add --write to write them",
  }),
  HELP_DIFF: message({
    vi: () => 'so sánh số liệu hai tháng, hoặc một tháng với chính nó ở một phiên bản git (--against)',
    en: () => 'compare the data of two months, or of one month with itself at a git revision (--against)',
  }),
  HELP_DIFF_MONTH: message({
    vi: () => 'tháng thứ nhất YYYY-MM (với --against: tháng được so sánh)',
    en: () => 'first month YYYY-MM (with --against: the month compared)',
  }),
  HELP_DIFF_OTHER: message({
    vi: () => 'tháng thứ hai YYYY-MM (bỏ trống khi dùng --against)',
    en: () => 'second month YYYY-MM (none with --against)',
  }),
  HELP_DIFF_AGAINST: message({
    vi: () => 'so sánh <month> ở phiên bản git này (HEAD~1, main, mã commit) với thư mục làm việc',
    en: () => 'compare <month> at this git revision (HEAD~1, main, a commit id) with the working tree',
  }),
  HELP_DIFF_FORMAT: message({
    vi: () => 'định dạng kết quả: text, md (bảng Markdown cho pull request, CI), json',
    en: () => 'output format: text, md (a Markdown table for pull requests, CI), json',
  }),
  HELP_DIFF_EXAMPLES: message({
    vi: () => '  report diff 2021-01 2021-02\n  report diff 2021-02 --against HEAD~1   những gì đã sửa từ lần commit trước',
    en: () => '  report diff 2021-01 2021-02\n  report diff 2021-02 --against HEAD~1   what changed since the previous commit',
  }),
  HELP_STATUS: message({
    vi: () => 'tình trạng các tệp số liệu của một tháng: đủ, thiếu, có lỗi, thừa; phòng ban phụ trách; ngày cập nhật',
    en: () => "the state of a month's data files: present, missing, invalid, extra; the department responsible; last change",
  }),
  HELP_STATUS_EXAMPLES: message({ vi: () => '  report status 2021-02', en: () => '  report status 2021-02' }),
  HELP_INIT: message({
    vi: () => 'tạo thư mục số liệu của một tháng từ tháng trước: giữ lời văn, để trống (null) mọi số liệu; không ghi đè tệp đã có',
    en: () => "start a month's data folder from the previous month: text kept, every figure emptied (null); never overwrites",
  }),
  HELP_INIT_EXAMPLES: message({
    vi: () => '  report init 2021-03       tạo data/2021-03/ từ data/2021-02/',
    en: () => '  report init 2021-03       creates data/2021-03/ from data/2021-02/',
  }),
  HELP_FORMS: message({
    vi: () => 'tạo biểu mẫu Excel của một tháng, mỗi phòng ban một tệp (<phòng ban>.xlsx): ô nhập có kiểm tra, ô nhãn bị khóa',
    en: () => "make a month's Excel forms, one file per department (<department>.xlsx): input cells validated, labels locked",
  }),
  HELP_FORMS_OUT: message({
    vi: () => 'thư mục ghi biểu mẫu (mặc định out/<YYYY-MM>/forms)',
    en: () => 'folder for the forms (default out/<YYYY-MM>/forms)',
  }),
  HELP_FORMS_EXAMPLES: message({
    vi: () => '  report forms 2021-03      tạo out/2021-03/forms/<phòng ban>.xlsx để gửi các phòng ban',
    en: () => '  report forms 2021-03      makes out/2021-03/forms/<department>.xlsx to send to the departments',
  }),
  HELP_IMPORT: message({
    vi: () => 'nhập biểu mẫu đã điền (.xlsx hoặc .csv) vào data/<YYYY-MM>/<ngành>.yaml: kiểm tra trước, có lỗi thì không ghi gì',
    en: () => 'read filled-in forms (.xlsx or .csv) into data/<YYYY-MM>/<sector>.yaml: checked first, nothing written on an error',
  }),
  HELP_IMPORT_FILES: message({
    vi: () => 'các tệp .xlsx hoặc .csv phòng ban gửi lại',
    en: () => 'the .xlsx or .csv files the departments sent back',
  }),
  HELP_IMPORT_DRY_RUN: message({
    vi: () => 'không ghi: chỉ in những gì sẽ thay đổi',
    en: () => 'write nothing: only print what would change',
  }),
  HELP_IMPORT_EXAMPLES: message({
    vi: () => '  report import 2021-03 nong-nghiep.xlsx --dry-run   xem trước những gì sẽ thay đổi',
    en: () => '  report import 2021-03 nong-nghiep.xlsx --dry-run   preview what would change',
  }),
  HELP_WATCH: message({
    vi: () => 'dựng lại báo cáo mỗi khi số liệu của tháng, mẫu, district.yaml hoặc kế hoạch năm thay đổi (Ctrl+C để dừng)',
    en: () => "rebuild the report whenever the month's data, the templates, district.yaml or the year's plan change (Ctrl+C stops)",
  }),
  HELP_WATCH_OUT: message({ vi: () => 'thư mục kết quả (mặc định out/<YYYY-MM>)', en: () => 'output folder (default out/<YYYY-MM>)' }),
  HELP_WATCH_EXAMPLES: message({ vi: () => '  report watch 2021-02 --format md', en: () => '  report watch 2021-02 --format md' }),
  HELP_FIX_TEXT: message({
    vi: () =>
      'chuyển tệp số liệu hoặc mẫu sang UTF-8 sạch: văn bản gõ bằng TCVN3, VNI, Windows-1258 thành Unicode, bỏ ký tự vô hình; chỉ ghi khi có --write',
    en: () =>
      'make data files or templates clean UTF-8: text typed in TCVN3, VNI or Windows-1258 converted to Unicode, invisible characters removed; writes only with --write',
  }),
  HELP_FIX_TEXT_FILES: message({ vi: () => 'các tệp cần sửa (.yaml, .hbs)', en: () => 'the files to fix (.yaml, .hbs)' }),
  HELP_FIX_TEXT_WRITE: message({
    vi: () => 'ghi lại các tệp đã sửa (không có: chỉ in các dòng sẽ đổi)',
    en: () => 'save the fixed files (without it: only print the lines that would change)',
  }),
  HELP_FIX_TEXT_EXAMPLES: message({
    vi: () =>
      '  report fix-text data/2021-03/agriculture.yaml           xem bản chuyển mã\n  report fix-text data/2021-03/agriculture.yaml --write   ghi',
    en: () =>
      '  report fix-text data/2021-03/agriculture.yaml           show the conversion\n  report fix-text data/2021-03/agriculture.yaml --write   save it',
  }),
  HELP_PROVENANCE: message({
    vi: () => 'ghi thêm report-<YYYY-MM>.sources.json: mỗi con số của bản Markdown lấy từ đâu (tệp:dòng:cột, cách tính, nguồn)',
    en: () =>
      'also write report-<YYYY-MM>.sources.json: where every number of the Markdown comes from (file:line:column, computation, source)',
  }),
  ARG_PROVENANCE_NEEDS_MD: message({
    vi: () => '--provenance ghi nguồn của bản Markdown: thêm md vào --format',
    en: () => '--provenance maps the Markdown: add md to --format',
  }),
  HELP_EXPLAIN: message({
    vi: () => 'cho biết các con số khớp với một số hoặc một cụm từ trong báo cáo của tháng lấy từ đâu và tính thế nào',
    en: () => "tell where the numbers matching a number or a phrase of the month's report come from and how they are computed",
  }),
  HELP_EXPLAIN_QUERY: message({
    vi: () => 'con số như báo cáo viết (84%, 1.680) hoặc cụm từ của câu chứa nó',
    en: () => 'a number as the report writes it (84%, 1.680) or a phrase of its sentence',
  }),
  HELP_EXPLAIN_EXAMPLES: message({
    vi: () =>
      '  report explain 2021-01 84%              84% lấy từ đâu: 1.680 / 1.998, tệp:dòng:cột của từng số\n' +
      '  report explain 2021-01 "đã làm đất"     các con số của câu có cụm từ đó',
    en: () =>
      '  report explain 2021-01 84%              where 84% comes from: 1.680 / 1.998, file:line:column of each value\n' +
      '  report explain 2021-01 "đã làm đất"     the numbers of the sentence with that phrase',
  }),
  EXPLAIN_HEAD: message<{ text: string; line: number; column: number; block: number }>({
    vi: (p) => `«${p.text}» (báo cáo Markdown dòng ${p.line}, cột ${p.column}; khối ${p.block})`,
    en: (p) => `«${p.text}» (Markdown report line ${p.line}, column ${p.column}; block ${p.block})`,
  }),
  EXPLAIN_FIGURE: message<{ label: string; id: string; part: string }>({
    vi: (p) => `chỉ tiêu: ${p.label} (${p.id}), ${PART_WORDS.vi[p.part] ?? p.part}`,
    en: (p) => `indicator: ${p.label} (${p.id}), ${PART_WORDS.en[p.part] ?? p.part}`,
  }),
  EXPLAIN_KIND: message<{ kind: string }>({
    vi: (p) => KIND_WORDS.vi[p.kind] ?? p.kind,
    en: (p) => KIND_WORDS.en[p.kind] ?? p.kind,
  }),
  EXPLAIN_COMPUTATION: message<{ computation: string }>({
    vi: (p) => `cách tính: ${p.computation}`,
    en: (p) => `computed: ${p.computation}`,
  }),
  EXPLAIN_STATUS: message<{ status: string }>({
    vi: (p) => `nguồn: ${STATUS_WORDS.vi[p.status] ?? p.status}`,
    en: (p) => `source: ${STATUS_WORDS.en[p.status] ?? p.status}`,
  }),
  EXPLAIN_STATUS_WORD: message<{ status: string }>({
    vi: (p) => STATUS_WORDS.vi[p.status] ?? p.status,
    en: (p) => STATUS_WORDS.en[p.status] ?? p.status,
  }),
  HELP_SCHEMAS: message({
    vi: () => 'sinh lược đồ JSON Schema cho trình soạn thảo từ định nghĩa của đơn vị: schemas/<tệp>.schema.json',
    en: () => "generate the editors' JSON Schemas from the office's definitions: schemas/<file>.schema.json",
  }),
  HELP_SCHEMAS_DIR: message({ vi: () => 'thư mục ghi lược đồ', en: () => 'folder the schemas are written to' }),
  HELP_SCHEMAS_CHECK: message({
    vi: () => 'không ghi: báo lược đồ đã cũ hoặc còn thiếu',
    en: () => 'write nothing: report stale or missing schemas',
  }),
  HELP_SCHEMAS_EXAMPLES: message({
    vi: () => '  report schemas --check    trong CI: lược đồ có khớp định nghĩa',
    en: () => '  report schemas --check    in CI: do the schemas match the definitions',
  }),
} as const;

export type MessageCode = keyof typeof MESSAGES;
type MessageParams<K extends MessageCode> = (typeof MESSAGES)[K] extends Wording<infer P> ? P : never;
/** The parameters argument: required when the text reads any, absent otherwise. */
export type MessageArgs<K extends MessageCode> = NoParams extends MessageParams<K> ? [] : [params: MessageParams<K>];

/** The codes of texts that read no parameter. */
export type PlainCode = { [K in MessageCode]: MessageArgs<K> extends [] ? K : never }[MessageCode];

/** One text of the catalogue in `lang`. */
export function say<K extends MessageCode>(lang: Lang, code: K, ...[params]: MessageArgs<K>): string {
  return (MESSAGES[code] as Wording<MessageParams<K>>)[lang]((params ?? {}) as MessageParams<K>);
}

/** `say` bound to a language: `const t = words(io.lang); t('STATUS_DETAILS', { month })`. */
export const words =
  (lang: Lang) =>
  <K extends MessageCode>(code: K, ...args: MessageArgs<K>): string =>
    say(lang, code, ...args);
