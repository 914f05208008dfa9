// The overlay's root, rendered in our own shadow root: markers, the summary chip, the submit review
// and the map-by-hand mode. Nothing here is ever inserted into the portal's DOM.
import { useEffect, useState } from 'preact/hooks';
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
