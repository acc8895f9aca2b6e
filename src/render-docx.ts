/**
 * DOCX writer: the block tree → a docx Document in the Nghị định 30/2020 layout. Pure.
 * It walks the same tree as render-markdown.ts and prints only the tree's texts; everything here is layout.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
  type IXmlableObject,
} from 'docx';
import { headingText, itemParagraphs, literalText, type Block, type ReportDocument, type Section, type Table } from './document.js';

/** Every measure of the layout, in twips (1 mm ≈ 56.7) and half-points, from official-format.md §1–§5. */
export const DOCX_STYLE = {
  font: 'Times New Roman',
  color: '000000',
  // A4 portrait; margins of the decree's template 25/20/35/20 mm, header 10 mm from the edge
  page: { width: 11906, height: 16838 },
  margin: { top: 1418, bottom: 1134, left: 1985, right: 1134, header: 567, footer: 567 },
  /** Text width of a portrait page: 210 − 35 − 20 mm. */
  textWidth: 8787,
  /** Text width of a landscape page: 297 − 35 − 20 mm. */
  landscapeTextWidth: 13749,
  size: {
    body: 28,
    agency: 26,
    nation: 26,
    motto: 28,
    number: 26,
    placeDate: 28,
    pageNumber: 28,
    recipientsTitle: 24,
    recipients: 22,
    table: 24,
  },
  body: { firstLine: 567, before: 120, after: 0, line: 276, partBefore: 240, docTypeBefore: 360 },
  header: { columns: [3829, 5670], indent: -199, cellMargin: 85 },
  /** hanging: the width of "- " at 11 pt in Times (0.583 em = 6.4 pt), where a wrapped recipient continues, under its text. */
  signature: { columns: [2994, 6290], cellMargin: 108, before: 240, signatureSpace: 1700, hanging: 128 },
  /** Rule lengths: agency 1/3–1/2 of "HUYỆN THAN UYÊN" (43.7 mm); Tiêu ngữ its own width at 14 pt bold (57.3 mm); trích yếu ≈ 1/3 of its line. */
  rule: { agency: 1134, motto: 3249, summary: 2835, appendix: 2835, size: 6, line: 120, after: 120 },
  /** Data tables at 12 pt: a character is about half an em (120 twips) wide; a cell wider than 66 characters wraps. */
  table: { cellMargin: 57, border: 4, minColumn: 454, charWidth: 120, maxLine: 7920 },
  /** Look of each heading kind; the outline level comes from the Heading1..6 style. */
  heading: {
    part: { bold: true, italics: false, center: true },
    roman: { bold: true, italics: false, center: false },
    arabic: { bold: true, italics: false, center: false },
    decimal: { bold: true, italics: true, center: false },
    letter: { bold: false, italics: true, center: false },
    label: { bold: false, italics: false, center: false },
  },
} as const;

const S = DOCX_STYLE;
type Look = { readonly bold?: boolean; readonly italics?: boolean; readonly size?: number };
type Child = Paragraph | DocxTable;

/**
 * A run of tree text. literalText is the tree's own rule for data text; applied again here it changes nothing
 * in well-formed text and keeps a control character that slipped past a template out of the XML.
 */
const run = (text: string, look: Look = {}) =>
  new TextRun({ text: literalText(text), bold: look.bold, italics: look.italics, size: look.size });

const para = (text: string, look: Look, options: IParagraphOptions = {}) =>
  new Paragraph({ ...options, children: text === '' ? [] : [run(text, look)] });

/** A centred, single-spaced line as in the header and signature blocks. */
const line = (text: string, look: Look, options: IParagraphOptions = {}) =>
  para(text, look, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240 }, indent: { firstLine: 0 }, ...options });

/** A short solid rule: an empty paragraph whose bottom border is narrowed by equal indents (never an underline run). */
function rule(length: number, available: number, after: number = S.rule.after): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    // an exact small line and space after: LibreOffice would otherwise draw the border through the next line
    spacing: { before: 0, after, line: S.rule.line, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: S.rule.size, color: S.color, space: 1 } },
    children: [],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** A borderless layout table (header and signature blocks) with fixed column widths. */
