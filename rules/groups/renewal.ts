import type { RuleDef } from '../types';

// Being written: see the rules-engine issue.
export const RENEWAL_RULES: RuleDef[] = [];
