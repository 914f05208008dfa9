// The overlay's root, rendered in our own shadow root: markers, the summary chip, the submit review
// and the map-by-hand mode. Nothing here is ever inserted into the portal's DOM. In a frame holding
// the form, the page's part (markers, outlines, review) is drawn in the frame and the chip in the
// top frame's document: two roots of one session.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Session, Snapshot } from '../session';
import type { OverlayController, OverlayState } from './controller';
import { watchLayout } from './position';
import { Markers } from './Markers';
import { SummaryChip } from './SummaryChip';
import { SubmitDialog } from './SubmitDialog';
import { MapOutlines } from './Mapper';
import { recordCheck } from './measure';

interface OverlayProps {
  session: Session;
  controller: OverlayController;
  isOwn?: (element: Element) => boolean;
  /** Markers, map-by-hand outlines and the 提交 review, over the document the session reads. */
  page?: boolean;
  /** The summary chip, over `chipDoc`: the top frame's document for a form in a frame. */
  chip?: boolean;
  chipDoc?: Document;
}

export function Overlay({ session, controller, isOwn, page = true, chip = true, chipDoc }: OverlayProps) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(session.snapshot);
  const [state, setState] = useState<OverlayState>(controller.state);
  const [, setLayoutTick] = useState(0);

  useEffect(() => session.subscribe(setSnapshot), [session]);
  useEffect(() => {
    // What changed between the first render and now (a frame's chip already in the page) counts too.
    setState(controller.state);
    return controller.subscribe(setState);
  }, [controller]);
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
    if (import.meta.env.MODE === 'bench' && snapshot) recordCheck(session.lastRunStart, snapshot.read.fields.length > 0);
  }, [snapshot, session]);

  if (!snapshot) return null;
  const { lang } = state;
  return (
    <div class="root" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {page && !state.mapping && <Markers markers={snapshot.markers} output={snapshot.output} lang={lang} />}
      {page && state.mapping && <MapOutlines snapshot={snapshot} controller={controller} state={state} />}
      {chip && !state.chipElsewhere && (
        <SummaryChip snapshot={snapshot} controller={controller} state={state} {...(isOwn && { isOwn })} {...(chipDoc && { doc: chipDoc })} />
      )}
      {page && state.submit && <SubmitDialog snapshot={snapshot} controller={controller} request={state.submit} lang={lang} />}
    </div>
  );
}
