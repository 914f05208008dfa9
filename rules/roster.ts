// Staff rosters into cases (case-format.md, Rosters): which column holds what, and what each cell
// means. Pure code: the spreadsheet or CSV is decoded elsewhere (utils/roster/) into a grid of
// cells, so the same mapping runs in the dashboard's worker and in `check --roster`.
import { excelSerialToDate, parseDateText } from './date-text';
import type { IsoDate } from './dates';
import { CASE_SCHEMA_ID, parseCase, type ApplicationType, type Case } from './schema';
import type { Text } from './types';

/** A decoded cell: text, a number, a boolean, or a cell Excel stores as a date. */
export type RosterCell = string | number | boolean | { date: IsoDate } | null;

/** A merged range, 0-based rows and columns, both ends included (as SheetJS gives `!merges`). */
export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** A sheet as decoded: row i is the spreadsheet's row i + 1. */
export interface RosterGrid {
  rows: RosterCell[][];
  merges: CellRange[];
}

/** What a column can hold; employer.name also fills permit.employer. */
export const ROSTER_FIELDS = [
  'applicant.name',
  'applicant.idNumber',
  'applicant.gender',
  'applicant.birthDate',
  'permit.number',
  'permit.validUntil',
  'employer.name',
  'applicant.employment.startDate',
  'applicant.employment.contractEndDate',
  'type',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The types a roster row may be (the applicant-level ones the contract names). */
export const ROSTER_TYPES = ['renewal', 'new', 'employer-change', 'info-change'] as const satisfies readonly ApplicationType[];
export type RosterType = (typeof ROSTER_TYPES)[number];

const DATE_FIELDS: ReadonlySet<RosterField> = new Set([
  'applicant.birthDate',
  'permit.validUntil',
  'applicant.employment.startDate',
  'applicant.employment.contractEndDate',
]);

/** Column names by field, compared after normalizeColumnName. The contract's first, then synonyms. */
const COLUMN_NAMES: Record<RosterField, readonly string[]> = {
  'applicant.name': ['姓名', '员工姓名', '申请人姓名', '申请人', '职工姓名', 'name'],
  'applicant.idNumber': ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证', '居民身份证号码', 'idnumber', 'id'],
  'applicant.gender': ['性别', 'gender', 'sex'],
  'applicant.birthDate': ['出生日期', '出生年月日', '生日', 'birthdate', 'dateofbirth'],
  'permit.number': ['工作居住证编号', '证件编号', '居住证编号', '工作居住证号', 'permitnumber'],
  'permit.validUntil': [
    '工作居住证有效期至', '证件有效期至', '有效期至', '有效期截止日期', '证件到期日', '工作居住证到期日', '有效期限至',
    'permitvaliduntil', 'validuntil',
  ],
  'employer.name': ['聘用单位', '用人单位', '单位名称', '工作单位', '所在单位', 'employer'],
  'applicant.employment.startDate': ['入职日期', '入职时间', '到岗日期', 'startdate'],
  'applicant.employment.contractEndDate': [
    '劳动合同到期日', '合同终止日期', '合同到期日', '劳动合同终止日期', '合同截止日期', '劳动合同到期日期', '劳动合同截止日期',
    'contractenddate', 'contractend',
  ],
  type: ['业务类型', '办理类型', '申请类型', '办理业务', 'type', 'applicationtype'],
};

/** A column name as compared: NFKC (full-width to half-width), no spaces, no required-marks or colons, lower case. */
export function normalizeColumnName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊:：]/g, '')
    .replace(/\((必填|选填|必须|可选|yyyy-mm-dd|年-月-日)\)$/i, '')
    .toLowerCase();
}

const FIELD_BY_NAME = new Map<string, RosterField>(
  ROSTER_FIELDS.flatMap((field) => COLUMN_NAMES[field].map((name) => [normalizeColumnName(name), field] as const)),
);

/** The field a column name stands for, or null when it is none the roster knows. */
export function fieldOfColumn(name: string): RosterField | null {
  return FIELD_BY_NAME.get(normalizeColumnName(name)) ?? null;
}

/** The words in a 业务类型 cell, by type. */
const TYPE_WORDS: Record<RosterType, readonly string[]> = {
  new: ['新办', '证件新办', '工作居住证新办', '新申请', '首次办理', 'new'],
  renewal: ['续签', '证件续签', '工作居住证续签', '续办', 'renewal'],
  'employer-change': ['聘用单位变更', '单位变更', '变更聘用单位', '工作单位变更', 'employer-change'],
  'info-change': ['个人信息变更', '信息变更', '变更个人信息', 'info-change'],
};
const TYPE_BY_WORD = new Map<string, RosterType>(
  ROSTER_TYPES.flatMap((type) => TYPE_WORDS[type].map((word) => [normalizeColumnName(word), type] as const)),
);

