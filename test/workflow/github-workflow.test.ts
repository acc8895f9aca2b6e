/** The example GitHub Actions workflow only calls commands and options the program has. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProgram } from '../../src/cli.js';

interface Step {
  run?: string;
  uses?: string;
}
const workflow = parse(readFileSync('.github/workflows/report.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const runs = Object.values(workflow.jobs)
  .flatMap((j) => j.steps)
  .map((s) => s.run ?? '');

/** Every `npx report …` invocation: the command and the --options given to it, up to the end of the shell command. */
function invocations(): { command: string; options: string[]; text: string }[] {
  const out: { command: string; options: string[]; text: string }[] = [];
  for (const script of runs) {
    for (const m of script.matchAll(/npx report\s+([^|;&>\n)]*)/g)) {
      const words = m[1]!.trim().split(/\s+/);
      out.push({ command: words[0]!, options: words.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]!), text: m[0] });
    }
  }
  return out;
}

describe('.github/workflows/report.yml', () => {
  const program = createProgram({ out: () => {}, err: () => {}, color: false, lang: 'vi' }, () => {}, {
    lang: 'vi',
    debug: false,
    diagnostics: 'text',
  });
  const globalOptions = program.options.map((o) => o.long);

  it('uses check (github format), build --all, diff --format md, and uploads out/', () => {
    const used = invocations().map((i) => i.text);
    expect(used).toContain('npx report check "$m" --format github ');
    expect(used).toContain('npx report build --all');
    expect(used).toContain('npx report diff "$prev" "$m" --format md ');
    expect(runs.join('\n')).toContain('$GITHUB_STEP_SUMMARY');
    const upload = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect((upload as { with?: { path?: string } } | undefined)?.with?.path).toBe('out/');
  });

  it.each(invocations().map((i) => [i.text.trim(), i]))('"%s" is a command of the program with those options', (_, i) => {
    const command = program.commands.find((c) => c.name() === i.command || c.aliases().includes(i.command));
    expect(command, `report ${i.command}`).toBeDefined();
    const known = [...command!.options.map((o) => o.long), ...globalOptions];
    for (const o of i.options) expect(known, `report ${i.command} ${o}`).toContain(o);
  });
});

describe('Node versions', () => {
  const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
  const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: { test: { strategy: { matrix: { node: number[] } } } } };

  it("the project's CI tests every Node line engines names, and engines names only those", () => {
    const lines = ci.jobs.test.strategy.matrix.node;
    expect(engines.split('||').map((r) => Number(/\^(\d+)\./.exec(r.trim())?.[1]))).toEqual(lines);
    expect(lines).toEqual([20, 22, 24]);
  });

  it('the example workflow runs on a supported LTS line that CI tests', () => {
    const example = parse(readFileSync('.github/workflows/report.yml', 'utf8')) as {
      jobs: Record<string, { steps: { with?: { 'node-version'?: number } }[] }>;
    };
    const versions = Object.values(example.jobs)
      .flatMap((j) => j.steps)
      .map((s) => s.with?.['node-version'])
      .filter((v) => v !== undefined);
    expect(versions).toEqual([22]);
  });
});
