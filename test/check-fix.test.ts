/** report check --fix [--write]: the proof-reader's corrections as a diff, written only when asked, never over a changed file. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { fileTree, restoreData, ROOT, workspace } from './support/workspace.js';

const ws = workspace();
afterAll(() => ws.remove());
const proof = (stdout: string) => (JSON.parse(stdout) as { code: string; file: string }[]).filter((d) => d.code.startsWith('PROOF_'));

describe('report check --fix', () => {
  it('prints the corrections as a diff and writes nothing', async () => {
    const before = fileTree(ws.data);
    const r = await runCli([...ws.args, 'check', '2021-01', '--fix']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/');
    expect(r.stdout).toContain('-      truyền thống, chương trình văn nghệ mừng Xuân; thống nhất chương trình tổ chức chức Hội Xòe Chiêng');
    expect(r.stdout).toContain('+      truyền thống, chương trình văn nghệ mừng Xuân; thống nhất chương trình tổ chức Hội Xòe Chiêng');
    expect(r.stderr).toContain('PROOF_DOUBLED_WORD');
    expect(fileTree(ws.data)).toEqual(before);
  });

  it('with --write corrects every data file it flagged; what is left is in the templates', async () => {
    try {
      const r = await runCli([...ws.args, 'check', '2021-01', '--fix', '--write']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('data/2021-01/priorities.yaml: 11 chỗ đã sửa');
      const after = await runCli([...ws.args, 'check', '2021-01', '--format', 'json']);
      // the sector paragraphs are data now: only the wording a template still holds is left
      expect(proof(after.stdout).map((d) => d.file.replace(/^.*\/templates\//, 'templates/'))).toEqual([
        'templates/sections/assessment.hbs',
      ]);
      // a folded paragraph: its lines joined as YAML reads them
      expect(readFileSync(join(ws.data, '2021-01', 'health.yaml'), 'utf8').replace(/\n +/g, ' ')).toContain(
        'tiểu ngạch và được cách ly y tế',
      );
    } finally {
      restoreData(ws, ['2021-01']);
    }
  });

  it('does not write over a file that is not in NFC form: its bytes would change beyond the corrections', async () => {
    const path = join(ws.data, '2021-01', 'culture.yaml');
    const nfd = readFileSync(path, 'utf8').normalize('NFD');
    writeFileSync(path, nfd);
    try {
      const r = await runCli([...ws.args, 'check', '2021-01', '--fix', '--write']);
      expect(r.stderr).toMatch(/culture\.yaml {2}- {2}cảnh báo PROOF_FIX_NOT_WRITTEN/);
      expect(readFileSync(path, 'utf8')).toBe(nfd);
    } finally {
      restoreData(ws, ['2021-01']);
    }
  });

  it('proof-reads the labels of the sector definitions too (the appendix prints them), at their line, never rewriting them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-defs-'));
    try {
      cpSync(join(ROOT, 'schemas'), join(root, 'schemas'), { recursive: true });
      const file = join(root, 'schemas', 'sectors', 'agriculture.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('label: Diện tích làm đất lúa vụ Đông Xuân', 'label: Diện tích làm làm đất lúa vụ Đông Xuân'),
      );
      const r = await runCli(['--root', root, ...ws.args, 'check', '2021-01', '--format', 'json']);
      const found = proof(r.stdout).filter((d) => d.file.includes('schemas/'));
      expect(found.map((d) => [d.code, d.file.replace(root, '<root>')])).toEqual([
        ['PROOF_DOUBLED_WORD', '<root>/schemas/sectors/agriculture.yaml'],
      ]);
      const fix = await runCli(['--root', root, ...ws.args, 'check', '2021-01', '--fix']);
      expect(fix.stdout).not.toContain('schemas/sectors');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses --write without --fix, and --fix with a machine format, as usage errors', async () => {
    expect((await runCli([...ws.args, 'check', '2021-01', '--write'])).code).toBe(2);
    expect((await runCli([...ws.args, 'check', '2021-01', '--fix', '--format', 'json'])).code).toBe(2);
  });
});