export function rosterTypeOf(text: string): RosterType | null {
  return TYPE_BY_WORD.get(normalizeColumnName(text)) ?? null;
}

const GENDER_BY_WORD = new Map<string, 'male' | 'female'>([
  ['男', 'male'], ['男性', 'male'], ['male', 'male'], ['m', 'male'],
  ['女', 'female'], ['女性', 'female'], ['female', 'female'], ['f', 'female'],
]);

// Header

/** The header: its rows (1-based), each column's name and the field it is mapped to. */
export interface RosterHeader {
  rows: number[];
  columns: string[];
  mapping: (RosterField | null)[];
}

/** Rows searched for the header: a title or a note may stand above it. */
const HEADER_SEARCH_ROWS = 30;

function cellText(cell: RosterCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell).trim();
}

/** The text of row r in each column, a merged cell's value repeated over the cells it covers. */
function rowTexts(grid: RosterGrid, r: number, width: number): string[] {
  const texts = Array.from({ length: width }, (_, c) => cellText(grid.rows[r]?.[c]));
  for (const m of grid.merges) {
    if (r < m.s.r || r > m.e.r) continue;
    const value = cellText(grid.rows[m.s.r]?.[m.s.c]);
    for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) texts[c] = value;
  }
  return texts;
}

function widthOf(grid: RosterGrid, rows: number): number {
  let width = 0;
  for (let r = 0; r < Math.min(grid.rows.length, rows); r++) width = Math.max(width, grid.rows[r]?.length ?? 0);
  for (const m of grid.merges) if (m.s.r < rows) width = Math.max(width, m.e.c + 1);
  return width;
}

/**
 * A column's field from its name over one or more header rows: the joined name (劳动合同 over
 * 到期日 → 劳动合同到期日), else its lowest part, else its top part.
 */
function fieldOfParts(parts: readonly string[]): RosterField | null {
  const distinct = parts.filter((p, i) => p !== '' && p !== parts[i - 1]);
  if (distinct.length === 0) return null;
  return fieldOfColumn(distinct.join('')) ?? fieldOfColumn(distinct[distinct.length - 1]!) ?? fieldOfColumn(distinct[0]!);
}

/**
 * Finds the header: of the first rows, the one naming the most known columns (the first of
 * equals). A header cell merged down over the row below makes a two-row header, whose names are
 * read top to bottom. Null when no row names a known column: the file is not a roster.
 */
export function findHeader(grid: RosterGrid): RosterHeader | null {
  const searched = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  const width = widthOf(grid, searched + 1);
  let best: RosterHeader | null = null;
  let bestCount = 0;
  for (let r = 0; r < searched; r++) {
    const bottom = grid.merges.reduce((end, m) => (m.s.r === r && m.e.r > r ? Math.max(end, m.e.r) : end), r);
    const layers = Array.from({ length: bottom - r + 1 }, (_, i) => rowTexts(grid, r + i, width));
    const columns = Array.from({ length: width }, (_, c) => {
      const parts = layers.map((layer) => layer[c]!);
      return parts.filter((p, i) => p !== '' && p !== parts[i - 1]).join('');
    });
    const mapping = Array.from({ length: width }, (_, c) => fieldOfParts(layers.map((layer) => layer[c]!)));
    const count = new Set(mapping.filter((f) => f !== null)).size;
    if (count > bestCount) {
      bestCount = count;
      best = { rows: layers.map((_, i) => r + i + 1), columns, mapping };
    }
  }
  if (best) best.mapping = withoutRepeats(best.mapping);
  return best;
}

