/** PDF conversion (I/O): the DOCX printed to PDF by LibreOffice, headless, with a private profile. */
import { childProcess } from './child-process.js';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReportError } from './errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The LibreOffice executable on PATH (soffice, or libreoffice as some packages name it), or null. */
export function findSoffice(env: Env): string | null {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here: try the next folder
      }
    }
  }
  return null;
}

/** The LibreOffice executable, or WRITE_PDF_NO_LIBREOFFICE (exit 2) when it is not installed. */
export function requireSoffice(env: Env): string {
  const soffice = findSoffice(env);
  if (!soffice) throw new ReportError({ code: 'WRITE_PDF_NO_LIBREOFFICE', params: {} });
  return soffice;
}

const TIMEOUT_MS = 180_000;

/**
 * Convert DOCX bytes to PDF bytes. Works in a private temporary folder that also holds the LibreOffice profile,
 * so parallel runs and a desktop LibreOffice already open never share state. Throws WRITE_PDF_FAILED.
 */
export async function convertToPdf(soffice: string, docx: Uint8Array, name: string, env: Env): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ];
    const stderr = await new Promise<string>((resolve, reject) => {
      childProcess().execFile(
        soffice,
        args,
        { env: { ...env, HOME: env['HOME'] ?? dir }, timeout: TIMEOUT_MS, maxBuffer: 4 << 20 },
        (error, _out, err) => (error ? reject(Object.assign(error, { stderr: err })) : resolve(String(err))),
      );
    }).catch((e: Error & { stderr?: string }) => {
      throw new ReportError(
        { code: 'WRITE_PDF_FAILED', params: { reason: (e.stderr || e.message).trim().split('\n')[0] ?? '' } },
        { cause: e },
      );
    });
    try {
      return readFileSync(join(dir, `${name}.pdf`));
    } catch (e) {
      // soffice exits 0 even when it could not convert; its stderr says why
      throw new ReportError({ code: 'WRITE_PDF_FAILED', params: { reason: stderr.trim().split('\n')[0] ?? '' } }, { cause: e });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
