/**
 * `report new` and `report new-sector`: the files of a new office that builds at once (settings, one example sector,
 * district, plan, a month of data, templates, CI workflow, README), and those of a new sector. Pure: text out.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import { periodId, twoDigits, type Period } from './period.js';
import type { OutputFile } from './write.js';

const EXAMPLE = 'nong-nghiep';

const officeYaml = `# yaml-language-server: $schema=office.schema.json
# Cài đặt của đơn vị: thứ tự các ngành, lĩnh vực của biểu phụ lục, đơn vị tính, cách đánh số đề mục và viết số.
# Mỗi ngành có định nghĩa schemas/sectors/<mã ngành>.yaml; thêm ngành bằng "report new-sector <mã ngành>".

# Các ngành của báo cáo, theo thứ tự trong báo cáo.
sectors:
  - ${EXAMPLE}

# Các lĩnh vực của biểu phụ lục (I, II…), theo thứ tự; tên in trong biểu do templates/report.hbs đặt.
groups: [kinh_te]

# Đơn vị tính được dùng sau số liệu.
units: [ha, tấn, con, hộ, người, lượt, vụ, '%', triệu đồng, tỷ đồng]

# Đánh số đề mục dưới mỗi phần, từng cấp: roman (I.), decimal (1.), nested (1.1.), letter (a)), letter-dot (a.).
numbering: [roman, decimal, nested, letter]

# true: số nguyên từ 1 đến 9 viết có số 0 đứng trước ("01 vụ").
padSmallNumbers: false

# Chữ ghi thay cho số không tính được.
placeholders:
  noData: (chưa có số liệu)
  noPlan: (chưa có kế hoạch)

# Tên báo cáo (trích yếu, dưới chữ BÁO CÁO); chỗ điền: {thang}, {nam}, {thang_sau}, {nam_thang_sau}, {nam_truoc}.
# Một tháng cần tên khác: ghi tieu_de trong data/<YYYY-MM>/report.yaml.
title: Tình hình kinh tế - xã hội tháng {thang} năm {nam}

# Đoạn văn trước đề mục đầu tiên (không bắt buộc; report.yaml ghi loi_dau để thay cho một tháng).
# preamble:
#   - Thực hiện Công văn số …

# Tên các phần của báo cáo, theo thứ tự; tên phụ lục (nhiều phụ lục: Phụ lục I, Phụ lục II).
partNames: [Phần thứ nhất, Phần thứ hai, Phần thứ ba]
appendixName: Phụ lục

# Lời so sánh: tăng, giảm, không đổi; mốc so sánh của chỉ tiêu nêu sẵn mức tăng, giảm (kind: change, against: <mã>).
comparison:
  increase: tăng
  decrease: giảm
  unchanged: không đổi
  against:
    cung_ky: so với cùng kỳ năm trước
    thang_truoc: so với tháng trước
`;

const exampleSector = `# yaml-language-server: $schema=../sector-definition.schema.json
# Ngành ví dụ: sửa, đổi tên hoặc thay bằng các ngành của đơn vị.
title: Nông nghiệp
department: ${EXAMPLE}
group: kinh_te
planTargets:
  lua_ca_nam: { label: Kế hoạch diện tích lúa cả năm, unit: ha, kind: amount, decimals: 2 }
indicators:
  lua_gieo_cay:
    label: Diện tích lúa gieo cấy
    unit: ha
    kind: amount
    decimals: 2
    accumulate: stock
    plan: lua_ca_nam
    appendix: true
  dan_trau_bo:
    label: Tổng đàn trâu, bò
    unit: con
    kind: count
    accumulate: stock
    appendix: true
texts:
  tinh_hinh_chung: Tình hình sản xuất nông nghiệp trong tháng (sau số đàn trâu, bò)
`;

/** A sector's definition as `report new-sector` starts it: no figure yet, one text. */
export const sectorDefinition = (id: string, title: string): string => `# yaml-language-server: $schema=../sector-definition.schema.json
title: ${JSON.stringify(title)}
department: ${id}
# group: <lĩnh vực của biểu phụ lục>   (khi ngành có chỉ tiêu appendix: true)
indicators: {}
texts:
  tinh_hinh_chung: Tình hình thực hiện trong tháng
`;

/** A sector's data file of one month, as `report new-sector` starts it. */
export const sectorData = (
  id: string,
  title: string,
  period: Period,
): string => `# yaml-language-server: $schema=../../schemas/${id}.schema.json
# ${title} - tháng ${twoDigits(period.month)}/${period.year}
noi_dung:
  tinh_hinh_chung: Nội dung tình hình thực hiện trong tháng.
`;

/** A sector's template, as `report new-sector` starts it. */
export const sectorTemplate = (
  id: string,
): string => `{{!-- ${id}: lời văn của ngành; số liệu in qua helper (qty, num, pctPlan…), lời văn qua text --}}
{{text t.tinh_hinh_chung}}
`;

