// Column mappings chosen by hand, remembered per set of column names (case-format.md, Rosters):
// the next roster with the same columns opens with the same choices. Kept in the dashboard's
// localStorage (the extension's own origin); a mapping holds column names, never case data.
import { mappingKey, normalizeColumnName, ROSTER_FIELDS, type RosterField } from '../../rules/roster';

const PREFIX = 'gongju.roster-mapping:';
const FIELDS: ReadonlySet<string> = new Set(ROSTER_FIELDS);

/** The field of each column as last chosen for this set of columns, or null when none was. */
export function recallMapping(storage: Storage, columns: readonly string[]): (RosterField | null)[] | null {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(PREFIX + mappingKey(columns)) ?? 'null');
  } catch {
    return null;
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const byName = saved as Record<string, unknown>;
  return columns.map((name) => {
    const field = byName[normalizeColumnName(name)];
    return typeof field === 'string' && FIELDS.has(field) ? (field as RosterField) : null;
  });
}

export function rememberMapping(storage: Storage, columns: readonly string[], mapping: readonly (RosterField | null)[]): void {
  const byName: Record<string, RosterField | null> = {};
  columns.forEach((name, c) => {
    const key = normalizeColumnName(name);
    if (key !== '') byName[key] = mapping[c] ?? null;
  });
  try {
    storage.setItem(PREFIX + mappingKey(columns), JSON.stringify(byName));
  } catch {
    // Storage full or refused: the mapping is simply not remembered.
  }
}

/** Maps column `c` to `field`, taking the field from any other column that had it (one column per field). */
export function withColumnField(mapping: readonly (RosterField | null)[], c: number, field: RosterField | null): (RosterField | null)[] {
  return mapping.map((current, i) => (i === c ? field : field !== null && current === field ? null : current));
}