function layoutTable(columns: readonly number[], margin: number, rows: readonly (readonly Child[][])[], indent = 0): DocxTable {
  return new DocxTable({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    indent: { size: indent, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: margin, right: margin, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columns[i]!, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                children: children.length ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

const lines = (doc: ReportDocument, name: string) => doc.fields[name] ?? [];

/** Ô 1–5a: agency and number on the left, Quốc hiệu, Tiêu ngữ and place-date on the right; then "BÁO CÁO", the trích yếu, any preamble. */
function headerBlock(doc: ReportDocument): Child[] {
  const [left, right] = S.header.columns;
  const inner = (w: number) => w - 2 * S.header.cellMargin;
  const agency = [
    ...lines(doc, 'parentAgency').map((l) => line(l, { size: S.size.agency })),
    ...lines(doc, 'agency').map((l) => line(l, { bold: true, size: S.size.agency })),
    rule(S.rule.agency, inner(left)),
  ];
  const nation = [
    ...lines(doc, 'nation').map((l) => line(l, { bold: true, size: S.size.nation })),
    ...lines(doc, 'motto').map((l) => line(l, { bold: true, size: S.size.motto })),
    rule(S.rule.motto, inner(right)),
  ];
  // Số and the place-date share a row so they sit on one line, as the decree places them (ô 3 and ô 4)
  const number = lines(doc, 'number').map((l) => line(l, { size: S.size.number }));
  const placeDate = lines(doc, 'placeDate').map((l) => line(l, { italics: true, size: S.size.placeDate }));
  return [
    layoutTable(
      S.header.columns,
      S.header.cellMargin,
      [
        [agency, nation],
        [number, placeDate],
      ],
      S.header.indent,
    ),
    ...lines(doc, 'docType').map((l, i) =>
      line(l, { bold: true }, { spacing: { before: i === 0 ? S.body.docTypeBefore : 0, after: 0, line: 240 }, keepNext: true }),
    ),
    ...lines(doc, 'summary').map((l) => line(l, { bold: true }, { keepNext: true })),
    rule(S.rule.summary, S.textWidth, 2 * S.rule.after),
    // text before the first part ("Kính gửi…", "Thực hiện Công văn số…"): body paragraphs
    ...lines(doc, 'preamble').map((l) => bodyParagraph(l)),
  ];
}

/** Ô 9b and 7a–7c: "Nơi nhận" with its list on the left; authority, room for the signature and the signer on the right. */
function signatureBlock(doc: ReportDocument): Child {
  // the first line of each column is level with the other's (ô 7a and 9b), a blank line below the body
  const first = (i: number) => ({ spacing: { before: i === 0 ? S.signature.before : 0, after: 0, line: 240 } });
  const left = (text: string, look: Look, i: number) =>
    para(text, look, { ...first(i), indent: { firstLine: 0 }, alignment: AlignmentType.LEFT });
  const recipients = [
    ...lines(doc, 'recipientsTitle').map((l, i) => left(l, { bold: true, italics: true, size: S.size.recipientsTitle }, i)),
    // an item that wraps continues under its text, the dash hanging in the margin
    ...lines(doc, 'recipients').map((l) =>
      para(
        l,
        { size: S.size.recipients },
        {
          ...first(1),
          alignment: AlignmentType.LEFT,
          indent: { left: S.signature.hanging, hanging: S.signature.hanging },
        },
      ),
    ),
  ];
  const signature = [
    ...lines(doc, 'authority').map((l, i) => line(l, { bold: true }, first(i))),
    ...lines(doc, 'signer').map((l, i) =>
      line(l, { bold: true }, { spacing: { before: i === 0 ? S.signature.signatureSpace : 0, after: 0, line: 240 } }),
    ),
  ];
  return layoutTable(S.signature.columns, S.signature.cellMargin, [[recipients, signature]]);
}

const headingStyle = (level: number) => `Heading${Math.min(Math.max(level, 1), 6)}`;

/** The look of a section's heading from its kind and depth (level 2 "I.", 3 "1.", 4 "1.1.", 5+ "a)"). */
function headingLook(s: Section) {
  if (s.kind === 'part' || s.kind === 'appendix') return S.heading.part;
  if (s.kind === 'label') return S.heading.label;
  return s.level <= 2 ? S.heading.roman : s.level === 3 ? S.heading.arabic : s.level === 4 ? S.heading.decimal : S.heading.letter;
}

function heading(s: Section): Paragraph[] {
  const look = headingLook(s);
  const centred = look.center ? { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } : {};
  const out = [para(headingText(s), look, { style: headingStyle(s.level), keepNext: true, ...centred })];
  // the title of a part or appendix: its own centred bold line, outside the outline
  if ((s.kind === 'part' || s.kind === 'appendix') && s.title) {
    // the month keeps its word: a title's last word is bound to the one before it ("THÁNG 01"), never alone on a line
    out.push(para(s.title.replace(/ (\S+)$/, '\u00A0$1'), { bold: true }, { style: 'PartTitle', keepNext: true }));
  }
  return out;
}

const bodyParagraph = (text: string, keepNext = false) => para(text, {}, { style: 'Body', ...(keepNext ? { keepNext } : {}) });

/**
 * Column widths from the content, estimated in characters (no font metrics here): every column gets at least its
 * longest word, so figures and header words never break; the room left goes to the columns whose text would
 * otherwise wrap, in proportion to how much more they need ("Chỉ tiêu" wide, figure columns narrow).
 */
function columnWidths(t: Table, total: number): number[] {
  const count = Math.max(1, ...[...t.head, ...t.rows].map((r) => r.length));
  // capitals are about a third wider than the average character, bold text (the header rows) a tenth
  const chars = (text: string, bold = false) =>
    Math.ceil([...text].reduce((w, c) => w + (c !== c.toLowerCase() ? 1.35 : 1), 0) * S.table.charWidth * (bold ? 1.1 : 1));
  const pad = 2 * S.table.cellMargin;
  const cols = Array.from({ length: count }, (_, i) => {
    const cells = [
      ...t.head.map((r) => ({ text: r[i]?.text ?? '', bold: true })),
      ...t.rows.map((r) => ({ text: r[i]?.text ?? '', bold: r[i]?.bold })),
    ];
    const word = Math.max(0, ...cells.flatMap((c) => c.text.split(/\s+/).map((w) => chars(w, c.bold))));
    const min = Math.max(S.table.minColumn, word + pad);
    const line = Math.max(0, ...t.rows.map((r) => chars(r[i]?.text ?? '', r[i]?.bold)));
    return { min, want: Math.max(min, Math.min(line, S.table.maxLine) + pad) };
  });
  const sumMin = cols.reduce((a, c) => a + c.min, 0);
  const sumWant = cols.reduce((a, c) => a + c.want, 0);
  const widths =
    sumWant <= total
      ? cols.map((c) => Math.floor(c.want * (total / sumWant)))
      : sumMin <= total
        ? cols.map((c) => Math.floor(c.min + (c.want - c.min) * ((total - sumMin) / (sumWant - sumMin))))
        : cols.map((c) => Math.floor(c.min * (total / sumMin)));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Paragraph styles of the table cells, one per alignment and one for the header rows. A cell's paragraph names its
 * style instead of carrying size, spacing, indent and alignment itself: the tables are most of the document's
 * paragraphs, and the docx library's time to write a document grows with its number of XML elements.
 */
const CELL_STYLE = { left: 'TableText', right: 'TableFigure', center: 'TableCentre', head: 'TableHead' } as const;
const cellStyles = () => {
  const text = { before: 40, after: 40, line: 240 };
  return [
    {
      id: CELL_STYLE.left,
      name: 'Table Text VN',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: S.size.table },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: text },
    },
    { id: CELL_STYLE.right, name: 'Table Figure VN', basedOn: CELL_STYLE.left, paragraph: { alignment: AlignmentType.RIGHT } },
    { id: CELL_STYLE.center, name: 'Table Centre VN', basedOn: CELL_STYLE.left, paragraph: { alignment: AlignmentType.CENTER } },
    { id: CELL_STYLE.head, name: 'Table Head VN', basedOn: CELL_STYLE.center, run: { bold: true } },
  ];
};
/** What a data table cell holds: one paragraph of text in a cell style, bold or not, kept with the next row or not. */
export interface CellContent {
  readonly width: number;
  readonly text: string;
  readonly style: (typeof CELL_STYLE)[keyof typeof CELL_STYLE];
  readonly bold: boolean;
  readonly keepNext: boolean;
}

/**
 * A data table cell. The tables are most of the document (556 of January's 694 paragraphs), and the library makes a
 * dozen components of each cell (its properties, width, alignment, a paragraph, its properties, style, a run, its
 * properties, bold, the text), each built and then walked again when packing. This component gives the library the
 * cell's XML object at once, through prepForXml, the method the library documents for a component's own XML; the
 * object is the one the library's TableCell, Paragraph and TextRun give for the same content (a unit test holds the
 * two equal), so the document's bytes are unchanged. The width is the cell's own, so the table never resizes it.
 */
export class DataCell extends TableCell {
  constructor(private readonly content: CellContent) {
    super({ children: [] });
  }
  override prepForXml(): IXmlableObject {
    const { width, style, bold, keepNext } = this.content;
    const { text } = this.content;
    const look = bold ? [{ 'w:rPr': [{ 'w:b': {} }, { 'w:bCs': {} }] }] : [];
    const paragraph = [
      { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': style } } }, ...(keepNext ? [{ 'w:keepNext': {} }] : [])] },
      ...(text === '' ? [] : [{ 'w:r': [...look, { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, literalText(text)] }] }]),
    ];
    const properties = [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': width } } }, { 'w:vAlign': { _attr: { 'w:val': 'center' } } }];
    return { 'w:tc': [{ 'w:tcPr': properties }, { 'w:p': paragraph }] };
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: S.table.border, color: S.color } as const;

/**
 * A data table: ruled, header rows repeated on each page, rows never split across pages; the last `keepLast` rows are
 * kept with what follows (the appendix's note never stands alone on a page).
 */
function dataTable(t: Table, total: number, keepLast = 0): DocxTable {
  const columns = columnWidths(t, total);
  const row = (cells: Table['rows'][number], header: boolean, keepNext = false) =>
    new TableRow({
      // only header rows say so: false would write <w:tblHeader w:val="off"/>, the default, into every other row
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: columns.map((width, i) => {
        const c = cells[i];
        // the header's bold is its style's; a bold body row (a group) says so on its run
        const style = header ? CELL_STYLE.head : CELL_STYLE[c?.align ?? 'left'];
        return new DataCell({ width, text: c?.text ?? '', style, bold: !header && Boolean(c?.bold), keepNext });
      }),
    });
  return new DocxTable({
    width: { size: total, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    margins: { left: S.table.cellMargin, right: S.table.cellMargin, top: 0, bottom: 0 },
    rows: [...t.head.map((r) => row(r, true)), ...t.rows.map((r, i) => row(r, false, i >= t.rows.length - keepLast))],
  });
}

/** The blocks of the body, in tree order; `width` is the text width tables fill. */
function blocks(list: readonly Block[], width: number, out: Child[], keep?: Block): Child[] {
  for (const b of list) {
    if (b.kind === 'paragraph') out.push(bodyParagraph(b.text, b === keep));
    else if (b.kind === 'table') {
      // Word refuses a table without rows; an empty table has no text to show either
      if (b.head.length + b.rows.length > 0) out.push(dataTable(b, width));
    } else if (b.kind === 'item') {
      const printed = itemParagraphs(b);
      blocks(printed, width, out, keep === b.children[0] ? printed[0] : keep);
    } else {
      out.push(...heading(b));
      blocks(b.children, width, out, keep);
    }
  }
  return out;
}

/** The paragraph the body ends on ("…./."): kept on the page of the signature, which never stands alone. */
function lastParagraph(list: readonly Block[]): Block | undefined {
  const last = list.at(-1);
  return last?.kind === 'paragraph' ? last : last && last.kind !== 'table' ? lastParagraph(last.children) : undefined;
}

/** Rows of a table kept with the note under it: a page break before the note carries them over with it. */
const NOTE_KEEPS_ROWS = 2;

/**
 * An appendix: heading, title, its "(Kèm theo …)" lines centred in italics with a rule, then its table, and the notes
 * under the table in the table's font size, kept with its last rows: the appendix never ends on a page of notes only.
 */
function appendixBlocks(s: Section): Child[] {
  const out: Child[] = heading(s);
  const firstOther = s.children.findIndex((b) => b.kind !== 'paragraph');
  const refs = (firstOther === -1 ? s.children : s.children.slice(0, firstOther)) as readonly { text: string }[];
  for (const n of refs)
    out.push(
      para(n.text, { italics: true }, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 0, after: 0 } }),
    );
  out.push(rule(S.rule.appendix, S.landscapeTextWidth));
  const rest = s.children.slice(refs.length);
  const lastTable = rest.map((b) => b.kind).lastIndexOf('table');
  const after = rest.slice(lastTable + 1);
  if (lastTable === -1 || !after.every((b) => b.kind === 'paragraph')) return blocks(rest, S.landscapeTextWidth, out);
  blocks(rest.slice(0, lastTable), S.landscapeTextWidth, out);
  const table = rest[lastTable] as Table;
  if (table.head.length + table.rows.length > 0) out.push(dataTable(table, S.landscapeTextWidth, after.length > 0 ? NOTE_KEEPS_ROWS : 0));
  for (const [i, n] of after.entries()) {
    const keep = i < after.length - 1 ? { keepNext: true } : {};
    out.push(para((n as { text: string }).text, {}, { style: CELL_STYLE.left, spacing: { before: 120, after: 0, line: 240 }, ...keep }));
  }
  return out;
}

/** Page number centred in the top margin, none on the first page (titlePage with an empty first header). */
function pageHeaders() {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ children: [PageNumber.CURRENT], size: S.size.pageNumber })],
        }),
      ],
    }),
  };
}

