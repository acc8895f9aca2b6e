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

export const MESSAGES = {
  // the text format of diagnostics (format-error.ts)
  DIAG_NO_FILE: message({ vi: () => '(chung)', en: () => '(general)' }),
  DIAG_ERROR: message({ vi: () => 'lỗi', en: () => 'error' }),
  DIAG_WARNING: message({ vi: () => 'cảnh báo', en: () => 'warning' }),
  DIAG_HINT: message({ vi: () => 'gợi ý', en: () => 'hint' }),
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
  BUILD_ALL_UP_TO_DATE: message({ vi: () => 'Mọi kết quả đều khớp với số liệu hiện tại.', en: () => 'Every output is up to date.' }),

  // watch
  WATCH_WATCHING: message<{ paths: string }>({
    vi: (p) => `Đang theo dõi ${p.paths}; nhấn Ctrl+C để dừng.`,
    en: (p) => `Watching ${p.paths}; press Ctrl+C to stop.`,
  }),
  WATCH_CHANGED: message<{ paths: string }>({ vi: (p) => `Thay đổi: ${p.paths}; dựng lại.`, en: (p) => `Changed: ${p.paths}; rebuilding.` }),

  // init
  INIT_DONE: message<{ created: number; skipped: number; month: string }>({
    vi: (p) =>
      `Đã tạo ${p.created} tệp, bỏ qua ${p.skipped} tệp đã có. Điền số liệu (các ô null) rồi chạy: report status ${p.month}, report check ${p.month}`,
    en: (p) =>
      `Created ${p.created} file(s), skipped ${p.skipped} existing. Fill in the figures (the nulls), then run: ` +
      `report status ${p.month}, report check ${p.month}`,
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
  STATUS_HEAD_CHANGED: message({ vi: () => 'Cập nhật', en: () => 'Last change' }),
  STATUS_OK: message({ vi: () => 'đủ', en: () => 'present' }),
  STATUS_MISSING: message({ vi: () => 'thiếu', en: () => 'missing' }),
  STATUS_INVALID: message({ vi: () => 'có lỗi', en: () => 'invalid' }),
  STATUS_EXTRA: message({ vi: () => 'thừa', en: () => 'extra' }),
  STATUS_COUNTS: message<{ errors: number; warnings: number }>({
    vi: (p) => [p.errors > 0 && `${p.errors} lỗi`, p.warnings > 0 && `${p.warnings} cảnh báo`].filter(Boolean).join(', '),
    en: (p) => [p.errors > 0 && `${p.errors} error(s)`, p.warnings > 0 && `${p.warnings} warning(s)`].filter(Boolean).join(', '),
  }),
  STATUS_MTIME_NOTE: message({
    vi: () => '* ngày sửa tệp trên máy (tệp chưa commit hoặc đã sửa sau lần commit cuối)',
    en: () => '* file modification date (not committed, or changed since the last commit)',
  }),
  STATUS_DONE: message<{ done: number; expected: number; elsewhere: readonly string[] }>({
    vi: (p) => `${p.done}/${p.expected} tệp đủ và hợp lệ${p.elsewhere.length > 0 ? `; lỗi ở ${p.elsewhere.join(', ')}` : ''}`,
    en: (p) => `${p.done}/${p.expected} files present and valid${p.elsewhere.length > 0 ? `; errors in ${p.elsewhere.join(', ')}` : ''}`,
  }),
  STATUS_DETAILS: message<{ month: string }>({ vi: (p) => `Xem chi tiết: report check ${p.month}`, en: (p) => `Details: report check ${p.month}` }),

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
  DIFF_UNCHANGED: message<{ count: number }>({ vi: (p) => `${p.count} chỉ tiêu không đổi.`, en: (p) => `${p.count} indicator(s) unchanged.` }),
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
