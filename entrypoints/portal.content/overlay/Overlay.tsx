// The overlay's root, rendered in our own shadow root: markers, the summary chip, the submit review
// and the map-by-hand mode. Nothing here is ever inserted into the portal's DOM.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Session, Snapshot } from '../session';
import type { OverlayController, OverlayState } from './controller';
import { watchLayout } from './position';
import { Markers } from './Markers';
import { SummaryChip } from './SummaryChip';
import { SubmitDialog } from './SubmitDialog';
import { Mapper } from './Mapper';

export function Overlay({ session, controller }: { session: Session; controller: OverlayController }) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(session.snapshot);
  const [state, setState] = useState<OverlayState>(controller.state);
  const [, setLayoutTick] = useState(0);

  useEffect(() => session.subscribe(setSnapshot), [session]);
  useEffect(() => controller.subscribe(setState), [controller]);
  useEffect(() => watchLayout(() => setLayoutTick((n) => n + 1)), []);
  // A field shown later (a tab opened, a section expanded) gets its box without any DOM change we
  // would see: watch the marked elements' sizes.
  useEffect(() => {
    if (!snapshot || typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(() => setLayoutTick((n) => n + 1));
    for (const marker of snapshot.markers) observer.observe(marker.element);
    return () => observer.disconnect();
  }, [snapshot]);
  // One user-timing entry per check, from reading the page to markers on screen: `npm run bench` reads it.
  useLayoutEffect(() => {
    if (snapshot) recordRecheck(session.lastRunStart);
  }, [snapshot, session]);

  if (!snapshot) return null;
  const { lang } = state;
  return (
    <div class="root" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {!state.mapping && <Markers markers={snapshot.markers} lang={lang} />}
      {state.mapping && <Mapper snapshot={snapshot} controller={controller} lang={lang} />}
      <SummaryChip snapshot={snapshot} controller={controller} state={state} />
      {state.submit && <SubmitDialog snapshot={snapshot} controller={controller} request={state.submit} lang={lang} />}
    </div>
  );
}

export const RECHECK_MEASURE = 'gongju:recheck';
export const INITIAL_MEASURE = 'gongju:initial';
/** When the content script was evaluated: the start of `gongju:initial`. */
const SCRIPT_START = performance.now();
let initialRecorded = false;

function recordRecheck(start: number): void {
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
