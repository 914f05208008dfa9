// Required inputs (axe's "incomplete"): a rule that cannot decide names the case paths still to fill.
import { incomplete, type Outcome, type Severity } from '../types';

/** The paths, in the order given, whose value is not filled in. */
export function unfilled(values: Readonly<Record<string, unknown>>): string[] {
  const paths: string[] = [];
  for (const path in values) if (values[path] === undefined) paths.push(path);
  return paths;
}

/** `incomplete` naming every unfilled path, or null when all are filled in. */
export function requireAll(
  values: Readonly<Record<string, unknown>>,
  extra?: { severity?: Severity; subject?: string },
): Outcome | null {
  const paths = unfilled(values);
  return paths.length > 0 ? incomplete(paths, extra) : null;
}
