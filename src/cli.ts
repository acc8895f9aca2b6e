/** Command-line wiring: commands, options and argument coercion. Actions delegate to commands/*. */
import { join } from 'node:path';
import { Command, type Help, Option, type Argument } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { ReportError } from './errors.js';
import { parsePeriod, type Period } from './period.js';
import type { OutputFormat } from './commands/build.js';
import type { DiffFormat } from './render-diff.js';
import { DEFAULT_PACE_MARGIN } from './accumulate.js';
import type { Io } from './commands/io.js';
import type { Lang } from './error-catalog.js';
import { MESSAGES, say, type MessageArgs, type MessageCode, type PlainCode } from './messages.js';
import { formatDiagnostics, type DiagnosticFormat } from './format-error.js';
import type { OfficeFolders, Reuse, RunContext } from './pipeline.js';

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
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
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

/** The options `build` and `watch` share: where the outputs go, in which formats, with gaps allowed, the pace margin. */
function addBuildOptions(command: Command, outHelp: string): Command {
  return command
    .option('--out <dir>', outHelp)
    .addOption(
      new Option('--format <list>', h('HELP_OUT_FORMATS')).argParser(formatsArg).default(['md', 'docx'] as OutputFormat[], 'md,docx'),
    )
    .option('--allow-missing', h('HELP_ALLOW_MISSING'))
    .option('--published-only', h('HELP_PUBLISHED_ONLY'))
    .option('--provenance', h('HELP_PROVENANCE'))
    .option('--pace-margin <points>', h('HELP_PACE_MARGIN'), paceMarginArg, DEFAULT_PACE_MARGIN);
}

/** The options addBuildOptions declares, as commander reads them. */
interface BuildFlags {
  out?: string;
  format: OutputFormat[];
  allowMissing?: boolean;
  publishedOnly?: boolean;
  provenance?: boolean;
  paceMargin: number;
}

/** --provenance maps the Markdown: a usage error without md among the formats. */
function provenanceArg(opts: { provenance?: boolean; format: readonly OutputFormat[] }, lang: Lang): boolean {
  if (opts.provenance && !opts.format.includes('md'))
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: say(lang, 'ARG_PROVENANCE_NEEDS_MD') } });
  return opts.provenance ?? false;
}

/**
 * A help text, given to commander by its catalogue code and written out when the help is shown: the language is known
 * only once commander has read --lang, after the program is made.
 */
const h = (code: PlainCode): string => code;

/** The help in the user's language: the texts given by code (h), and commander's own words (titles, "[options]"…). */
function helpIn(lang: () => Lang): Partial<Help> {
  const t = <K extends MessageCode>(code: K, ...params: MessageArgs<K>) => say(lang(), code, ...params);
  const text = (s: string) => (Object.hasOwn(MESSAGES, s) ? say(lang(), s as PlainCode) : s);
  const titles: Readonly<Record<string, PlainCode>> = {
    'Usage:': 'HELP_USAGE',
    'Description:': 'HELP_DESCRIPTION',
    'Arguments:': 'HELP_ARGUMENTS',
    'Options:': 'HELP_OPTIONS',
    'Global Options:': 'HELP_GLOBAL_OPTIONS',
    'Commands:': 'HELP_COMMANDS',
  };
  const terms = (s: string) => s.replace('[options]', t('HELP_OPTIONS_WORD')).replace('[command]', t('HELP_COMMAND_WORD'));
  /** "(chọn: vi, en; mặc định: vi)" after a description; a boolean flag shows no default. */
  const extras = (description: string, choices: readonly string[] | undefined, shown: string | undefined) => {
    const info = [
      choices && t('HELP_CHOICES', { choices: choices.join(', ') }),
      shown !== undefined && t('HELP_DEFAULT', { value: shown }),
    ];
    const text = info.filter(Boolean).join('; ');
    return text ? `${description} (${text})` : description;
  };
  const shownDefault = (value: unknown, description: string | undefined) =>
    description ?? (value === undefined ? undefined : Array.isArray(value) ? value.join(',') : String(value));
  return {
    styleTitle: (title: string) => {
      const code = titles[title];
      return code ? t(code) : title;
    },
    styleUsage: terms,
    styleSubcommandTerm: terms,
    commandDescription: (c: Command) => text(c.description()),
    subcommandDescription: (c: Command) => text(c.summary() || c.description()),
    optionDescription: (o: Option) => {
      const shown =
        o.required || o.optional ? shownDefault(o.defaultValue, o.defaultValueDescription && text(o.defaultValueDescription)) : undefined;
      return extras(text(o.description), o.argChoices, shown);
    },
    argumentDescription: (a: Argument) =>
      extras(text(a.description), a.argChoices, shownDefault(a.defaultValue, a.defaultValueDescription)),
  };
}

