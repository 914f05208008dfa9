import type { RuleDef } from '../types';

// Being written: see the rules-engine issue.
export const INFO_CHANGE_RULES: RuleDef[] = [];