const reportHbs = `{{!-- Báo cáo tháng. Lời văn ở đây và trong sections/*.hbs; số liệu lấy từ dữ liệu qua các helper.
      Không viết số thứ tự đề mục: công cụ tự đánh số theo numbering của schemas/office.yaml. --}}
{{#field "parentAgency"}}{{#if district.co_quan_cap_tren}}{{upper district.co_quan_cap_tren}}{{/if}}{{/field}}
{{#field "agency"}}
{{#each district.co_quan}}
{{text this}}
{{/each}}
{{/field}}
{{#field "number"}}Số: {{docNumber report.so}}/{{district.ky_hieu}}{{/field}}
{{#field "nation"}}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{{/field}}
{{#field "motto"}}Độc lập - Tự do - Hạnh phúc{{/field}}
{{#field "placeDate"}}{{text district.dia_danh}}, {{officialDate report.ngay_ban_hanh}}{{/field}}
{{#field "docType"}}BÁO CÁO{{/field}}
{{#field "summary"}}{{text title}}{{/field}}
{{#field "preamble"}}
{{#each preamble}}
{{text this}}
{{/each}}
{{/field}}

{{#part "TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG " period.mm}}
{{text report.mo_dau}}
{{#section "Về phát triển kinh tế"}}
{{#section "Nông nghiệp" sector="${EXAMPLE}"}}{{> ${EXAMPLE}}}{{/section}}
{{/section}}
{{/part}}
{{#appendix "BIỂU MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU THÁNG " period.mm "/" period.year}}
{{indicatorTable
    stt="STT" label="Chỉ tiêu" unit="Đơn vị tính"
    plan=(concat "Kế hoạch năm " period.year)
    month=(concat "Thực hiện tháng " period.mm "/" period.year)
    ytd=(concat "Lũy kế đến tháng " period.mm "/" period.year)
    samePeriod=(concat "Cùng kỳ năm " period.prevYear)
    pctPlan="% so kế hoạch" pctSamePeriod="% so cùng kỳ" note="Ghi chú"
    kinh_te="KINH TẾ"
    lagging="Chậm so với tiến độ" pointInTime="Số tại thời điểm" missing="-" pctDigits=1}}
{{/appendix}}
{{#field "recipientsTitle"}}Nơi nhận:{{/field}}
{{#field "recipients"}}
{{#each district.noi_nhan}}
- {{text this}};
{{/each}}
- Lưu: {{text district.luu}}.
{{/field}}
{{#field "authority"}}
{{#if district.nguoi_ky.thay_mat}}
TM. {{text district.nguoi_ky.thay_mat}}
{{/if}}
{{#if district.nguoi_ky.ky_thay}}
KT. {{text district.nguoi_ky.ky_thay}}
{{/if}}
{{#each district.nguoi_ky.chuc_vu}}
{{text this}}
{{/each}}
{{/field}}
{{#field "signer"}}{{text district.nguoi_ky.ho_ten}}{{/field}}
`;

const exampleTemplate = `{{!-- Nông nghiệp: mỗi số liệu in qua helper (qty: số và đơn vị; pctPlan: phần trăm kế hoạch) --}}
Diện tích lúa gieo cấy {{qty c.lua_gieo_cay}}{{#if (hasPlan c.lua_gieo_cay)}}, đạt {{pctPlan c.lua_gieo_cay 0}} \
kế hoạch{{/if}}. Tổng đàn trâu, bò {{qty c.dan_trau_bo}}; {{text t.tinh_hinh_chung}}
`;

const districtYaml = `# yaml-language-server: $schema=../schemas/district.schema.json
# Thông tin của cơ quan ban hành: loại, tên, địa bàn, người ký, nơi nhận, phòng ban phụ trách từng tệp số liệu. Sửa theo đơn vị.
# loai_co_quan: ubnd_xa, ubnd_huyen, ubnd_tinh, so (sở, ngành), phong (phòng, ban) hoặc khac.
loai_co_quan: ubnd_huyen
# Tên cơ quan như viết trong câu ("… của UBND huyện Mẫu").
ten_co_quan: UBND huyện Mẫu
# Một sở, phòng: tên cơ quan chủ quản in phía trên tên cơ quan.
# co_quan_cap_tren: UBND tỉnh Mẫu
co_quan:
  - ỦY BAN NHÂN DÂN
  - HUYỆN MẪU
dia_ban: huyện Mẫu, tỉnh Mẫu
dia_danh: Mẫu
ky_hieu: BC-UBND
nguoi_ky:
  # Ký thay mặt tập thể: "TM. ỦY BAN NHÂN DÂN"; bỏ dòng này khi người đứng đầu một sở, phòng ký.
  thay_mat: ỦY BAN NHÂN DÂN
  # Cấp phó ký thay: "KT. CHỦ TỊCH" (chuc_vu khi đó là PHÓ CHỦ TỊCH).
  # ky_thay: CHỦ TỊCH
  chuc_vu:
    - CHỦ TỊCH
  ho_ten: Họ và tên người ký
noi_nhan:
  - UBND tỉnh (b/c)
  - Các phòng, ban, ngành
luu: VT, VP
phong_ban:
  report: Văn phòng
  ${EXAMPLE}: Phòng Nông nghiệp
`;

