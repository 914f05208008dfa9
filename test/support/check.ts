// Running the engine in tests and picking findings out of its output.
import { checkCase, type CheckOptions } from '../../rules/engine';
import type { CheckOutput, Finding } from '../../rules/types';

/** The engine's output for a value that must be a case (a test error names the path if it is not). */
export function run(input: unknown, options: CheckOptions = {}): CheckOutput {
  const result = checkCase(input, options);
  if (!result.ok) throw new Error(`not a case: ${result.error.path}: ${result.error.expected}`);
  return result.output;
}

export function findingsOf(output: CheckOutput, rule: string): Finding[] {
  return output.findings.filter((f) => f.rule === rule);
}

/** The single finding of a rule, or undefined when it passed. */
export function findingOf(output: CheckOutput, rule: string): Finding | undefined {
  const found = findingsOf(output, rule);
  if (found.length > 1) throw new Error(`${rule} reported ${found.length} times`);
  return found[0];
}

export function ruleIdsOf(output: CheckOutput): string[] {
  return output.findings.map((f) => f.rule);
}
