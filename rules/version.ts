// Version of the embedded ruleset: year.month of the guide reading, then a patch number.
export const RULESET_VERSION = '2026.11.2';