const planYaml = (year: number) => `# yaml-language-server: $schema=../../schemas/plan.schema.json
# Kế hoạch năm ${year}: chỉ tiêu kế hoạch do các ngành khai báo (planTargets).
nam: ${year}
chi_tieu:
  lua_ca_nam: 1000
`;

const reportYaml = (period: Period) => `# yaml-language-server: $schema=../../schemas/report.schema.json
# Thông tin báo cáo tháng ${twoDigits(period.month)}/${period.year}
so: null
ngay_ban_hanh: null
ngay_chot_so_lieu: "${periodId(period)}-15"
mo_dau: Trong tháng, các ngành đã triển khai nhiệm vụ được giao; kết quả cụ thể như sau.
`;

const exampleData = (period: Period) => `# yaml-language-server: $schema=../../schemas/${EXAMPLE}.schema.json
# Nông nghiệp - tháng ${twoDigits(period.month)}/${period.year} (số liệu ví dụ: thay bằng số liệu của đơn vị)
chi_tieu:
  lua_gieo_cay: 950.5
  dan_trau_bo: 1200
noi_dung:
  tinh_hinh_chung: các xã tiếp tục chỉ đạo chăm sóc lúa và phòng chống đói, rét cho gia súc.
`;

const workflow = `# Kiểm tra số liệu và dựng báo cáo ở mỗi lần đẩy lên; báo cáo (DOCX, Markdown) là artifact của lần chạy.
name: report
on:
  push:
  pull_request:
permissions:
  contents: read
env:
  # gói công cụ report: đường dẫn tệp .tgz (npm pack) hoặc địa chỉ git của bộ công cụ
  REPORT_ENGINE: report
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npm install --no-save "$REPORT_ENGINE"
      - run: npx report schemas --check
      - run: npx report build --all
      - uses: actions/upload-artifact@v4
        with:
          name: bao-cao
          path: out/
`;

const readme = (period: Period) => `# Báo cáo kinh tế - xã hội hằng tháng

Thư mục của đơn vị cho công cụ \`report\`: số liệu theo ngành (\`data/\`), mẫu báo cáo (\`templates/\`) và định nghĩa các
ngành, cài đặt của đơn vị (\`schemas/\`). Công cụ dựng báo cáo DOCX theo Nghị định 30/2020 và bản Markdown.

- Dựng báo cáo: \`npx report build ${periodId(period)}\` → \`out/${periodId(period)}/\`.
- Kiểm tra số liệu: \`npx report check ${periodId(period)}\`; tình trạng các tệp: \`npx report status ${periodId(period)}\`.
- Tháng mới: \`npx report init <YYYY-MM>\` (chép từ tháng trước, để trống số liệu).
- Thêm ngành: \`npx report new-sector <mã ngành>\`, rồi thêm mục của ngành vào \`templates/report.hbs\`.
- Sửa cài đặt (đánh số đề mục, cách viết số, đơn vị tính) trong \`schemas/office.yaml\`; sau khi sửa định nghĩa,
  chạy \`npx report schemas\` để trình soạn thảo gợi ý đúng tên khóa.
- Thông tin đơn vị, người ký, nơi nhận: \`data/district.yaml\`; kế hoạch năm: \`data/plans/<năm>.yaml\`.
`;

/** Every file of a new office whose example month is `period`, by path relative to the office folder. */
export function officeFiles(period: Period): OutputFile[] {
  const month = periodId(period);
  return [
    { name: 'schemas/office.yaml', data: officeYaml },
    { name: `schemas/sectors/${EXAMPLE}.yaml`, data: exampleSector },
    { name: 'data/district.yaml', data: districtYaml },
    { name: `data/plans/${period.year}.yaml`, data: planYaml(period.year) },
    { name: `data/${month}/report.yaml`, data: reportYaml(period) },
    { name: `data/${month}/${EXAMPLE}.yaml`, data: exampleData(period) },
    { name: 'templates/report.hbs', data: reportHbs },
    { name: `templates/sections/${EXAMPLE}.hbs`, data: exampleTemplate },
    { name: '.github/workflows/report.yml', data: workflow },
    { name: 'README.md', data: readme(period) },
  ];
}

/** office.yaml with `id` added at the end of its sectors (comments and layout kept); null when it has no sectors list. */
export function withSector(officeText: string, id: string): string | null {
  const doc = parseDocument(officeText);
  const sectors = isMap(doc.contents) ? doc.get('sectors', true) : undefined;
  if (!isSeq(sectors)) return null;
  sectors.add(doc.createNode(id));
  return doc.toString();
}
