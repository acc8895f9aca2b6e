/**
 * Nothing lost: outputs appear whole or not at all, earlier outputs survive a failed build byte for byte, no temporary
 * file stays behind, data/ is never written, and an output path that cannot be written is a usage error (exit 2).
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../src/commands/build.js';
import type { Io } from '../src/commands/io.js';
import { ReportError } from '../src/errors.js';
import { runCli } from './support/cli.js';
import { fileTree, restoreData, workspace, type Workspace } from './support/workspace.js';
import { runContext } from './support/office.js';
import { requireBundle, requireTools } from './support/tools.js';

const NAMES = ['report-2021-01.docx', 'report-2021-01.md'];
const quietIo: Io = { out: () => {}, err: () => {}, color: false, lang: 'vi' };

// one copy of data/ for the file, and the outputs of one build of it; after each test the month is put back and
// everything else under the root removed
let ws: Workspace;
let out: string;
let built: string;
const buildArgs = (dir: string, ...extra: string[]) => [...ws.args, 'build', '2021-01', '--out', dir, '--format', 'md,docx', ...extra];
beforeAll(async () => {
  ws = workspace();
  out = join(ws.root, 'out');
  built = join(ws.root, 'built');
  const r = await runCli(buildArgs(built));
  expect(r.code, r.stderr).toBe(0);
});
afterEach(() => {
  restoreData(ws, ['2021-01']);
  for (const name of readdirSync(ws.root))
    if (name !== 'data' && name !== 'built') rmSync(join(ws.root, name), { recursive: true, force: true });
});
afterAll(() => ws.remove());

/** The outputs an earlier build left in the output folder (copied from that one build instead of building again). */
function earlierOutputs(): Record<string, string> {
  cpSync(built, out, { recursive: true });
  const files = fileTree(out);
  expect(Object.keys(files).sort()).toEqual(NAMES);
  return files;
}
const options = (hooks: BuildOptions['hooks']): BuildOptions => ({
  context: runContext({ dataDir: ws.data, templatesDir: ws.templates }),
  period: { year: 2021, month: 1 },
  outDir: out,
  formats: ['md', 'docx'],
  hooks,
});
/** Change a narrative so a rebuild would produce different bytes: the comparison below can fail. */
function changeData() {
  const f = join(ws.data, '2021-01', 'finance.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('Nhìn chung hoạt động ngân hàng cơ bản ổn định.', 'Hoạt động ngân hàng đã đổi.'));
}

describe('a failed or interrupted build loses nothing', () => {
  it.each([
    ['after the first temporary file', 1, () => new Error('injected: process killed')],
    ['after the second temporary file', 2, () => new Error('injected: process killed')],
    ['with a disk-full error', 1, () => new ReportError({ code: 'WRITE_FAILED', params: { path: 'x', reason: 'ENOSPC' } })],
  ])('keeps every earlier output byte-identical and removes its temporaries: failure %s', async (_what, failAt, error) => {
    const before = earlierOutputs();
    changeData();
    let written = 0;
    const hooks = {
      afterTempWrite: () => {
        if (++written === failAt) throw error();
      },
    };
    await expect(build(options(hooks), quietIo)).rejects.toThrow();
    expect(written).toBe(failAt);
    expect(fileTree(out)).toEqual(before);
    // the same build without the failure does replace them: the comparison above could have failed
    expect(await build(options({}), quietIo)).toBe(0);
    expect(fileTree(out)['report-2021-01.md']).not.toBe(before['report-2021-01.md']);
    expect(readdirSync(out).sort()).toEqual(NAMES);
  });

  it('clears temporaries a killed build left behind, but not those of a build still running', async () => {
    mkdirSync(out, { recursive: true });
    const dead = 'report-2021-01.md.tmp-999999999-abc';
    const alive = `report-2021-01.md.tmp-${process.ppid}-abc`;
    writeFileSync(join(out, dead), 'partial');
    writeFileSync(join(out, alive), 'in progress');
    writeFileSync(join(out, 'notes.tmp-1-x'), 'not ours');
    expect((await runCli(buildArgs(out))).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...NAMES, alive, 'notes.tmp-1-x'].sort());
  });

  it('without report.yaml, --allow-missing is no way round it: a located diagnostic, nothing written', async () => {
    rmSync(join(ws.data, '2021-01', 'report.yaml'));
    const r = await runCli(buildArgs(out, '--allow-missing'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${ws.data}/2021-01/report.yaml  -  lỗi LOAD_FILE_MISSING: Thiếu tệp report.yaml`);
    expect(r.stderr).not.toMatch(/TypeError|Cannot read|RENDER_TEMPLATE_ERROR/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes nothing at all when the data is invalid', async () => {
    writeFileSync(join(ws.data, '2021-01', 'finance.yaml'), 'chi_tieu: [\n');
    const r = await runCli(buildArgs(out));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the tool never writes into data/', () => {
  it.each([
    ['a folder inside data', (d: string) => join(d, 'out')],
    ['data itself', (d: string) => d],
    ['a month folder, by a winding path', (d: string) => `${d}/../data/2021-01`],
  ])('refuses --out pointing at %s (exit 2) and leaves data/ unchanged', async (_what, target) => {
    const before = fileTree(ws.data);
    const r = await runCli(buildArgs(target(ws.data)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WRITE_INTO_DATA');
    expect(r.stdout).toBe('');
    expect(fileTree(ws.data)).toEqual(before);
  });

  it('follows a symbolic link that leads into data/', async () => {
    const link = join(ws.root, 'link-out');
    symlinkSync(join(ws.data, '2021-01'), link);
    const before = fileTree(ws.data);
    const r = await runCli(buildArgs(link));
    expect([r.code, r.stderr.includes('WRITE_INTO_DATA')]).toEqual([2, true]);
    expect(fileTree(ws.data)).toEqual(before);
  });

  it('leaves data/ byte-identical after a successful build', async () => {
    const before = fileTree(ws.data);
    expect((await runCli(buildArgs(out))).code).toBe(0);
    expect(fileTree(ws.data)).toEqual(before);
  });
});

describe('an output path that cannot be written is a usage error, named as given', () => {
  it('an --out that is an existing file: WRITE_NOT_DIRECTORY before any rendering', async () => {
    writeFileSync(join(ws.root, 'taken'), 'x');
    const r = await runCli([...buildArgs(join(ws.root, 'taken'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WRITE_NOT_DIRECTORY');
    expect(r.stderr).toContain(`"${join(ws.root, 'taken')}"`);
    expect(readFileSync(join(ws.root, 'taken'), 'utf8')).toBe('x');
  });

  it('an --out under a regular file (unwritable even for root): WRITE_FAILED', async () => {
    writeFileSync(join(ws.root, 'taken'), 'x');
    const r = await runCli(buildArgs(join(ws.root, 'taken', 'sub')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/WRITE_FAILED: Không ghi được ".*taken\/sub": một phần của đường dẫn là tệp/);
  });

  it('an output name taken by a folder: WRITE_TARGET_IS_FOLDER, and the other output is not replaced', async () => {
    const before = earlierOutputs();
    const docx = join(out, 'report-2021-01.docx');
    // the docx replaced by a folder of the same name
    rmSync(docx);
    mkdirSync(docx);
    changeData();
    const r = await runCli(buildArgs(out));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WRITE_TARGET_IS_FOLDER');
    expect(fileTree(out)['report-2021-01.md']).toBe(before['report-2021-01.md']);
    expect(readdirSync(out).sort()).toEqual(NAMES);
    expect(readdirSync(docx)).toEqual([]);
  });

  it('a read-only output: WRITE_LOCKED names it, and no output of the set is replaced', async () => {
    const before = earlierOutputs();
    const docx = join(out, 'report-2021-01.docx');
    chmodSync(docx, 0o444);
    changeData();
    try {
      const r = await runCli(buildArgs(out));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`WRITE_LOCKED: Không thay được ${out}/report-2021-01.docx: tệp chỉ cho đọc; chưa thay tệp kết quả nào.`);
      expect(r.stdout).toBe('');
      expect(fileTree(out)).toEqual(before);
      // writable again, the same build replaces both: the comparison above could fail
      chmodSync(docx, 0o644);
      expect((await runCli(buildArgs(out))).code).toBe(0);
      expect(fileTree(out)['report-2021-01.md']).not.toBe(before['report-2021-01.md']);
    } finally {
      chmodSync(docx, 0o644);
    }
  });

  // permissions do not bind root: run as root (a container, CI), the command runs as nobody (setpriv), whom they bind
  it('a read-only folder (chmod 555): WRITE_FAILED', async (ctx) => {
    const asRoot = process.getuid?.() === 0;
    if (asRoot) requireTools(ctx, ['setpriv']);
    requireBundle(ctx);
    mkdirSync(out);
    chmodSync(out, 0o555);
    // nobody reads the workspace (mkdtemp made it 0700)
    if (asRoot) chmodSync(ws.root, 0o755);
    try {
      const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
      const r = spawnSync(command[0]!, [...command.slice(1), 'bin/report.js', ...buildArgs(out)], { encoding: 'utf8' });
      expect(r.stderr).toContain('WRITE_FAILED');
      expect(r.status).toBe(2);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      chmodSync(out, 0o755);
    }
  });

  it('an empty --out is refused instead of writing into the current folder', async () => {
    const r = await runCli(buildArgs(''));
    expect([r.code, r.stderr.includes('CLI_BAD_ARGUMENT')]).toEqual([2, true]);
  });

  it('an output folder that is a file is found before the data is even read', async () => {
    writeFileSync(join(ws.root, 'taken'), 'x');
    writeFileSync(join(ws.data, '2021-01', 'finance.yaml'), 'chi_tieu: [\n');
    const r = await runCli(buildArgs(join(ws.root, 'taken')));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('LOAD_YAML_SYNTAX');
    expect(statSync(join(ws.root, 'taken')).isFile()).toBe(true);
  });
});
