/** `report watch`: a first build, a rebuild on each change of data or template, and a clean stop. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watch } from '../../src/commands/watch.js';
import type { Io } from '../../src/commands/io.js';
import { run } from '../../src/main.js';
import { workspace, type Workspace } from '../support/workspace.js';

/** Resolves once `test()` holds, polling; fails after `ms`. */
async function until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const count = (text: string, part: string) => text.split(part).length - 1;

describe('report watch', () => {
  let ws: Workspace;
  beforeEach(() => (ws = workspace()));
  afterEach(() => ws.remove());

  it('rebuilds on a data change and on a template change (templates re-read), prints problems, stops on abort', async () => {
    let out = '';
    let err = '';
    const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), color: false, lang: 'vi' };
    const stop = new AbortController();
    const md = join(ws.out, 'report-2021-01.md');
    const done = watch({
      period: { year: 2021, month: 1 }, dataDir: ws.data, templatesDir: ws.templates, outDir: ws.out, formats: ['md'], signal: stop.signal,
    }, io);
    await until(() => err.includes('Đang theo dõi'), 'the first build');
    expect(out).toBe(`${ws.out}/report-2021-01.md\n`);

    // a data change
    const forestry = join(ws.data, '2021-01', 'forestry.yaml');
    writeFileSync(forestry, readFileSync(forestry, 'utf8').replace('tàng trữ lâm sản trái phép', 'vận chuyển lâm sản trái phép'));
    await until(() => count(out, 'report-2021-01.md') === 2, 'the rebuild after a data change');
    expect(err).toContain(`Thay đổi: ${ws.data}/2021-01/forestry.yaml; dựng lại.`);
    expect(readFileSync(md, 'utf8')).toContain('vận chuyển lâm sản trái phép');

    // a template change: the compiled templates are dropped and read again
    const section = join(ws.templates, 'sections', 'forestry.hbs');
    writeFileSync(section, `${readFileSync(section, 'utf8')}\nDòng thêm từ mẫu.\n`);
    await until(() => count(out, 'report-2021-01.md') === 3, 'the rebuild after a template change');
    expect(readFileSync(md, 'utf8')).toContain('Dòng thêm từ mẫu.');

    // a broken file: the diagnostics are printed, the watch goes on, the last good output stays
    writeFileSync(forestry, 'chi_tieu: [\n');
    await until(() => err.includes('LOAD_YAML_SYNTAX'), 'the diagnostics of a broken file');
    expect(readFileSync(md, 'utf8')).toContain('Dòng thêm từ mẫu.');

    stop.abort();
    expect(await done).toBe(0);
  });

  it('starts watching even when the first build fails on a template, and builds once it is fixed', async () => {
    let out = '';
    let err = '';
    const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), color: false, lang: 'vi' };
    const section = join(ws.templates, 'sections', 'forestry.hbs');
    const good = readFileSync(section, 'utf8');
    writeFileSync(section, `${good}{{#if}}`);
    const stop = new AbortController();
    const done = watch({ period: { year: 2021, month: 1 }, dataDir: ws.data, templatesDir: ws.templates, outDir: ws.out, formats: ['md'], signal: stop.signal }, io);
    await until(() => err.includes('Đang theo dõi'), 'watching');
    expect(err).toContain('RENDER_TEMPLATE_SYNTAX');
    expect(out).toBe('');
    writeFileSync(section, good);
    await until(() => out.includes('report-2021-01.md'), 'the build after the fix');
    stop.abort();
    expect(await done).toBe(0);
  });

  it('a usage problem ends it before watching', async () => {
    const io: Io = { out: () => {}, err: () => {}, color: false, lang: 'vi' };
    await expect(watch({ period: { year: 2030, month: 1 }, dataDir: ws.data, templatesDir: ws.templates, outDir: ws.out, formats: ['md'] }, io))
      .rejects.toMatchObject({ code: 'LOAD_NO_DATA_FOR_MONTH' });
  });

  it('through the CLI: Ctrl+C (the interrupt main.ts is given) stops it with exit 0', async () => {
    let err = '';
    let interrupt: (() => void) | undefined;
    const code = run([...ws.args, 'watch', '2021-01', '--out', ws.out, '--format', 'md'], {
      stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) }, env: {},
      onInterrupt: (h) => {
        interrupt = h;
        return () => (interrupt = undefined);
      },
    });
    await until(() => err.includes('Đang theo dõi'), 'the first build');
    interrupt!();
    expect(await code).toBe(0);
    expect(interrupt).toBeUndefined(); // unsubscribed
  });

  it.skipIf(!existsSync('dist/report.mjs'))('as a process: SIGINT ends bin/report.js watch with exit 0', async () => {
    const child = spawn(process.execPath, ['bin/report.js', ...ws.args, 'watch', '2021-01', '--out', ws.out, '--format', 'md'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    const exit = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    await until(() => err.includes('Đang theo dõi'), 'the first build');
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });
});
