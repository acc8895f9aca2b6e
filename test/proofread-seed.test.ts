/**
 * The proof-reader against the seed: every typo a careful read of the published January 2021 report finds (listed
 * here, each with the seed's own words around it), found by `report check 2021-01` at its line and column in the
 * shipped data or templates, and nothing else flagged. The report itself still prints them as published.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { buildSeedMonth, normalize, seedText } from './support/seed.js';

interface SeedTypo {
  readonly code: string;
  /** Where check reports it: file:line:column. */
  readonly at: string;
  /** The words the warning quotes. */
  readonly found: string;
  /** The seed's text around it, verbatim: proves the typo is the seed's, not the data's. */
  readonly seed: string;
}

const D = 'data/2021-01';
/** The typos of the seed, in report order of their files. */
const SEED_TYPOS: readonly SeedTypo[] = [
  { code: 'PROOF_COMMON_NOUN_CAPITAL', at: `${D}/agriculture.yaml:42:90`, found: 'Dịch', seed: 'ảnh hưởng của bệnh Dịch tả lợn Châu Phi' },
  { code: 'PROOF_CAPITALISATION', at: `${D}/agriculture.yaml:42:102`, found: 'Châu Phi', seed: 'bệnh Dịch tả lợn Châu Phi, khan hiếm' },
  { code: 'PROOF_CAPITALISATION', at: `${D}/assessment.yaml:13:47`, found: 'nhân dân', seed: 'chăm sóc sức khỏe nhân dân được quan tâm' },
  { code: 'PROOF_CAPITALISATION', at: `${D}/assessment.yaml:14:29`, found: 'Nguyên Đán', seed: 'cho dịp Tết Nguyên Đán được chỉ đạo' },
  { code: 'PROOF_CAPITALISATION', at: `${D}/assessment.yaml:23:55`, found: 'Luật lâm', seed: 'các vụ vi phạm về Luật lâm nghiệp.' },
  { code: 'PROOF_MISSPELLING', at: `${D}/assessment.yaml:37:34`, found: 'cập nhập', seed: 'chưa thường xuyên cập nhập, nghiên cứu' },
  {
    code: 'PROOF_COMMON_NOUN_CAPITAL',
    at: `${D}/assessment.yaml:54:28`,
    found: 'Doanh nghiệp',
    seed: 'Các tiểu thương, các Doanh nghiệp, HTX',
  },
  {
    code: 'PROOF_CAPITAL_AFTER_SEMICOLON',
    at: `${D}/assessment.yaml:57:89`,
    found: 'Công',
    seed: 'đơn vị thực hiện; Công chức kế toán xã',
  },
  {
    code: 'PROOF_BULLET_PUNCTUATION',
    at: `${D}/assessment.yaml:59:26`,
    found: 'túng',
    seed: 'nên khi thực hiện còn lúng túng - Việc phân công',
  },
  { code: 'PROOF_CAPITALISATION', at: `${D}/assessment.yaml:65:37`, found: 'tết', seed: 'muốn về quê ăn tết;' },
  { code: 'PROOF_DOUBLED_WORD', at: `${D}/culture.yaml:20:86`, found: 'chức chức', seed: 'chương trình tổ chức chức Hội Xòe Chiêng' },
  { code: 'PROOF_COMMON_NOUN_CAPITAL', at: `${D}/education.yaml:6:104`, found: 'Sơ kết', seed: 'các điều kiện tổ chức Sơ kết học kỳ I' },
  { code: 'PROOF_MISSPELLING', at: `${D}/education.yaml:8:8`, found: 'modun', seed: 'chương trình giáo dục phổ thông mới (modun 2)' },
  {
    code: 'PROOF_LOWERCASE_AFTER_STOP',
    at: `${D}/environment.yaml:20:79`,
    found: '. tham',
    seed: 'ô nhiễm môi trường, khoáng sản. tham gia ý kiến',
  },
  { code: 'PROOF_COMMON_NOUN_CAPITAL', at: `${D}/forestry.yaml:20:36`, found: 'Tập thể', seed: 'để chi trả cho các Tập thể, các hộ dân' },
  { code: 'PROOF_CAPITALISATION', at: `${D}/government.yaml:20:35`, found: 'Ban bí thư', seed: 'ngày 24/3/2020 của Ban bí thư cho cán bộ' },
  { code: 'PROOF_DOTS', at: `${D}/government.yaml:26:17`, found: ',…', seed: 'thi đua - khen thưởng, công tác thanh niên,…' },
  {
    code: 'PROOF_COMMON_NOUN_CAPITAL',
    at: `${D}/health.yaml:18:70`,
    found: 'Dịch',
    seed: 'duy trì các biện pháp phòng, chống Dịch trên địa bàn',
  },
  { code: 'PROOF_DOUBLED_WORD', at: `${D}/health.yaml:20:21`, found: 'được được', seed: 'qua đường tiểu ngạch và được được cách ly y tế' },
  { code: 'PROOF_CAPITALISATION', at: `${D}/health.yaml:28:96`, found: 'Luật hôn', seed: 'vi phạm Luật hôn nhân và gia đình' },
  {
    code: 'PROOF_DOUBLED_WORD',
    at: `${D}/inspection-justice.yaml:23:94`,
    found: 'trong trong',
    seed: 'thực hiện pháp luật trong trong các cơ quan',
  },
  {
    code: 'PROOF_CAPITALISATION',
    at: `${D}/priorities.yaml:5:35`,
    found: 'Đảng cộng sản Việt Nam',
    seed: 'ngày thành lập Đảng cộng sản Việt Nam (03/02/1930',
  },
  { code: 'PROOF_CAPITAL_AFTER_SEMICOLON', at: `${D}/priorities.yaml:10:16`, found: 'Chăm', seed: 'vụ Xuân Hè 2021; Chăm sóc và bảo vệ' },
  {
    code: 'PROOF_CAPITAL_AFTER_SEMICOLON',
    at: `${D}/priorities.yaml:10:105`,
    found: 'Làm',
    seed: 'kế hoạch trồng mới năm 2021; Làm tốt công tác phòng',
  },
  {
    code: 'PROOF_CAPITALISATION',
    at: `${D}/priorities.yaml:19:68`,
    found: 'nhân dân',
    seed: 'Tổ chức tuyên truyền và chỉ đạo nhân dân thực hiện',
  },
  { code: 'PROOF_CAPITALISATION', at: `${D}/priorities.yaml:20:55`, found: 'nhân dân', seed: 'Vận động nhân dân khoanh nuôi' },
  {
    code: 'PROOF_DOUBLED_WORD',
    at: `${D}/priorities.yaml:29:86`,
    found: 'lập quy hoạch lập quy hoạch',
    seed: 'sử dụng đất; lập quy hoạch lập quy hoạch sử dụng đất',
  },
  { code: 'PROOF_CAPITALISATION', at: `${D}/priorities.yaml:51:15`, found: 'Nguyên Đán', seed: 'chuyên cần trước và sau tết Nguyên Đán.' },
  {
    code: 'PROOF_CAPITALISATION',
    at: `${D}/priorities.yaml:56:11`,
    found: 'Nguyên Đán',
    seed: 'vào địa bàn dịp trước, trong và sau tết Nguyên Đán. Tăng cường',
  },
  {
    code: 'PROOF_CAPITAL_AFTER_SEMICOLON',
    at: `${D}/priorities.yaml:62:30`,
    found: 'Tăng',
    seed: 'mừng đất nước đổi mới; Tăng cường công tác kiểm tra',
  },
  { code: 'PROOF_CAPITALISATION', at: `${D}/priorities.yaml:63:37`, found: 'nguyên đán', seed: 'trước, trong và sau tết nguyên đán.' },
  { code: 'PROOF_DOTS', at: `${D}/priorities.yaml:69:20`, found: '....', seed: 'dạy nghề, cai nghiện ma túy.... Hướng dẫn' },
  {
    code: 'PROOF_CAPITALISATION',
    at: `${D}/security.yaml:25:12`,
    found: 'tổ quốc',
    seed: 'phong trào toàn dân bảo vệ an ninh tổ quốc; ban an toàn giao thông',
  },
  {
    code: 'PROOF_CAPITALISATION',
    at: `${D}/security.yaml:25:21`,
    found: 'ban an toàn giao thông',
    seed: 'an ninh tổ quốc; ban an toàn giao thông năm 2020',
  },
  {
    code: 'PROOF_CAPITALISATION',
    at: `${D}/security.yaml:44:94`,
    found: 'tổ quốc',
    seed: 'an ninh tổ quốc với 2.903 lượt người',
  },
  {
    code: 'PROOF_COMMON_NOUN_CAPITAL',
    at: 'templates/sections/assessment.hbs:8:22',
    found: 'Hạn chế',
    seed: '2. Tồn tại, Hạn chế, nguyên nhân',
  },
];

interface Diagnostic {
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

describe('the proof-reader on the seed report', () => {
  it('lists only typos the published report really has', () => {
    const seed = normalize(seedText());
    for (const t of SEED_TYPOS) expect(seed, t.seed).toContain(t.seed);
  });

  it('finds every one of them at its line and column, and flags nothing else', async () => {
    const r = await runCli(['check', '2021-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const found = (JSON.parse(r.stdout) as Diagnostic[]).filter((d) => d.code.startsWith('PROOF_'));
    expect(found.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual(SEED_TYPOS.map((t) => `${t.code} ${t.at}`));
    for (const [i, d] of found.entries()) expect(d.message).toContain(`"${SEED_TYPOS[i]!.found}"`);
  });

  it('leaves the report as published: the typos are printed as written', async () => {
    const md = normalize(await buildSeedMonth());
    for (const t of SEED_TYPOS.filter((x) => x.code !== 'PROOF_BULLET_PUNCTUATION')) expect(md).toContain(t.found);
  });
});
