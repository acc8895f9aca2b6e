/**
 * `report watch`: a first build, a rebuild on each change of data or template, and a clean stop.
 * Every wait is for what the command prints or writes (never a fixed sleep), with a generous bound: a loaded machine
 * makes these tests slower, not red.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watch } from '../../src/commands/watch.js';
import type { Io } from '../../src/commands/io.js';
import { Captured, startCli } from '../support/cli.js';
import { WAIT_MS } from '../support/timing.js';
import { requireBundle } from '../support/tools.js';
import { workspace, type Workspace } from '../support/workspace.js';
import { runContext } from '../support/office.js';

const WATCHING = 'Đang theo dõi';

describe('report watch', { timeout: 4 * WAIT_MS }, () => {
  let ws: Workspace;
  let md: string;
  /** Watches and processes a test started: stopped after it, whatever its outcome, so nothing keeps watching. */
  let stops: (() => void)[];
  beforeEach(() => {
    ws = workspace({ copyTemplates: true });
    md = join(ws.out, 'report-2021-01.md');
    stops = [];
  });
  afterEach(() => {
    for (const stop of stops) stop();
    ws.remove();
  });

  /** `watch` of a month's Markdown (January unless told) in-process, with captured output. */
  function start(month = 1): { out: Captured; err: Captured; done: Promise<number>; stop: () => void } {
    const out = new Captured();
    const err = new Captured();
    const io: Io = { out: out.write, err: err.write, color: false, lang: 'vi' };
    const controller = new AbortController();
    const stop = () => controller.abort();
    stops.push(stop);
    const done = watch(
      {
        context: runContext({ dataDir: ws.data, templatesDir: ws.templates }),
        period: { year: 2021, month },
        outDir: ws.out,
        formats: ['md'],
        signal: controller.signal,
      },
      io,
    );
    return { out, err, done, stop };
  }
  /** Resolves once the Markdown written holds `text`: checked whenever the command prints a written file. */
  const report = (out: Captured, text: string, what: string) => out.until(() => readFileSync(md, 'utf8').includes(text), what);

  it('rebuilds on a data change and on a template change (templates re-read), prints problems, stops on abort', async () => {
    const { out, err, done, stop } = start();
    await err.until((t) => t.includes(WATCHING), 'the first build');
    expect(out.text).toBe(`${ws.out}/report-2021-01.md\n`);

    // a data change
    const forestry = join(ws.data, '2021-01', 'forestry.yaml');
    writeFileSync(forestry, readFileSync(forestry, 'utf8').replace('tàng trữ lâm sản trái phép', 'vận chuyển lâm sản trái phép'));
    await report(out, 'vận chuyển lâm sản trái phép', 'the rebuild after a data change');
    expect(err.text).toContain(`Thay đổi: ${ws.data}/2021-01/forestry.yaml; dựng lại.`);

    // a template change: the compiled templates are dropped and read again
    const section = join(ws.templates, 'sections', 'assessment.hbs');
    writeFileSync(section, `${readFileSync(section, 'utf8')}\nDòng thêm từ mẫu.\n`);
    await report(out, 'Dòng thêm từ mẫu.', 'the rebuild after a template change');

    // a broken file: the diagnostics are printed, the watch goes on, the last good output stays
    writeFileSync(forestry, 'chi_tieu: [\n');
    await err.until((t) => t.includes('LOAD_YAML_SYNTAX'), 'the diagnostics of a broken file');
    expect(readFileSync(md, 'utf8')).toContain('Dòng thêm từ mẫu.');

    stop();
    expect(await done).toBe(0);
  });

  it('rebuilds on a change to an earlier month its year to date reads', async () => {
    const { out, err, done, stop } = start(2);
    await err.until((t) => t.includes(WATCHING), 'the first build');
    const feb = join(ws.out, 'report-2021-02.md');
    const before = readFileSync(feb, 'utf8');
    const january = join(ws.data, '2021-01', 'agriculture.yaml');
    writeFileSync(january, readFileSync(january, 'utf8').replace(/giet_mo_gia_suc: 512\b/, 'giet_mo_gia_suc: 600'));
    // year to date of slaughter checks: January's 512 → 600 adds 88 to February's appendix row
    await out.until(() => readFileSync(feb, 'utf8') !== before, 'the rebuild after a change in January');
    expect(err.text).toContain(`Thay đổi: ${ws.data}/2021-01/agriculture.yaml; dựng lại.`);
    stop();
    expect(await done).toBe(0);
  });

  it('keeps what it read between builds but for what changed: district.yaml and the plan, after a data change', async () => {
    const { out, err, done, stop } = start();
    await err.until((t) => t.includes(WATCHING), 'the first build');
    // a data change first: the rebuild reads from the run's cache every file but the changed one
    const forestry = join(ws.data, '2021-01', 'forestry.yaml');
    writeFileSync(forestry, readFileSync(forestry, 'utf8').replace('tàng trữ lâm sản trái phép', 'vận chuyển lâm sản trái phép'));
    await report(out, 'vận chuyển lâm sản trái phép', 'the rebuild after a data change');
    // then district.yaml, which that rebuild had from the cache
    const district = join(ws.data, 'district.yaml');
    writeFileSync(district, readFileSync(district, 'utf8').replace('dia_danh: Than Uyên', 'dia_danh: Mường Than'));
    await report(out, 'Mường Than', 'the rebuild after a change to district.yaml');
    // and the plan: 1.998 ha of spring rice planned → 2.500
    const plan = join(ws.data, 'plans', '2021.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('lua_dong_xuan: 1998', 'lua_dong_xuan: 2500'));
    await report(out, '2.500', 'the rebuild after a change to the plan');
    stop();
    expect(await done).toBe(0);
  });

  it('starts watching even when the first build fails on a template, and builds once it is fixed', async () => {
    const section = join(ws.templates, 'sections', 'assessment.hbs');
    const good = readFileSync(section, 'utf8');
    writeFileSync(section, `${good}{{#if}}`);
    const { out, err, done, stop } = start();
    await err.until((t) => t.includes(WATCHING), 'watching');
    expect(err.text).toContain('RENDER_TEMPLATE_SYNTAX');
    expect(out.text).toBe('');
    writeFileSync(section, good);
    await out.until((t) => t.includes('report-2021-01.md'), 'the build after the fix');
    stop();
    expect(await done).toBe(0);
  });

  it('survives its month folder deleted and made again (as git checkout does): builds from the new files, then watches them', async () => {
    const { out, err, done, stop } = start();
    await err.until((t) => t.includes(WATCHING), 'the first build');
    const month = join(ws.data, '2021-01');
    // the other branch's copy of the folder, with one sentence changed
    const other = mkdtempSync(join(tmpdir(), 'watch-checkout-'));
    stops.push(() => rmSync(other, { recursive: true, force: true }));
    cpSync(month, other, { recursive: true });
    const forestry = join(other, 'forestry.yaml');
    writeFileSync(forestry, readFileSync(forestry, 'utf8').replace('tàng trữ lâm sản trái phép', 'vận chuyển lâm sản trái phép'));
    rmSync(month, { recursive: true });
    cpSync(other, month, { recursive: true });
    await report(out, 'vận chuyển lâm sản trái phép', 'the rebuild after the folder was made again');
    // the new folder is watched: an edit inside it rebuilds too
    const edited = join(month, 'forestry.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('vận chuyển lâm sản trái phép', 'buôn bán lâm sản trái phép'));
    await report(out, 'buôn bán lâm sản trái phép', 'the rebuild after an edit in the new folder');
    stop();
    expect(await done).toBe(0);
  });

  it('says so and ends when a folder is deleted with the folder that would tell it came back', async () => {
    const { err, done } = start();
    await err.until((t) => t.includes(WATCHING), 'the first build');
    rmSync(ws.data, { recursive: true });
    await expect(done).rejects.toMatchObject({ code: 'BUILD_WATCH_LOST', params: { path: ws.data } });
  });

  it('a usage problem ends it before watching', async () => {
    const io: Io = { out: () => {}, err: () => {}, color: false, lang: 'vi' };
    await expect(
      watch(
        {
          context: runContext({ dataDir: ws.data, templatesDir: ws.templates }),
          period: { year: 2030, month: 1 },
          outDir: ws.out,
          formats: ['md'],
        },
        io,
      ),
    ).rejects.toMatchObject({ code: 'LOAD_NO_DATA_FOR_MONTH' });
  });

  it('through the CLI: Ctrl+C (the interrupt main.ts is given) stops it with exit 0', async () => {
    let interrupt: (() => void) | undefined;
    const cli = startCli(
      [...ws.args, 'watch', '2021-01', '--out', ws.out, '--format', 'md'],
      {},
      {
        onInterrupt: (h) => {
          interrupt = h;
          return () => (interrupt = undefined);
        },
      },
    );
    stops.push(() => interrupt?.());
    await cli.stderr.until((t) => t.includes(WATCHING), 'the first build');
    interrupt!();
    expect(await cli.code).toBe(0);
    expect(interrupt).toBeUndefined(); // unsubscribed
  });

  it('as a process: SIGINT ends bin/report.js watch with exit 0', async (ctx) => {
    requireBundle(ctx);
    const child: ChildProcess = spawn(
      process.execPath,
      ['bin/report.js', ...ws.args, 'watch', '2021-01', '--out', ws.out, '--format', 'md'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    stops.push(() => child.exitCode === null && child.kill('SIGKILL'));
    const err = new Captured();
    child.stderr!.on('data', err.write);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    await err.until((t) => t.includes(WATCHING), 'the first build of the child process');
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });
});