const portrait = { size: { width: S.page.width, height: S.page.height, orientation: PageOrientation.PORTRAIT }, margin: S.margin };

/** Build the DOCX document of a report. Pure: same tree, same document. */
export function renderDocx(doc: ReportDocument): Document {
  const main = doc.body.filter((s) => s.kind !== 'appendix');
  const appendices = doc.body.filter((s) => s.kind === 'appendix');
  const sections: ISectionOptions[] = [
    {
      properties: { titlePage: true, page: portrait },
      headers: pageHeaders(),
      children: [...headerBlock(doc), ...blocks(main, S.textWidth, [], lastParagraph(main)), signatureBlock(doc)],
    },
  ];
  for (const a of appendices) {
    sections.push({
      // each Phụ lục is a landscape section numbered from 1 (NĐ 30, Mục III.1.đ)
      properties: {
        titlePage: true,
        page: { ...portrait, size: { ...portrait.size, orientation: PageOrientation.LANDSCAPE }, pageNumbers: { start: 1 } },
      },
      headers: pageHeaders(),
      children: appendixBlocks(a),
    });
  }
  const runDefaults = { font: S.font, color: S.color, size: S.size.body, language: { value: 'vi-VN' } } as const;
  const headingStyles = [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `Heading${n}`,
    name: `Heading ${n}`,
    basedOn: 'Body',
    next: 'Body',
    quickFormat: true,
    // the defaults are blue, larger and in the theme font: redefine them in the body's look
    run: { font: S.font, color: S.color, size: S.size.body, bold: false, italics: false },
    paragraph: { outlineLevel: n - 1, keepNext: true, ...(n === 1 ? { spacing: { before: S.body.partBefore } } : {}) },
  }));
  return new Document({
    title: lines(doc, 'summary').join(' '),
    creator: lines(doc, 'agency').join(' '),
    lastModifiedBy: lines(doc, 'agency').join(' '),
    styles: {
      default: {
        document: { run: runDefaults, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      },
      paragraphStyles: [
        {
          id: 'Body',
          name: 'Body Text VN',
          basedOn: 'Normal',
          next: 'Body',
          quickFormat: true,
          run: { font: S.font, color: S.color, size: S.size.body },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: S.body.firstLine },
            spacing: { before: S.body.before, after: S.body.after, line: S.body.line },
          },
        },
        {
          id: 'PartTitle',
          name: 'Part Title VN',
          basedOn: 'Body',
          next: 'Body',
          quickFormat: true,
          run: { bold: true },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 0 } },
        },
        ...headingStyles,
        ...cellStyles(),
      ],
    },
    sections,
  });
}
