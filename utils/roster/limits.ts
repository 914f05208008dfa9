/** Larger roster files are refused before reading: a staff list of 50,000 rows is a few MB. */
export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;
