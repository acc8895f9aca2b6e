/** Command-line wiring: commands, options and argument coercion. Actions delegate to commands/*. */
import { join } from 'node:path';
import { Command, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { ReportError } from './errors.js';
import { parsePeriod, type Period } from './period.js';
import type { OutputFormat } from './commands/build.js';
import type { DiffFormat } from './render-diff.js';
import { DEFAULT_PACE_MARGIN } from './accumulate.js';
import type { Io } from './commands/io.js';
import { say } from './messages.js';
import { formatDiagnostics, type DiagnosticFormat } from './format-error.js';
import type { OfficeFolders, RunContext } from './pipeline.js';

// Each command's module is imported when its action runs: the bundle splits them into chunks, so `--version`, `--help`
// and a usage error never load (nor compile) yaml, zod, Handlebars or the sector definitions.

/** A strict YYYY-MM period; anything else is a usage error before any file is touched. */
function periodArg(value: string): Period {
  const p = parsePeriod(value);
  if (!p) throw new ReportError({ code: 'CLI_BAD_PERIOD', params: { value } });
  return p;
}

const FORMATS: readonly OutputFormat[] = ['md', 'docx', 'pdf'];
function formatsArg(value: string): OutputFormat[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (bad.length > 0 || list.length === 0)
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: `--format ${value} (${FORMATS.join(', ')})` } });
  return list as OutputFormat[];
}

/** --pace-margin: percentage points, 0 to 100. */
function paceMarginArg(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: `--pace-margin ${value} (0-100)` } });
  return n;
}
const PACE_MARGIN_HELP = 'cảnh báo chỉ tiêu có lũy kế/kế hoạch chậm hơn thời gian đã qua của năm quá số điểm phần trăm này';

/** The options `build` and `watch` share: where the outputs go, in which formats, with gaps allowed, the pace margin. */
function addBuildOptions(command: Command, outHelp: string): Command {
  return command
    .option('--out <dir>', outHelp)
    .addOption(new Option('--format <list>', 'định dạng kết quả, phân cách bằng dấu phẩy: md, docx, pdf (pdf cần LibreOffice)')
      .argParser(formatsArg).default(['md', 'docx'] as OutputFormat[], 'md,docx'))
    .option('--allow-missing', 'dựng cả khi thiếu tệp ngành, ghi "(chưa có số liệu)"')
    .option('--pace-margin <points>', PACE_MARGIN_HELP, paceMarginArg, DEFAULT_PACE_MARGIN);
}

interface GlobalOptions { root: string; data?: string; templates?: string; lang: 'vi' | 'en'; debug?: boolean }

/** The program; `setExit` receives each action's exit code. */
/**
 * What the global options and check's --format set, as commander reads them (their 'option:' events fire while it
 * parses, before any action or error): main.ts reports a problem that stops the run in this language and format.
 */
export interface Session {
  lang: 'vi' | 'en';
  debug: boolean;
  /** check --format json|github is read by CI: a problem that stops it before it runs speaks the same format. */
  diagnostics: DiagnosticFormat;
}

