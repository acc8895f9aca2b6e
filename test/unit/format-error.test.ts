/** src/format-error.ts: diagnostics as text, JSON and GitHub annotations; their order; the exit code they make. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { exitCodeFor, formatDiagnostic, formatDiagnostics, sortDiagnostics, toJson } from '../../src/format-error.js';

const negativeParams = { label: 'Thu ngân sách', value: '-709' };
const negative = new ReportError({
  code: 'VALIDATE_NEGATIVE',
  file: 'data/2021-01/finance.yaml',
  line: 4,
  column: 3,
  dataPath: ['chi_tieu', 'thu_ngan_sach'],
  params: negativeParams,
});
const rateParams = {
  label: 'Tỷ lệ hộ nghèo',
  stated: '10,81%',
  numerator: '1.548',
  denominator: '14.408',
  computed: '10,74%',
  impliedBase: '14.320',
};
const rate = new ReportError({
  code: 'VALIDATE_RATE_MISMATCH',
  severity: 'warning',
  file: 'data/2021-01/labour.yaml',
  line: 9,
  column: 3,
  dataPath: ['chi_tieu', 'giam_ngheo_ty_le_ho_ngheo'],
  params: rateParams,
});
const period = new ReportError({ code: 'CLI_BAD_PERIOD', params: { value: '2021-13' } });

describe('formatDiagnostic (text)', () => {
  it('writes file:line:column, the data path, the severity and code with the message, then the hint indented', () => {
    expect(formatDiagnostic(negative, { lang: 'vi' })).toBe(
      'data/2021-01/finance.yaml:4:3  chi_tieu.thu_ngan_sach  lỗi VALIDATE_NEGATIVE: Thu ngân sách: không được âm, nhận được -709.\n' +
        '    gợi ý: Chỉ tiêu này không thể âm: kiểm tra dấu trừ, hoặc ghi số giảm vào lời văn.',
    );
    expect(formatDiagnostic(rate, { lang: 'en' })).toBe(
      'data/2021-01/labour.yaml:9:3  chi_tieu.giam_ngheo_ty_le_ho_ngheo  warning VALIDATE_RATE_MISMATCH: ' +
        'Tỷ lệ hộ nghèo states 10,81%, but 1.548 / 14.408 = 10,74%.\n    hint: The data is kept as reported; the stated rate implies a base of about 14.320.',
    );
  });

  it('says "(chung)" and "-" for a problem with no file and no data path, and writes list indexes in brackets', () => {
    expect(formatDiagnostic(period, { lang: 'vi' }).split('\n')[0]).toBe(
      '(chung)  -  lỗi CLI_BAD_PERIOD: Kỳ báo cáo "2021-13" không hợp lệ: phải có dạng YYYY-MM với tháng từ 01 đến 12.',
    );
    expect(formatDiagnostic(period, { lang: 'en' })).toMatch(/^\(general\) {2}- {2}error CLI_BAD_PERIOD: /);
    // a file without a position is shown without one
    const listed = new ReportError({
      code: 'VALIDATE_NEGATIVE',
      params: negativeParams,
      file: 'data/x.yaml',
      dataPath: ['noi_dung', 'ds', 2, 'ten'],
    });
    expect(formatDiagnostic(listed, { lang: 'vi' })).toMatch(/^data\/x\.yaml {2}noi_dung\.ds\[2\]\.ten {2}lỗi /);
  });

  it('colours only the severity word, and only when asked', () => {
    expect(formatDiagnostic(negative, { lang: 'vi', color: true })).toContain('  \u001b[31mlỗi\u001b[39m VALIDATE_NEGATIVE: ');
    expect(formatDiagnostic(rate, { lang: 'vi', color: true })).toContain('  \u001b[33mcảnh báo\u001b[39m VALIDATE_RATE_MISMATCH: ');
    expect(formatDiagnostic(negative, { lang: 'vi' })).not.toContain('\u001b');
  });

  it('shows control characters from the data as visible symbols, so they cannot drive the terminal', () => {
    const hostile = new ReportError({
      code: 'VALIDATE_NEGATIVE',
      file: 'data/\u001b[2Jx.yaml',
      dataPath: ['a\u0007'],
      params: { label: '\u001b]0;title\u0007', value: '1' },
    });
    const text = formatDiagnostic(hostile, { lang: 'vi' });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toContain('data/␛[2Jx.yaml  a␇  lỗi VALIDATE_NEGATIVE: ␛]0;title␇: không được âm');
  });
});

describe('formatDiagnostics', () => {
  it('text: sorted by file, line and column, errors before warnings at one place, then a count line', () => {
    const sameSpot = new ReportError({
      code: 'VALIDATE_RATE_MISMATCH',
      params: rateParams,
      severity: 'warning',
      file: negative.file,
      line: 4,
      column: 3,
    });
    const text = formatDiagnostics([rate, sameSpot, negative, period], 'text', { lang: 'vi' });
    const heads = text.split('\n').filter((l) => l !== '' && !l.startsWith('    '));
    expect(heads.map((l) => l.split('  ')[0])).toEqual([
      '(chung)',
      'data/2021-01/finance.yaml:4:3',
      'data/2021-01/finance.yaml:4:3',
      'data/2021-01/labour.yaml:9:3',
      '2 lỗi, 2 cảnh báo trong 2 tệp',
    ]);
    expect(heads[1]).toContain('lỗi VALIDATE_NEGATIVE');
    expect(heads[2]).toContain('cảnh báo VALIDATE_RATE_MISMATCH');
    expect(formatDiagnostics([negative], 'text', { lang: 'en' }).endsWith('\n1 error(s), 0 warning(s) in 1 file(s)\n')).toBe(true);
    expect(formatDiagnostics([], 'text', { lang: 'vi' })).toBe('');
    // a problem of the arguments belongs to no file: the count line says nothing of files
    expect(formatDiagnostics([period], 'text', { lang: 'vi' }).endsWith('\n1 lỗi, 0 cảnh báo\n')).toBe(true);
    expect(formatDiagnostics([period], 'text', { lang: 'en' }).endsWith('\n1 error(s), 0 warning(s)\n')).toBe(true);
  });

  it('json: one object per diagnostic with stable fields, null where there is nothing', () => {
    const list = JSON.parse(formatDiagnostics([negative, period], 'json', { lang: 'en' })) as unknown[];
    expect(list).toEqual([
      {
        code: 'CLI_BAD_PERIOD',
        severity: 'error',
        file: null,
        line: null,
        column: null,
        path: '',
        message: 'Period "2021-13" is invalid: it must be YYYY-MM with a month from 01 to 12.',
        hint: 'Write a four-digit year, a hyphen and a two-digit month: 2021-01 is January 2021.',
      },
      toJson(negative, 'en'),
    ]);
    expect(toJson(negative, 'en')).toEqual({
      code: 'VALIDATE_NEGATIVE',
      severity: 'error',
      file: 'data/2021-01/finance.yaml',
      line: 4,
      column: 3,
      path: 'chi_tieu.thu_ngan_sach',
      message: 'Thu ngân sách: cannot be negative, received -709.',
      hint: 'This figure cannot be negative: check the minus sign, or describe a decrease in the text.',
    });
    expect(formatDiagnostics([], 'json', { lang: 'vi' })).toBe('[]\n');
  });

  it('github: one workflow command per diagnostic, "%", line breaks, ":" and "," escaped as the runner reads them', () => {
    const odd = new ReportError({
      code: 'VALIDATE_NEGATIVE',
      file: 'data/a,b:c.yaml',
      line: 2,
      column: 1,
      params: { label: '50% x', value: '1' },
    });
    const out = formatDiagnostics([odd, period], 'github', { lang: 'en' });
    expect(out.split('\n')).toEqual([
      '::error title=CLI_BAD_PERIOD::Period "2021-13" is invalid: it must be YYYY-MM with a month from 01 to 12.%0AWrite a four-digit year, a hyphen and a two-digit month: 2021-01 is January 2021.',
      '::error file=data/a%2Cb%3Ac.yaml,line=2,col=1,title=VALIDATE_NEGATIVE::50%25 x: cannot be negative, received \
1.%0AThis figure cannot be negative: check the minus sign, or describe a decrease in the text.',
      '',
    ]);
    expect(formatDiagnostics([rate], 'github', { lang: 'vi', color: true })).toMatch(
      /^::warning file=data\/2021-01\/labour\.yaml,line=9,col=3,title=VALIDATE_RATE_MISMATCH::chi_tieu\.giam_ngheo_ty_le_ho_ngheo: /,
    );
  });
});

describe('sortDiagnostics', () => {
  it('keeps the input untouched and orders by file, line, column, severity, code', () => {
    const input = [rate, negative, period];
    expect(sortDiagnostics(input).map((e) => e.code)).toEqual(['CLI_BAD_PERIOD', 'VALIDATE_NEGATIVE', 'VALIDATE_RATE_MISMATCH']);
    expect(input.map((e) => e.code)).toEqual(['VALIDATE_RATE_MISMATCH', 'VALIDATE_NEGATIVE', 'CLI_BAD_PERIOD']);
  });
});

describe('sortDiagnostics: the order of localeCompare, numeric for files', () => {
  // paths and codes are ordered by hand where ICU's order is known (src/format-error.ts): ICU is the oracle
  const byFile = (files: readonly string[]) =>
    sortDiagnostics(files.map((file) => new ReportError({ code: 'CLI_BAD_PERIOD', params: { value: '' }, file }))).map((e) => e.file);
  it('orders paths as localeCompare with numeric order does', () => {
    const path = fc.oneof(
      fc.stringMatching(/^[-_./0-9a-z]{0,12}$/),
      fc.stringMatching(/^[-_./0-9A-Z]{0,12}$/),
      fc.stringMatching(/^[-_./0-9a-zA-Zđă!]{0,8}$/),
      fc.constantFrom(
        'data/2021-01/labour.yaml',
        'data/2021-01/labour-x.yaml',
        'data/2021-01/labour_x.yaml',
        'a01',
        'a1',
        'a001b',
        'H9',
        'H11',
      ),
    );
    fc.assert(
      fc.property(fc.array(path, { maxLength: 8 }), (files) => {
        expect(byFile(files)).toEqual([...files].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
      }),
      { numRuns: 3000 },
    );
  });
  it('orders codes as localeCompare does ("_" before letters)', () => {
    const codes = ['RENDER_TEMPLATES_DIR_MISSING', 'RENDER_TEMPLATE_ERROR', 'PROOF_DOTS', 'PROOF_DOUBLED_WORD', 'LOAD_FILE_MISSING'];
    const sorted = sortDiagnostics(codes.map((code) => new ReportError({ code: code as 'PROOF_DOTS', params: {} as never })));
    expect(sorted.map((e) => e.code)).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
  });
});

describe('exitCodeFor', () => {
  it('is 3 for an internal error, else 2 for a usage error, else 1 for a data error, and 0 for warnings only', () => {
    const internal = new ReportError({ code: 'INTERNAL', params: { detail: 'x' } });
    expect(exitCodeFor([negative, period, internal])).toBe(3);
    expect(exitCodeFor([negative, period])).toBe(2);
    expect(exitCodeFor([negative, rate])).toBe(1);
    expect(exitCodeFor([rate])).toBe(0);
    expect(exitCodeFor([])).toBe(0);
    // a usage code given as a warning does not fail the run
    expect(exitCodeFor([new ReportError({ code: 'CLI_BAD_PERIOD', severity: 'warning', params: { value: 'x' } })])).toBe(0);
  });
});
