/** Command-line wiring: commands, options and argument coercion. Actions delegate to commands/*. */
import { Command, Option } from 'commander';
import { ReportError } from './errors.js';
import { parsePeriod, type Period } from './period.js';
import { build, type OutputFormat } from './commands/build.js';
import { check } from './commands/check.js';
import { diff } from './commands/diff.js';
import type { DiffFormat } from './render-diff.js';
import { DEFAULT_PACE_MARGIN } from './accumulate.js';
import type { Io } from './commands/io.js';

/** A strict YYYY-MM period; anything else is a usage error before any file is touched. */
export function periodArg(value: string): Period {
  const p = parsePeriod(value);
  if (!p) throw new ReportError({ code: 'CLI_BAD_PERIOD', params: { value } });
  return p;
}

const FORMATS: readonly OutputFormat[] = ['md', 'docx'];
function formatsArg(value: string): OutputFormat[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (bad.length > 0 || list.length === 0)
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: `--format ${value} (chọn trong: ${FORMATS.join(', ')})` } });
  return list as OutputFormat[];
}

/** --pace-margin: percentage points, 0 to 100. */
function paceMarginArg(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: `--pace-margin ${value} (số điểm phần trăm từ 0 đến 100)` } });
  return n;
}
const PACE_MARGIN_HELP = 'cảnh báo chỉ tiêu có lũy kế/kế hoạch chậm hơn thời gian đã qua của năm quá số điểm phần trăm này';

interface GlobalOptions { data: string; templates: string; lang: 'vi' | 'en'; debug?: boolean }

/** The program; `setExit` receives each action's exit code. */
export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('report')
    .description('Biên dịch số liệu YAML theo ngành thành báo cáo kinh tế - xã hội tháng của UBND huyện (Markdown và DOCX)')
    .helpOption('-h, --help', 'hiển thị trợ giúp')
    .addOption(new Option('--data <dir>', 'thư mục số liệu').default('data'))
    .addOption(new Option('--templates <dir>', 'thư mục mẫu báo cáo').default('templates'))
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .option('--debug', 'in chi tiết lỗi nội bộ')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} });
  const globals = () => program.opts<GlobalOptions>();

  program
    .command('build')
    .description('dựng báo cáo của một tháng')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg)
    .option('--out <dir>', 'thư mục kết quả (mặc định out/<YYYY-MM>)')
    .option('--format <list>', 'định dạng kết quả, phân cách bằng dấu phẩy: md, docx', formatsArg, ['md', 'docx'] as OutputFormat[])
    .option('--allow-missing', 'dựng cả khi thiếu tệp ngành, ghi "(chưa có số liệu)"')
    .option('--pace-margin <points>', PACE_MARGIN_HELP, paceMarginArg, DEFAULT_PACE_MARGIN)
    .action(async (period: Period, opts: { out?: string; format: OutputFormat[]; allowMissing?: boolean; paceMargin: number }) => {
      setExit(await build({
        period, dataDir: globals().data, templatesDir: globals().templates, outDir: opts.out, formats: opts.format,
        allowMissing: opts.allowMissing, paceMargin: opts.paceMargin,
      }, io));
    });

  program
    .command('check')
    .description('kiểm tra số liệu của một tháng và in mọi lỗi cùng lúc')
    .argument('<month>', 'kỳ báo cáo YYYY-MM', periodArg)
    .addOption(new Option('--format <format>', 'định dạng thông báo').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'coi cảnh báo là lỗi')
    .option('--pace-margin <points>', PACE_MARGIN_HELP, paceMarginArg, DEFAULT_PACE_MARGIN)
    .action(async (period: Period, opts: { format: 'text' | 'json' | 'github'; strict?: boolean; paceMargin: number }) => {
      setExit(await check({
        period, dataDir: globals().data, templatesDir: globals().templates, format: opts.format, strict: opts.strict, paceMargin: opts.paceMargin,
      }, io));
    });

  program
    .command('diff')
    .description('so sánh số liệu hai tháng, hoặc một tháng với chính nó ở một phiên bản git (--against)')
    .argument('<month>', 'tháng thứ nhất YYYY-MM', periodArg)
    .argument('[other]', 'tháng thứ hai YYYY-MM', periodArg)
    .option('--against <rev>', 'so sánh <month> ở phiên bản git này (HEAD~1, main, mã commit) với thư mục làm việc')
    .addOption(new Option('--format <format>', 'định dạng kết quả').choices(['text', 'md', 'json']).default('text'))
    .action(async (from: Period, to: Period | undefined, opts: { against?: string; format: DiffFormat }) => {
      setExit(await diff({ from, to, against: opts.against, dataDir: globals().data, format: opts.format }, io));
    });

  return program;
}
