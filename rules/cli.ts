// `npm run --silent check -- CASE.json [--as-of YYYY-MM-DD] [--lang zh|en]` (case-format.md, The check command).
import { readFileSync } from 'node:fs';
import { checkCase } from './engine';
import { isRealDate } from './dates';
import type { CheckOutput, Lang } from './types';

interface Args {
  file: string;
  asOf?: string;
  lang: Lang;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let asOf: string | undefined;
  let lang: Lang = 'zh';
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
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${flag}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (file === undefined) throw new UsageError('usage: check CASE.json [--as-of YYYY-MM-DD] [--lang zh|en]');
  return { file, lang, ...(asOf && { asOf }) };
}

/** The contract's output: findings and materials without the engine's internal extras. */
export function toContractOutput(output: CheckOutput): CheckOutput {
  return {
    ...output,
    findings: output.findings.map(({ subject: _subject, ...finding }) => finding),
    materials: output.materials.map(({ material, required, present, group }) => ({ material, required, present, group })),
  };
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`check: ${(error as Error).message}\n`);
    return 2;
  }
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
  const result = checkCase(json, { lang: args.lang, ...(args.asOf && { asOf: args.asOf }) });
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