/** A field mapped by two columns keeps the first: the second is shown unmapped, to be chosen by hand. */
function withoutRepeats(mapping: readonly (RosterField | null)[]): (RosterField | null)[] {
  const seen = new Set<RosterField>();
  return mapping.map((field) => {
    if (field === null || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
}

/** The key under which a mapping chosen by hand is remembered: the set of column names. */
export function mappingKey(columns: readonly string[]): string {
  return [...new Set(columns.map(normalizeColumnName).filter(Boolean))].sort().join('\u001f');
}

// Rows

/** Why a row cannot become a case, with the column and the value it is about. */
export type RosterProblem =
  | { kind: 'date' | 'type' | 'gender' | 'id-as-number'; column: string; field: RosterField; value: string }
  | { kind: 'duplicate'; column: string; field: RosterField; value: string; firstRow: number }
  | { kind: 'invalid'; column: string; field: RosterField | null; value: string; expected: string };

export type RosterRow = { row: number; case: Case } | { row: number; problem: RosterProblem };

export interface RosterOptions {
  /** The type of rows without a type column (or with it empty); default renewal. */
  type?: RosterType;
}

export interface RosterResult {
  rows: RosterRow[];
  /** Column names not mapped to a field, in the sheet's order. */
  ignoredColumns: string[];
}

/** Excel keeps 15 significant digits: an 18-digit number typed as a number has lost its end. */
const MAX_EXACT_DIGITS = 15;

type Parsed<T> = { ok: true; value: T } | { ok: false; kind: 'date' | 'type' | 'gender' | 'id-as-number' };

function parseDateCell(cell: RosterCell, field: RosterField): Parsed<IsoDate | null> {
  if (typeof cell === 'object' && cell !== null) return { ok: true, value: cell.date };
  if (typeof cell === 'number') {
    // 20270115 typed as a number; else Excel's day serial of a cell not formatted as a date.
    const ymd = Number.isInteger(cell) && cell >= 18000101 && cell <= 21991231 ? parseDateText(String(cell).replace(/^(\d{4})(\d\d)(\d\d)$/, '$1-$2-$3')) : null;
    const value = ymd ?? excelSerialToDate(cell);
    return value ? { ok: true, value } : { ok: false, kind: 'date' };
  }
  const text = String(cell).trim();
  // 长期 (no fixed term) is what an open-ended contract says.
  if (field === 'applicant.employment.contractEndDate' && /^(长期|无固定期限|无固定期)$/.test(text)) return { ok: true, value: null };
  const value = parseDateText(text) ?? (/^\d{5}$/.test(text) ? excelSerialToDate(Number(text)) : null);
  return value ? { ok: true, value } : { ok: false, kind: 'date' };
}

function textOf(cell: RosterCell, field: RosterField): Parsed<string> {
  if (field === 'applicant.idNumber' && typeof cell === 'number') {
    if (String(Math.trunc(cell)).length > MAX_EXACT_DIGITS) return { ok: false, kind: 'id-as-number' };
    return { ok: true, value: String(cell) };
  }
  const text = cellText(cell).replace(/\s+/g, field === 'applicant.idNumber' || field === 'permit.number' ? '' : ' ');
  return { ok: true, value: field === 'applicant.idNumber' ? text.toUpperCase() : text };
}

function shownValue(cell: RosterCell): string {
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) >= 1e15 ? cell.toFixed(0) : String(cell);
  return cellText(cell);
}

function isEmpty(cell: RosterCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

interface Draft {
  type?: RosterType;
  applicant: Record<string, unknown>;
  employment: Record<string, unknown>;
  permit: Record<string, unknown>;
  employer: Record<string, unknown>;
}

function put(draft: Draft, field: RosterField, value: unknown): void {
  switch (field) {
    case 'applicant.name':
    case 'applicant.idNumber':
    case 'applicant.gender':
    case 'applicant.birthDate':
      draft.applicant[field.slice('applicant.'.length)] = value;
      return;
    case 'applicant.employment.startDate':
    case 'applicant.employment.contractEndDate':
      draft.employment[field.slice('applicant.employment.'.length)] = value;
      return;
    case 'permit.number':
    case 'permit.validUntil':
      draft.permit[field.slice('permit.'.length)] = value;
      return;
    case 'employer.name':
      draft.employer.name = value;
      draft.permit.employer = value;
      return;
    case 'type':
      draft.type = value as RosterType;
      return;
  }
}

function caseOf(draft: Draft, type: RosterType): Case {
  const c: Record<string, unknown> = { schema: CASE_SCHEMA_ID, type: draft.type ?? type };
  if (Object.keys(draft.employer).length > 0) c.employer = draft.employer;
  const applicant = { ...draft.applicant, ...(Object.keys(draft.employment).length > 0 && { employment: draft.employment }) };
  if (Object.keys(applicant).length > 0) c.applicant = applicant;
  if (Object.keys(draft.permit).length > 0) c.permit = draft.permit;
  return c as Case;
}

/** One row into a case, or the first cell that cannot be read. */
function rowToCase(cells: readonly RosterCell[], header: RosterHeader, type: RosterType): { case: Case } | { problem: RosterProblem } {
  const draft: Draft = { applicant: {}, employment: {}, permit: {}, employer: {} };
  for (let c = 0; c < header.mapping.length; c++) {
    const field = header.mapping[c];
    const cell = cells[c] ?? null;
    if (!field || isEmpty(cell)) continue;
    const parsed: Parsed<unknown> = DATE_FIELDS.has(field)
      ? parseDateCell(cell, field)
      : field === 'type'
        ? ((t) => (t ? { ok: true as const, value: t } : { ok: false as const, kind: 'type' as const }))(rosterTypeOf(cellText(cell)))
        : field === 'applicant.gender'
          ? ((g) => (g ? { ok: true as const, value: g } : { ok: false as const, kind: 'gender' as const }))(GENDER_BY_WORD.get(normalizeColumnName(cellText(cell))))
          : textOf(cell, field);
    if (!parsed.ok) return { problem: { kind: parsed.kind, column: header.columns[c] ?? '', field, value: shownValue(cell) } };
    put(draft, field, parsed.value);
  }
  const c = caseOf(draft, type);
  const checked = parseCase(c);
  if (!checked.ok) {
    // Every value above is of its field's kind; this is a safety net that still names the cell.
    const column = header.mapping.findIndex((f) => f !== null && checked.error.path.startsWith(f));
    return {
      problem: {
        kind: 'invalid',
        column: header.columns[column] ?? checked.error.path,
        field: header.mapping[column] ?? null,
        value: column >= 0 ? shownValue(cells[column] ?? null) : '',
        expected: checked.error.expected,
      },
    };
  }
  return { case: checked.case };
}

/**
 * The rows under the header as cases, in sheet order, each with its spreadsheet row number. Rows
 * with nothing in a mapped column are skipped. A row with a cell that cannot be read, or with the
 * ID number and type of an earlier row, carries a problem instead; the others still go through.
 */
export function rosterRows(grid: RosterGrid, header: RosterHeader, options: RosterOptions = {}, onProgress?: (done: number, total: number) => void): RosterResult {
  const type = options.type ?? 'renewal';
  const idColumn = header.mapping.indexOf('applicant.idNumber');
  const firstRowOf = new Map<string, number>();
  const rows: RosterRow[] = [];
  const start = header.rows[header.rows.length - 1]!;
  const total = grid.rows.length;
  for (let r = start; r < total; r++) {
    if (onProgress && (r - start) % 2000 === 0) onProgress(r - start, total - start);
    const cells = grid.rows[r] ?? [];
    if (header.mapping.every((field, c) => field === null || isEmpty(cells[c]))) continue;
    const row = r + 1;
    const made = rowToCase(cells, header, type);
    if ('problem' in made) {
      rows.push({ row, problem: made.problem });
      continue;
    }
    const id = made.case.applicant?.idNumber;
    if (id) {
      const key = `${id}|${made.case.type}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        rows.push({ row, problem: { kind: 'duplicate', column: header.columns[idColumn] ?? '', field: 'applicant.idNumber', value: id, firstRow: first } });
        continue;
      }
      firstRowOf.set(key, row);
    }
    rows.push({ row, case: made.case });
  }
  onProgress?.(total - start, total - start);
  const ignoredColumns = header.columns.filter((name, c) => header.mapping[c] === null && name !== '');
  return { rows, ignoredColumns };
}

/** What is wrong with a row, naming the column and the value (the CLI prints the English). */
export function describeRosterProblem(problem: RosterProblem): Text {
  const { column, value } = problem;
  switch (problem.kind) {
    case 'date':
      return { zh: `${column}：“${value}”不是有效日期（例：2027-01-15、2027/1/15、2027年1月15日）`, en: `${column}: ${value} is not a date` };
    case 'type':
      return {
        zh: `${column}：“${value}”不是可导入的业务类型（新办、续签、聘用单位变更、个人信息变更）`,
        en: `${column}: ${value} is not an application type (新办, 续签, 聘用单位变更, 个人信息变更)`,
      };
    case 'gender':
      return { zh: `${column}：“${value}”不是性别（男或女）`, en: `${column}: ${value} is not a gender (男 or 女)` };
    case 'id-as-number':
      return {
        zh: `${column}：“${value}”以数字保存，Excel 只保留 15 位，后几位已丢失；请把该列设为文本后重新填写`,
        en: `${column}: ${value} is stored as a number, of which Excel keeps only 15 digits; format the column as text and enter the numbers again`,
      };
    case 'duplicate':
      return {
        zh: `${column}：“${value}”与第 ${problem.firstRow} 行相同（身份证号和业务类型都相同），未导入这一行`,
        en: `${column}: ${value} is already on row ${problem.firstRow} (same ID number and type); this row is left out`,
      };
    case 'invalid':
      return { zh: `${column}：“${value}”不符合格式（应为 ${problem.expected}）`, en: `${column}: ${value}: expected ${problem.expected}` };
  }
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function overlay(base: Plain, top: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(top)) out[key] = isPlain(value) && isPlain(base[key]) ? overlay(base[key], value) : value;
  return out;
}

/**
 * A stored case updated from a roster row of the same ID number and type: the row's fields over
 * the case's, everything the row does not hold (attachments, notes on housing, …) kept.
 */
export function mergeRosterCase(stored: Case, row: Case): Case {
  return overlay(stored as unknown as Plain, row as unknown as Plain) as unknown as Case;
}
