/** The one formatter of diagnostics: text (file:line:column  data.path  message), JSON and GitHub annotations. Pure. */
import { errorHint, errorKind, errorMessage, type Lang } from './error-catalog.js';
import { literalText } from './document.js';
import { showInvisible } from './text-hygiene.js';
import { IN_FILE, type ReportError } from './errors.js';
import { say } from './messages.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';

export interface FormatOptions {
  readonly lang: Lang;
  readonly color?: boolean;
}

/** A diagnostic as the JSON format prints it (stable: fields are only ever added). */
export interface DiagnosticJson {
  code: string;
  severity: 'error' | 'warning';
  file: string | null;
  line: number | null;
  column: number | null;
  path: string;
  message: string;
  hint: string | null;
}

// a ReportError's parameters were checked against its code when it was made
const messageOf = (e: ReportError, lang: Lang) => errorMessage(e.code, e.params as never, lang);
const hintOf = (e: ReportError, lang: Lang) => errorHint(e.code, e.params as never, lang);

const dataPath = (e: ReportError): string =>
  e.dataPath.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');

/** Order: by file, then line, then column; errors before warnings at the same place. */
export function sortDiagnostics(list: readonly ReportError[]): ReportError[] {
  return [...list].sort(
    (a, b) =>
      // numeric: cell H9 before H11
      collate(a.file ?? '', b.file ?? '', true) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      collate(a.code, b.code, false),
  );
}

/** What the fast comparison reads: punctuation, digits and letters of one case, where its order is ICU's (a test holds it). */
const PLAIN = /^(?:[-_./0-9a-z]*|[-_./0-9A-Z]*)$/;
/** ICU's root order of the punctuation PLAIN allows, all before digits and letters. */
const PUNCTUATION = '_-./';

/**
 * String order as localeCompare gives it (numeric: digit runs by value), without it for the strings diagnostics sort
 * by (paths, codes): localeCompare with options makes an ICU collator each call, and the first costs a run about 6 ms.
 */
function collate(a: string, b: string, numeric: boolean): number {
  if (!PLAIN.test(a) || !PLAIN.test(b) || /[a-z]/.test(a) !== /[a-z]/.test(b) || /[A-Z]/.test(a) !== /[A-Z]/.test(b))
    return numeric ? a.localeCompare(b, undefined, { numeric: true }) : a.localeCompare(b);
  const token = numeric ? /\d+|./g : /./g;
  const ta = a.match(token) ?? [];
  const tb = b.match(token) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const d = tokenOrder(ta[i]!, tb[i]!);
    if (d !== 0) return d;
  }
  return ta.length - tb.length;
}