/** One or two examples under a command's help, in the language of the help. */
const examples = (command: Command, code: PlainCode): Command =>
  command.addHelpText('after', () => {
    const lang = (command.optsWithGlobals() as { lang?: Lang }).lang ?? 'vi';
    return `\n${say(lang, 'HELP_EXAMPLES')}\n${say(lang, code)}\n`;
  });

/** The office's committed reports, by month (build --all --check compares with them): see data/README.md. */
const COMMITTED_REPORTS = 'reports';

interface GlobalOptions {
  root: string;
  data?: string;
  templates?: string;
  lang: 'vi' | 'en';
  debug?: boolean;
}

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

export function createProgram(io: Io, setExit: (code: number) => void, session: Session, reuse?: Reuse): Command {
  const program = new Command('report')
    .configureHelp(helpIn(() => io.lang))
    .description(h('HELP_PROGRAM'))
    .helpOption('-h, --help', h('HELP_HELP'))
    .version(packageJson.version, '-V, --version', h('HELP_VERSION'))
    .helpCommand('help [command]', h('HELP_HELP_COMMAND'))
    .addOption(new Option('--root <dir>', h('HELP_ROOT')).default('.', h('HELP_ROOT_DEFAULT')))
    .addOption(new Option('--data <dir>', h('HELP_DATA')).default(undefined, '<root>/data'))
    .addOption(new Option('--templates <dir>', h('HELP_TEMPLATES')).default(undefined, '<root>/templates'))
    .addOption(new Option('--lang <lang>', h('HELP_LANG')).choices(['vi', 'en']).default('vi'))
    .option('--debug', h('HELP_DEBUG'))
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
    const loaded = loadRegistry(where.schemasDir, reuse?.registries);
    if (!loaded.ok) {
      const text = formatDiagnostics(loaded.errors, format, io);
      if (format === 'text') io.err(text);
      else io.out(text);
      setExit(1);
      return;
    }
    io.err(formatDiagnostics(loaded.warnings, 'text', io));
    setExit(await run(createRunContext(loaded.value, where, reuse?.templates)));
  };

  examples(program, 'HELP_PROGRAM_EXAMPLES');
  /** A command with its description and examples from the catalogue; a month command takes <month> first. */
  const command = (name: string, help: PlainCode, example: PlainCode): Command =>
    examples(program.command(name), example).description(h(help));
  const monthCommand = (name: string, help: PlainCode, example: PlainCode): Command =>
    command(name, help, example).argument('<month>', h('HELP_MONTH'), periodArg);

  addBuildOptions(
    command('build', 'HELP_BUILD', 'HELP_BUILD_EXAMPLES').argument('[month]', h('HELP_BUILD_MONTH'), periodArg),
    h('HELP_BUILD_OUT'),
  )
    .option('--all', h('HELP_BUILD_ALL'))
    .option('--check', h('HELP_BUILD_CHECK'))
    .action(async (period: Period | undefined, opts: BuildFlags & { all?: boolean; check?: boolean }) => {
      const provenance = provenanceArg(opts, io.lang);
      if (Boolean(opts.all) === (period !== undefined)) {
        const detail = say(io.lang, opts.all ? 'ARG_MONTH_AND_ALL' : 'ARG_MONTH_OR_ALL');
        throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail } });
      }
      await withContext(async (context) => {
        const common = {
          context,
          formats: opts.format,
          allowMissing: opts.allowMissing,
          publishedOnly: opts.publishedOnly,
          provenance,
          paceMargin: opts.paceMargin,
          check: opts.check,
        };
        return period
          ? (await import('./commands/build.js')).build({ ...common, period, outDir: opts.out }, io)
          : (await import('./commands/build-all.js')).buildAll(
              {
                ...common,
                outBase: opts.out,
                committedBase: join(program.opts<GlobalOptions>().root, COMMITTED_REPORTS),
              },
              io,
            );
      });
    });

  monthCommand('check', 'HELP_CHECK', 'HELP_CHECK_EXAMPLES')
    .addOption(new Option('--format <format>', h('HELP_CHECK_FORMAT')).choices(['text', 'json', 'github']).default('text'))
    .option('--strict', h('HELP_CHECK_STRICT'))
    .option('--pace-margin <points>', h('HELP_PACE_MARGIN'), paceMarginArg, DEFAULT_PACE_MARGIN)
    .option('--fix', h('HELP_CHECK_FIX'))
    .option('--write', h('HELP_CHECK_WRITE'))
    .on('option:format', (format: DiagnosticFormat) => (session.diagnostics = format))
    .action(
      async (
        period: Period,
        opts: { format: 'text' | 'json' | 'github'; strict?: boolean; paceMargin: number; fix?: boolean; write?: boolean },
      ) => {
        await withContext(
          async (context) =>
            (await import('./commands/check.js')).check(
              {
                context,
                period,
                format: opts.format,
                strict: opts.strict,
                paceMargin: opts.paceMargin,
                fix: opts.fix,
                write: opts.write,
              },
              io,
            ),
          opts.format,
        );
      },
    );

  command('diff', 'HELP_DIFF', 'HELP_DIFF_EXAMPLES')
    .argument('<month>', h('HELP_DIFF_MONTH'), periodArg)
    .argument('[other]', h('HELP_DIFF_OTHER'), periodArg)
    .option('--against <rev>', h('HELP_DIFF_AGAINST'))
    .addOption(new Option('--format <format>', h('HELP_DIFF_FORMAT')).choices(['text', 'md', 'json']).default('text'))
    .action(async (from: Period, to: Period | undefined, opts: { against?: string; format: DiffFormat }) => {
      await withContext(async (context) =>
        (await import('./commands/diff.js')).diff({ context, from, to, against: opts.against, format: opts.format }, io),
      );
    });

  monthCommand('status', 'HELP_STATUS', 'HELP_STATUS_EXAMPLES').action(async (period: Period) => {
    await withContext(async (context) => (await import('./commands/status.js')).status({ context, period }, io));
  });

  monthCommand('init', 'HELP_INIT', 'HELP_INIT_EXAMPLES').action(async (period: Period) => {
    await withContext(async (context) => (await import('./commands/init.js')).init({ context, period }, io));
  });

  command('new', 'HELP_NEW', 'HELP_NEW_EXAMPLES')
    .argument('<dir>', h('HELP_NEW'))
    .option('--month <month>', h('HELP_NEW_MONTH'), periodArg)
    .action(async (dir: string, opts: { month?: Period }) => {
      const now = new Date();
      const period = opts.month ?? { year: now.getFullYear(), month: now.getMonth() + 1 };
      setExit(await (await import('./commands/new.js')).newOffice({ dir, period }, io));
    });

  command('new-sector', 'HELP_NEW_SECTOR', 'HELP_NEW_SECTOR_EXAMPLES')
    .argument('<id>', h('HELP_NEW_SECTOR'))
    .option('--title <title>', h('HELP_NEW_SECTOR_TITLE'))
    .action(async (id: string, opts: { title?: string }) => {
      await withContext(async (context) => (await import('./commands/new.js')).newSector({ context, id, title: opts.title }, io));
    });

  monthCommand('forms', 'HELP_FORMS', 'HELP_FORMS_EXAMPLES')
    .option('--out <dir>', h('HELP_FORMS_OUT'))
    .action(async (period: Period, opts: { out?: string }) => {
      await withContext(async (context) => (await import('./commands/forms.js')).forms({ context, period, outDir: opts.out }, io));
    });

  monthCommand('import', 'HELP_IMPORT', 'HELP_IMPORT_EXAMPLES')
    .argument('<files...>', h('HELP_IMPORT_FILES'))
    .option('--dry-run', h('HELP_IMPORT_DRY_RUN'))
    .action(async (period: Period, files: string[], opts: { dryRun?: boolean }) => {
      await withContext(async (context) =>
        (await import('./commands/import.js')).importForms({ context, period, files, dryRun: opts.dryRun }, io),
      );
    });

  addBuildOptions(monthCommand('watch', 'HELP_WATCH', 'HELP_WATCH_EXAMPLES'), h('HELP_WATCH_OUT')).action(
    async (period: Period, opts: BuildFlags) => {
      const provenance = provenanceArg(opts, io.lang);
      const stop = new AbortController();
      const unsubscribe = io.onInterrupt?.(() => stop.abort());
      try {
        await withContext(async (context) =>
          (await import('./commands/watch.js')).watch(
            {
              context,
              period,
              outDir: opts.out,
              formats: opts.format,
              allowMissing: opts.allowMissing,
              publishedOnly: opts.publishedOnly,
              provenance,
              paceMargin: opts.paceMargin,
              signal: stop.signal,
            },
            io,
          ),
        );
      } finally {
        unsubscribe?.();
      }
    },
  );

  monthCommand('explain', 'HELP_EXPLAIN', 'HELP_EXPLAIN_EXAMPLES')
    .argument('<query>', h('HELP_EXPLAIN_QUERY'))
    .option('--allow-missing', h('HELP_ALLOW_MISSING'))
    .option('--published-only', h('HELP_PUBLISHED_ONLY'))
    .option('--pace-margin <points>', h('HELP_PACE_MARGIN'), paceMarginArg, DEFAULT_PACE_MARGIN)
    .action(async (period: Period, query: string, opts: { allowMissing?: boolean; publishedOnly?: boolean; paceMargin: number }) => {
      await withContext(async (context) => (await import('./commands/explain.js')).explain({ context, period, query, ...opts }, io));
    });

  command('fix-text', 'HELP_FIX_TEXT', 'HELP_FIX_TEXT_EXAMPLES')
    .argument('<files...>', h('HELP_FIX_TEXT_FILES'))
    .option('--write', h('HELP_FIX_TEXT_WRITE'))
    .action(async (files: string[], opts: { write?: boolean }) => {
      setExit(await (await import('./commands/fix-text.js')).fixTextCommand({ files, write: opts.write }, io));
    });

  command('schemas', 'HELP_SCHEMAS', 'HELP_SCHEMAS_EXAMPLES')
    .addOption(new Option('--dir <dir>', h('HELP_SCHEMAS_DIR')).default(undefined, '<root>/schemas'))
    .option('--check', h('HELP_SCHEMAS_CHECK'))
    .action(async (opts: { dir?: string; check?: boolean }) => {
      await withContext(async (context) =>
        (await import('./commands/schemas.js')).schemas(
          {
            context,
            dir: opts.dir ?? context.schemasDir,
            check: opts.check,
          },
          io,
        ),
      );
    });

  return program;
}
