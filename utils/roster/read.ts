// A roster file's bytes into a grid of cells for rules/roster.ts. Spreadsheets are read by SheetJS
// (the @e965/xlsx republish of 0.20.3; .xlsx, and old .xls), CSV by papaparse after decoding the
// text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (which covers GBK, what Excel on
// a Chinese Windows saves). No network, no workers of their own: this runs inside our worker and
// in Node for `check --roster`.
import { read as readWorkbook, SSF, type CellObject, type WorkSheet } from '@e965/xlsx';
import Papa from 'papaparse';
import { excelSerialToDate } from '../../rules/date-text';
import type { CellRange, RosterCell, RosterGrid } from '../../rules/roster';
import { MAX_ROSTER_BYTES } from './limits';


export type RosterRead =
  | { ok: true; grid: RosterGrid; format: 'xlsx' | 'xls' | 'csv' }
  | { ok: false; reason: 'too-large' | 'unreadable' | 'empty'; detail?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Reads a roster: a spreadsheet by its leading bytes (whatever its name), anything else as CSV text. */
export function readRoster(bytes: Uint8Array): RosterRead {
  if (bytes.length > MAX_ROSTER_BYTES) return { ok: false, reason: 'too-large' };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const spreadsheet = startsWith(bytes, ZIP) ? 'xlsx' : startsWith(bytes, CFB) ? 'xls' : null;
  try {
    const grid = spreadsheet ? readSpreadsheet(bytes) : readCsv(decodeText(bytes));
    if (grid.rows.every((row) => row.every((cell) => cell === null || cell === ''))) return { ok: false, reason: 'empty' };
    return { ok: true, grid, format: spreadsheet ?? 'csv' };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The text of a CSV file: by its BOM, else UTF-8 when it is valid UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(text: string): RosterGrid {
  // Comma, tab (Excel's "Unicode text") or semicolon, as papaparse finds it on the first records
  // without empty lines (which upset its guess); then every record is kept, so that row numbers
  // are the spreadsheet's.
  const { delimiter } = Papa.parse<string[]>(text, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] }).meta;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  const rows = parsed.data.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell)));
  return { rows, merges: [] };
}

function readSpreadsheet(bytes: Uint8Array): RosterGrid {
  // cellNF keeps each cell's number format, which tells a date from a number.
  const book = readWorkbook(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, cellHTML: false, cellStyles: false });
  const first = book.SheetNames[0];
  const sheet: WorkSheet | undefined = first === undefined ? undefined : book.Sheets[first];
  if (!sheet) return { rows: [], merges: [] };
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const data = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  const rows: RosterCell[][] = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: RosterCell[] = [];
    if (source) for (let c = 0; c < source.length; c++) row.push(cellValue(source[c], date1904));
    rows.push(row);
  }
  const merges: CellRange[] = (sheet['!merges'] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
  return { rows, merges };
}

function cellValue(cell: CellObject | undefined, date1904: boolean): RosterCell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string' && SSF.is_date(cell.z)) {
    const date = excelSerialToDate(cell.v, date1904);
    return date ? { date } : cell.v;
  }
  if (cell.t === 'd' && cell.v instanceof Date) return { date: cell.v.toISOString().slice(0, 10) };
  if (cell.t === 'e') return null;
  if (typeof cell.v === 'string') return cell.v.trim() === '' ? null : cell.v;
  if (typeof cell.v === 'number' || typeof cell.v === 'boolean') return cell.v;
  return String(cell.v);
}