export function createProgram(io: Io, setExit: (code: number) => void, session: Session): Command {
  const program = new Command('report')
    .description('Biên dịch số liệu YAML theo ngành thành báo cáo kinh tế - xã hội tháng của UBND huyện (Markdown, DOCX, PDF)')
    .helpOption('-h, --help', 'hiển thị trợ giúp')
    .version(packageJson.version, '-V, --version', 'hiển thị phiên bản')
    .helpCommand('help [command]', 'hiển thị trợ giúp của một lệnh')
    .addOption(new Option('--root <dir>', 'thư mục của đơn vị (có data/, templates/, schemas/)').default('.', 'thư mục hiện tại'))
    .option('--data <dir>', 'thư mục số liệu (mặc định <root>/data)')
    .option('--templates <dir>', 'thư mục mẫu báo cáo (mặc định <root>/templates)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ của thông báo: vi (tiếng Việt), en (tiếng Anh); báo cáo luôn bằng tiếng Việt').choices(['vi', 'en']).default('vi'))
    .option('--debug', 'in vết ngăn xếp (stack trace) khi có lỗi nội bộ (mã thoát 3)')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} })
    .on('option:lang', (lang: 'vi' | 'en') => (session.lang = lang))
    .on('option:debug', () => (session.debug = true));
  /** The office's folders: --data and --templates when given, else those of --root (default: the current folder). */
  const folders = (): OfficeFolders => {
    const { root, data, templates } = program.opts<GlobalOptions>();
    return { dataDir: data ?? join(root, 'data'), templatesDir: templates ?? join(root, 'templates'), schemasDir: join(root, 'schemas') };
  };
  /**
   * Run a command in a run context of the office (its registry read from its definitions); broken definitions are
   * printed (in `format`) and the exit code is 1.
   */
  const withContext = async (run: (context: RunContext) => Promise<number>, format: DiagnosticFormat = 'text'): Promise<void> => {
    const where = folders();
    const [{ loadRegistry }, { createRunContext }] = await Promise.all([import('./load-definitions.js'), import('./pipeline.js')]);
    const loaded = loadRegistry(where.schemasDir);
    if (!loaded.ok) {
      const text = formatDiagnostics(loaded.errors, format, io);
      if (format === 'text') io.err(text);
      else io.out(text);
      setExit(1);
      return;
    }
    io.err(formatDiagnostics(loaded.warnings, 'text', io));
    setExit(await run(createRunContext(loaded.value, where)));
  };

  addBuildOptions(program
    .command('build')
    .description('dựng báo cáo của một tháng, hoặc của mọi tháng với --all')
    .argument('[month]', 'kỳ báo cáo YYYY-MM (bỏ trống khi dùng --all)', periodArg), 'thư mục kết quả (mặc định out/<YYYY-MM>; với --all là thư mục gốc, mặc định out)')
    .option('--all', 'dựng mọi tháng có report.yaml (tháng không có report.yaml chỉ là số liệu so sánh)')
    .option('--check', 'không ghi gì: dựng trong bộ nhớ, so với tệp đã có trong thư mục kết quả; mã thoát 1 khi có tệp đã cũ hoặc còn thiếu')
    .action(async (period: Period | undefined, opts: {
      out?: string; format: OutputFormat[]; allowMissing?: boolean; paceMargin: number; all?: boolean; check?: boolean;
    }) => {
      if (Boolean(opts.all) === (period !== undefined)) {
        const detail = say(io.lang, opts.all ? 'ARG_MONTH_AND_ALL' : 'ARG_MONTH_OR_ALL');
        throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail } });
      }
      await withContext(async (context) => {
        const common = { context, formats: opts.format, allowMissing: opts.allowMissing, paceMargin: opts.paceMargin, check: opts.check };
        return period
          ? (await import('./commands/build.js')).build({ ...common, period, outDir: opts.out }, io)
          : (await import('./commands/build-all.js')).buildAll({ ...common, outBase: opts.out }, io);
      });
    });

  program
    .command('check')
    .description('kiểm tra số liệu của một tháng và in mọi lỗi cùng lúc')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg)
    .addOption(new Option('--format <format>', 'định dạng thông báo: text (đọc trên màn hình), json, github (chú thích trên GitHub Actions)').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'coi cảnh báo là lỗi (mã thoát 1)')
    .option('--pace-margin <points>', PACE_MARGIN_HELP, paceMarginArg, DEFAULT_PACE_MARGIN)
    .on('option:format', (format: DiagnosticFormat) => (session.diagnostics = format))
    .action(async (period: Period, opts: { format: 'text' | 'json' | 'github'; strict?: boolean; paceMargin: number }) => {
      await withContext(async (context) => (await import('./commands/check.js')).check({
        context, period, format: opts.format, strict: opts.strict, paceMargin: opts.paceMargin,
      }, io), opts.format);
    });

  program
    .command('diff')
    .description('so sánh số liệu hai tháng, hoặc một tháng với chính nó ở một phiên bản git (--against)')
    .argument('<month>', 'tháng thứ nhất YYYY-MM (với --against: tháng được so sánh)', periodArg)
    .argument('[other]', 'tháng thứ hai YYYY-MM (bỏ trống khi dùng --against)', periodArg)
    .option('--against <rev>', 'so sánh <month> ở phiên bản git này (HEAD~1, main, mã commit) với thư mục làm việc')
    .addOption(new Option('--format <format>', 'định dạng kết quả: text, md (bảng Markdown cho pull request, CI), json').choices(['text', 'md', 'json']).default('text'))
    .action(async (from: Period, to: Period | undefined, opts: { against?: string; format: DiffFormat }) => {
      await withContext(async (context) => (await import('./commands/diff.js')).diff({ context, from, to, against: opts.against, format: opts.format }, io));
    });

  program
    .command('status')
    .description('tình trạng các tệp số liệu của một tháng: đủ, thiếu, có lỗi, thừa; phòng ban phụ trách; ngày cập nhật')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg)
    .action(async (period: Period) => {
      await withContext(async (context) => (await import('./commands/status.js')).status({ context, period }, io));
    });

  program
    .command('init')
    .description('tạo thư mục số liệu của một tháng từ tháng trước: giữ lời văn, để trống (null) mọi số liệu; không ghi đè tệp đã có')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg)
    .action(async (period: Period) => {
      await withContext(async (context) => (await import('./commands/init.js')).init({ context, period }, io));
    });

  program
    .command('forms')
    .description('tạo biểu mẫu Excel của một tháng, mỗi phòng ban một tệp (<phòng ban>.xlsx): ô nhập có kiểm tra, ô nhãn bị khóa')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg)
    .option('--out <dir>', 'thư mục ghi biểu mẫu (mặc định out/<YYYY-MM>/forms)')
    .action(async (period: Period, opts: { out?: string }) => {
      await withContext(async (context) => (await import('./commands/forms.js')).forms({ context, period, outDir: opts.out }, io));
    });

  program
    .command('import')
    .description('nhập biểu mẫu đã điền (.xlsx hoặc .csv) vào data/<YYYY-MM>/<ngành>.yaml: kiểm tra trước, có lỗi thì không ghi gì')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg)
    .argument('<files...>', 'các tệp .xlsx hoặc .csv phòng ban gửi lại')
    .option('--dry-run', 'không ghi: chỉ in những gì sẽ thay đổi')
    .action(async (period: Period, files: string[], opts: { dryRun?: boolean }) => {
      await withContext(async (context) => (await import('./commands/import.js')).importForms({ context, period, files, dryRun: opts.dryRun }, io));
    });

  addBuildOptions(program
    .command('watch')
    .description('dựng lại báo cáo mỗi khi số liệu của tháng, mẫu, district.yaml hoặc kế hoạch năm thay đổi (Ctrl+C để dừng)')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg), 'thư mục kết quả (mặc định out/<YYYY-MM>)')
    .action(async (period: Period, opts: { out?: string; format: OutputFormat[]; allowMissing?: boolean; paceMargin: number }) => {
      const stop = new AbortController();
      const unsubscribe = io.onInterrupt?.(() => stop.abort());
      try {
        await withContext(async (context) => (await import('./commands/watch.js')).watch({
          context, period, outDir: opts.out, formats: opts.format,
          allowMissing: opts.allowMissing, paceMargin: opts.paceMargin, signal: stop.signal,
        }, io));
      } finally {
        unsubscribe?.();
      }
    });

  program
    .command('schemas')
    .description('sinh lược đồ JSON Schema cho trình soạn thảo từ định nghĩa của đơn vị: schemas/<tệp>.schema.json')
    .option('--dir <dir>', 'thư mục ghi lược đồ (mặc định <root>/schemas)')
    .option('--check', 'không ghi: báo lược đồ đã cũ hoặc còn thiếu')
    .action(async (opts: { dir?: string; check?: boolean }) => {
      await withContext(async (context) => (await import('./commands/schemas.js')).schemas({
        context, dir: opts.dir ?? context.schemasDir, check: opts.check,
      }, io));
    });

  return program;
}
