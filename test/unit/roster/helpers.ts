// Roster fixtures made with the spreadsheet library itself: cells as Excel stores them (date
// cells are day serials with a date format; text is text), merged ranges, several sheets.
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';

/** A date cell as Excel writes one: the day serial, formatted as a date. */
export const dateCell = (serial: number, format = 'yyyy/m/d'): CellObject => ({ t: 'n', v: serial, z: format });

export type FixtureCell = string | number | CellObject | null;

export interface SheetSpec {
  rows: FixtureCell[][];
  /** A1-style ranges, e.g. 'A1:G1'. */
  merges?: string[];
  name?: string;
}

function sheetOf(spec: SheetSpec): WorkSheet {
  const sheet = utils.aoa_to_sheet(spec.rows.map((row) => row.map((cell) => (cell === null ? null : cell))));
  // aoa_to_sheet writes plain values; cell objects (date cells) are put in as given.
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === 'object') sheet[utils.encode_cell({ r, c })] = cell;
    }),
  );
  if (spec.merges) sheet['!merges'] = spec.merges.map((range) => utils.decode_range(range));
  return sheet;
}

/** An .xlsx file's bytes; the first sheet is the roster, more may follow. */
export function xlsxBytes(...sheets: SheetSpec[]): Uint8Array {
  const book = utils.book_new();
  sheets.forEach((spec, i) => utils.book_append_sheet(book, sheetOf(spec), spec.name ?? `Sheet${i + 1}`));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

export const BOM = [0xef, 0xbb, 0xbf];

export function utf8Bytes(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([...BOM, ...body]) : body;
}