/** punctuation < digits (a run by its value) < letters. */
function tokenOrder(x: string, y: string): number {
  const rank = (t: string) => (PUNCTUATION.includes(t) ? 0 : /\d/.test(t) ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (rank(x) === 0) return PUNCTUATION.indexOf(x) - PUNCTUATION.indexOf(y);
  if ((rank(x) === 1 && x.length > 1) || y.length > 1) {
    const [p, q] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
    return p.length - q.length || (p < q ? -1 : p > q ? 1 : 0);
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

export function toJson(e: ReportError, lang: Lang): DiagnosticJson {
  return {
    code: e.code,
    severity: e.severity,
    file: e.file ?? null,
    line: e.line ?? null,
    column: e.column ?? null,
    path: dataPath(e),
    message: messageOf(e, lang),
    hint: hintOf(e, lang) ?? null,
  };
}

/**
 * Data text inside a diagnostic (a key, a value, a file name) can hold ESC and other control characters: printed raw they
 * would drive the terminal (colours, cursor moves, window title), and bidi controls would reorder the line. Shown as
 * visible symbols: control characters as in the report, invisible characters as ⟨U+202E⟩.
 */
export const visible = (s: string): string => showInvisible(literalText(s));

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[39m` : s);

/** One diagnostic in the text format: `file:line:column  data.path  message`, then the hint indented. */
export function formatDiagnostic(e: ReportError, options: FormatOptions): string {
  const { lang, color = false } = options;
  const where = e.file ? `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}` : say(lang, 'DIAG_NO_FILE');
  const sev = say(lang, e.severity === 'error' ? 'DIAG_ERROR' : 'DIAG_WARNING');
  const head = [
    visible(where),
    visible(dataPath(e)) || '-',
    `${paint(color, e.severity === 'error' ? 31 : 33, sev)} ${e.code}: ${visible(messageOf(e, lang))}`,
  ];
  const hint = hintOf(e, lang);
  return `${head.join('  ')}${hint ? `\n    ${say(lang, 'DIAG_HINT')}: ${visible(hint)}` : ''}`;
}

/** Escape for GitHub workflow commands (%, CR, LF; plus : and , in properties). */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** All diagnostics in one of the formats, sorted, with a count line for text. */
export function formatDiagnostics(list: readonly ReportError[], format: DiagnosticFormat, options: FormatOptions): string {
  const sorted = sortDiagnostics(list);
  if (format === 'json')
    return `${JSON.stringify(
      sorted.map((e) => toJson(e, options.lang)),
      null,
      2,
    )}\n`;
  if (format === 'github') {
    return sorted
      .map((e) => {
        const props = [
          e.file && `file=${ghProp(visible(e.file))}`,
          e.line && `line=${e.line}`,
          e.column && `col=${e.column}`,
          `title=${ghProp(e.code)}`,
        ]
          .filter(Boolean)
          .join(',');
        const hint = hintOf(e, options.lang);
        const path = dataPath(e);
        return `::${e.severity} ${props}::${ghData(`${path ? `${visible(path)}: ` : ''}${visible(messageOf(e, options.lang))}${hint ? `\n${visible(hint)}` : ''}`)}\n`;
      })
      .join('');
  }
  if (sorted.length === 0) return '';
  return `${sorted.map((e) => formatDiagnostic(e, options)).join('\n')}\n${diagnosticsSummary(sorted, options.lang)}\n`;
}

/** The count line: "2 lỗi, 1 cảnh báo trong 2 tệp"; "0 lỗi, 0 cảnh báo" for none. */
export function diagnosticsSummary(list: readonly ReportError[], lang: Lang): string {
  const errors = list.filter((e) => e.severity === 'error').length;
  const files = new Set(list.map((e) => e.file?.split(IN_FILE)[0]).filter(Boolean)).size;
  return say(lang, 'DIAG_SUMMARY', { errors, warnings: list.length - errors, files });
}

/**
 * Every diagnostic as a Markdown table for a GitHub job summary: GitHub shows only ten annotations of a step, the
 * summary holds them all.
 */
export function diagnosticsTable(list: readonly ReportError[], lang: Lang): string {
  const cell = (s: string) => visible(s).replace(/\|/g, '\\|');
  const head = [
    say(lang, 'DIAG_TABLE_WHERE'),
    say(lang, 'DIAG_TABLE_PATH'),
    say(lang, 'DIAG_TABLE_SEVERITY'),
    say(lang, 'DIAG_TABLE_MESSAGE'),
  ];
  const rows = sortDiagnostics(list).map((e) => {
    const where = e.file ? `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}` : say(lang, 'DIAG_NO_FILE');
    const severity = say(lang, e.severity === 'error' ? 'DIAG_ERROR' : 'DIAG_WARNING');
    return `| ${cell(where)} | ${cell(dataPath(e)) || '-'} | ${severity} \`${e.code}\` | ${cell(messageOf(e, lang))} |`;
  });
  return [`| ${head.join(' | ')} |`, '| --- | --- | --- | --- |', ...rows, '', diagnosticsSummary(list, lang), ''].join('\n');
}

/** Exit code of a set of problems: 2 usage, 1 data, 3 internal; 0 when there are only warnings. */
export function exitCodeFor(list: readonly ReportError[]): number {
  const kinds = new Set(list.filter((e) => e.severity === 'error').map((e) => errorKind(e.code)));
  return kinds.has('internal') ? 3 : kinds.has('usage') ? 2 : kinds.has('data') ? 1 : 0;
}
