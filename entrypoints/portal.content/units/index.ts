// Every unit of the content script, in start order. A test checks that each unit file is listed here.
import { attachUnit } from './attach';
import { autosaveUnit } from './autosave';
import { fillBackUnit } from './fill-back';
import { mappingsUnit } from './mappings';
import { recheckUnit } from './recheck';
import { revealUnit } from './reveal';
import { settingsUnit } from './settings';
import { submitReviewUnit } from './submit-review';
import type { Unit, UnitEnv } from './types';

export const UNITS: readonly Unit[] = [attachUnit, mappingsUnit, settingsUnit, recheckUnit, submitReviewUnit, autosaveUnit, revealUnit, fillBackUnit];

/** Starts each unit behind its own error boundary; returns the ids of units that failed to start. */
export function startUnits(env: UnitEnv, units: readonly Unit[] = UNITS): string[] {
  const failed: string[] = [];
  for (const unit of units) {
    try {
      unit.start(env);
    } catch {
      failed.push(unit.id);
    }
  }
  return failed;
}
