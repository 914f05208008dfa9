// `npm run --silent check -- CASE.json [--as-of YYYY-MM-DD] [--lang zh|en] [--calendar FILE]… [--wage N]`
// and `check -- --roster FILE [--type T]` (case-format.md, The check command; Rosters).
// The one file of rules/ that imports from outside it: utils/roster/ decodes spreadsheets and CSV
// (SheetJS, papaparse), which the dashboard's worker uses too; rules/roster.ts maps the cells.
import { readFileSync } from 'node:fs';
import { readRoster } from '../utils/roster/read';
import { WorkCalendar } from './calendar';
import { checkCase, runChecks, type CheckOptions } from './engine';
import { parseHolidayCnJson, type ParsedCalendar } from './imported-calendar';
import { isRealDate } from './dates';
import { describeRosterProblem, findHeader, rosterRows, ROSTER_TYPES, type RosterType } from './roster';
import { RULESET_VERSION } from './version';
import type { CheckOutput, Lang } from './types';

interface Args {
  file: string;
  /** The file is a roster (`--roster FILE`), not a case. */
  roster: boolean;
  type?: RosterType;
  asOf?: string;
  lang: Lang;
  /** `--calendar FILE`, in the order given. */
  calendars: string[];
  /** `--wage N`: the monthly average wage in yuan. */
  wage?: number;
}

const USAGE =
  'usage: check CASE.json [--as-of YYYY-MM-DD] [--lang zh|en] [--calendar FILE]… [--wage N] | check --roster FILE [--type renewal|new|employer-change|info-change] [--as-of YYYY-MM-DD] [--lang zh|en] [--calendar FILE]… [--wage N]';

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let roster: string | undefined;
  let type: RosterType | undefined;
  let asOf: string | undefined;
  let lang: Lang = 'zh';
  let wage: number | undefined;
  const calendars: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--as-of') {
      asOf = value();
      if (!isRealDate(asOf)) throw new UsageError(`--as-of: expected a real date YYYY-MM-DD, got "${asOf}"`);
    } else if (flag === '--lang') {
      const v = value();
      if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang: expected zh or en, got "${v}"`);
      lang = v;
    } else if (flag === '--calendar') {
      calendars.push(value());
    } else if (flag === '--wage') {
      const v = value();
      wage = Number(v);
      if (!/^\d+(\.\d+)?$/.test(v) || !(wage > 0)) throw new UsageError(`--wage: expected the monthly average wage in yuan, a number above 0, got "${v}"`);
    } else if (flag === '--roster') {
      roster = value();
    } else if (flag === '--type') {
      const v = value();
      if (!(ROSTER_TYPES as readonly string[]).includes(v)) throw new UsageError(`--type: expected one of ${ROSTER_TYPES.join(', ')}, got "${v}"`);
      type = v as RosterType;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${flag}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (roster !== undefined && file !== undefined) throw new UsageError(`unexpected argument "${file}" beside --roster`);
  if (type !== undefined && roster === undefined) throw new UsageError('--type applies to --roster only');
  const path = roster ?? file;
  if (path === undefined) throw new UsageError(USAGE);
  return { file: path, roster: roster !== undefined, lang, calendars, ...(wage !== undefined && { wage }), ...(type && { type }), ...(asOf && { asOf }) };
}

/** The contract's output: findings and materials without the engine's internal extras. */
export function toContractOutput({ windowStarts: _starts, windowLimits: _limits, provisionalYears: _provisional, ...output }: CheckOutput): Omit<CheckOutput, 'windowStarts' | 'windowLimits' | 'provisionalYears'> {
  return {
    ...output,
    findings: output.findings.map(({ subject: _subject, ...finding }) => finding),
    materials: output.materials.map(({ material, required, present, group }) => ({ material, required, present, group })),
  };
}

class InputError extends Error {}

/** The calendars of `--calendar`, each a holiday-cn JSON file of its own year. */
function readCalendars(files: readonly string[]): ParsedCalendar[] {
  const calendars: ParsedCalendar[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const parsed = parseHolidayCnJson(text);
    if (!parsed.ok) throw new InputError(`${file}: not a holiday calendar: ${parsed.problem.en}`);
    if (calendars.some((calendar) => calendar.year === parsed.calendar.year)) {
      throw new InputError(`${file}: a calendar of ${parsed.calendar.year} is given twice`);
    }
    calendars.push(parsed.calendar);
  }
  return calendars;
}

function checkOptionsOf(args: Args): CheckOptions {
  return {
    lang: args.lang,
    ...(args.asOf && { asOf: args.asOf }),
    ...(args.calendars.length > 0 && { calendar: new WorkCalendar(readCalendars(args.calendars)) }),
    ...(args.wage !== undefined && { wageOverride: { monthly: args.wage } }),
  };
}

/** Every row of a roster as a case with its check, or the error that kept it from being one. */
function runRoster(args: Args, options: CheckOptions): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    process.stderr.write(`check: ${args.file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 2;
  }
  const read = readRoster(bytes);
  if (!read.ok) {
    const why = { 'too-large': 'larger than 50 MB', unreadable: 'neither an .xlsx spreadsheet nor CSV text', empty: 'empty' }[read.reason];
    process.stderr.write(`check: ${args.file}: not a roster (the file is ${why})\n`);
    return 2;
  }
  const header = findHeader(read.grid);
  if (!header) {
    process.stderr.write(`check: ${args.file}: not a roster (no recognised column name such as 姓名 or 身份证号 in the first rows)\n`);
    return 2;
  }
  const { rows, ignoredColumns } = rosterRows(read.grid, header, { ...(args.type && { type: args.type }) });
  const out = rows.map((row) =>
    'case' in row
      ? { row: row.row, case: row.case, result: toContractOutput(runChecks(row.case, options)) }
      : { row: row.row, error: describeRosterProblem(row.problem).en },
  );
  process.stdout.write(`${JSON.stringify({ ruleset: RULESET_VERSION, rows: out, ignoredColumns }, null, 2)}\n`);
  return 0;
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`check: ${(error as Error).message}\n`);
    return 2;
  }
  let options: CheckOptions;
  try {
    options = checkOptionsOf(args);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`check: ${error.message}\n`);
    return 2;
  }
  if (args.roster) return runRoster(args, options);
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    process.stderr.write(`check: ${args.file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`check: ${args.file}: (root): expected JSON (${(error as Error).message.split('\n')[0]})\n`);
    return 2;
  }
  const result = checkCase(json, options);
  if (!result.ok) {
    process.stderr.write(`check: ${args.file}: ${result.error.path}: expected ${result.error.expected}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(toContractOutput(result.output), null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // The engine never throws for a parsed case; if it ever does, say so in one line, without a stack.
  process.stderr.write(`check: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
}
