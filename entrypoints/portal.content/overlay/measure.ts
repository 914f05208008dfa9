// User-timing entries of the bench build: `gongju:initial` from the script's start to the first
// markers on screen, `gongju:recheck` for the latest check (test/bench/content.bench.ts reads them).
const RECHECK_MEASURE = 'gongju:recheck';
const INITIAL_MEASURE = 'gongju:initial';
/** When the content script was evaluated: the start of `gongju:initial`. */
const SCRIPT_START = performance.now();
let initialRecorded = false;

export function recordCheck(start: number): void {
  try {
    if (!initialRecorded) {
      initialRecorded = true;
      performance.measure(INITIAL_MEASURE, { start: SCRIPT_START, end: performance.now() });
    }
    performance.clearMeasures(RECHECK_MEASURE);
    performance.measure(RECHECK_MEASURE, { start, end: performance.now() });
  } catch {
    // A page that replaced performance.measure only loses the figure.
  }
}
