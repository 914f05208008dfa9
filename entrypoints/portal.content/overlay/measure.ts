// User-timing entries of the bench build (test/bench/content.bench.ts reads them):
// `gongju:initial` for the first check that found the page's form, from the script's start when
// that was its first check, otherwise from that check's start (the portal drew its form later, and
// the time before is the portal's own); `gongju:recheck` for the latest check.
const RECHECK_MEASURE = 'gongju:recheck';
const INITIAL_MEASURE = 'gongju:initial';
/** When the content script started: index.tsx imports this module before any other of ours. */
const SCRIPT_START = performance.now();
let checksShown = 0;
let initialRecorded = false;

/** A check's markers are on screen: `start` is when it read the page, `foundForm` whether it read any field. */
export function recordCheck(start: number, foundForm: boolean): void {
  try {
    checksShown++;
    if (!initialRecorded && foundForm) {
      initialRecorded = true;
      performance.measure(INITIAL_MEASURE, { start: checksShown === 1 ? SCRIPT_START : start, end: performance.now() });
    }
    performance.clearMeasures(RECHECK_MEASURE);
    performance.measure(RECHECK_MEASURE, { start, end: performance.now() });
  } catch {
    // A page that replaced performance.measure only loses the figure.
  }
}
