// The overlay's root, rendered in our own shadow root: markers, the summary chip, the submit review
// and the map-by-hand mode. Nothing here is ever inserted into the portal's DOM.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Session, Snapshot } from '../session';
import type { OverlayController, OverlayState } from './controller';
import { watchLayout } from './position';
import { Markers } from './Markers';
import { SummaryChip } from './SummaryChip';
import { SubmitDialog } from './SubmitDialog';
import { MapOutlines } from './Mapper';
import { recordCheck } from './measure';

export function Overlay({ session, controller, isOwn }: { session: Session; controller: OverlayController; isOwn?: (element: Element) => boolean }) {
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
  // One user-timing entry per check, from reading the page to markers on screen, for `npm run bench`.
  // Only a bench build (`wxt build --mode bench`) has it: measures land in the page's own timeline,
  // where its scripts would learn that we are there and when we check.
  useLayoutEffect(() => {
    if (import.meta.env.MODE === 'bench' && snapshot) recordCheck(session.lastRunStart);
  }, [snapshot, session]);

  if (!snapshot) return null;
  const { lang } = state;
  return (
    <div class="root" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {!state.mapping && <Markers markers={snapshot.markers} lang={lang} />}
      {state.mapping && <MapOutlines snapshot={snapshot} controller={controller} state={state} />}
      <SummaryChip snapshot={snapshot} controller={controller} state={state} {...(isOwn && { isOwn })} />
      {state.submit && <SubmitDialog snapshot={snapshot} controller={controller} request={state.submit} lang={lang} />}
    </div>
  );
}
