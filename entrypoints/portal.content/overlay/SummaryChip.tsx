// The summary: folded to a small pill with the counts (errors, warnings, missing materials, still to
// fill, not recognised) by default; opened, the business, the counts in words and map-by-hand. It is
// kept where no control of the page is (clearance.ts), can be dragged, and remembers where.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { APPLICATION_TYPES, type ApplicationType } from '../../../rules/schema';
import type { Lang } from '../../../rules/types';
import { t } from '../../../utils/i18n-overlay';
import { PageWatch } from '../reader/watch';
import type { Snapshot } from '../session';
import type { OverlayController, OverlayState } from './controller';
import { keepClear } from './clearance';
import { anchorOf, type Size } from './spot';
import { fromUser } from './trusted';
import { MappingPanel } from './Mapper';

interface ChipProps {
  snapshot: Snapshot;
  controller: OverlayController;
  state: OverlayState;
  /** Our own elements (the overlay's host): never obstacles. */
  isOwn?: (element: Element) => boolean;
  /** The document the chip is drawn over: the top frame's, for a form in a frame. */
  doc?: Document;
}

const NOTHING_OURS = () => false;

/** A pointer that moves this far after pressing starts a drag rather than a click. */
const DRAG_THRESHOLD = 4;

export function SummaryChip({ snapshot, controller, state, isOwn = NOTHING_OURS, doc = document }: ChipProps) {
  const chip = useRef<HTMLElement>(null);
  const clearance = useRef<ReturnType<typeof keepClear> | null>(null);
  /** Set by a drag, so the click that ends it does not also open or fold the chip. */
  const dragged = useRef(false);
  /** Set while a drag moves the chip, so a change of the page does not put it back meanwhile. */
  const dragging = useRef(false);

  useEffect(() => {
    const keeper = keepClear({
      doc,
      isOwn,
      chip: () => chip.current,
      anchor: () => controller.state.anchor,
      smaller: (natural) => (controller.state.collapsed ? [] : smallerPanels(natural)),
      held: () => dragging.current,
    });
    clearance.current = keeper;
    const stopWatching = PageWatch.of(doc).onChange(keeper.pageChanged);
    // Drawn in the top frame for a form in a frame: the frame's changes move its controls too.
    const stopWatchingForm = doc === document ? () => undefined : PageWatch.of(document).onChange(keeper.pageChanged);
    return () => {
      stopWatching();
      stopWatchingForm();
      keeper.stop();
    };
  }, [controller, isOwn, doc]);
  // A new size (other counts, opened, folded) or a new anchor: placed again.
  useLayoutEffect(() => clearance.current?.place());

  const startDrag = fromUser((event: PointerEvent) => {
    const element = chip.current;
    if (!element || event.button !== 0) return;
    const start = { x: event.clientX, y: event.clientY };
    const box = element.getBoundingClientRect();
    let moving = false;
    const move = (e: PointerEvent) => {
      if (!e.isTrusted) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!moving && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      moving = dragging.current = true;
      element.style.left = `${box.left + dx}px`;
      element.style.top = `${box.top + dy}px`;
    };
    const view = doc.defaultView ?? window;
    const end = (e: PointerEvent) => {
      view.removeEventListener('pointermove', move, true);
      view.removeEventListener('pointerup', end, true);
      view.removeEventListener('pointercancel', end, true);
      dragging.current = false;
      if (!moving) return;
      if (e.isTrusted) {
        dragged.current = true;
        const dropped = element.getBoundingClientRect();
        const anchor = anchorOf({ left: dropped.left, top: dropped.top, width: dropped.width, height: dropped.height }, { width: view.innerWidth, height: view.innerHeight });
        controller.set({ anchor });
        controller.actions.saveAnchor(anchor);
      }
      // Clear of the controls near where it was let go; back to its place when the page ended the drag.
      clearance.current?.place();
    };
    view.addEventListener('pointermove', move, true);
    view.addEventListener('pointerup', end, true);
    view.addEventListener('pointercancel', end, true);
  });
  /** A click, unless it ends a drag. */
  const onClick = (action: () => void) =>
    fromUser(() => {
      if (dragged.current) {
        dragged.current = false;
        return;
      }
      action();
    });

  const { lang } = state;
  const unrecognised = snapshot.read.unrecognised.length;
  const degraded = !!snapshot.failure && snapshot.failure !== 'schema';
  if (state.collapsed) {
    return (
      <button
        type="button"
        ref={chip as { current: HTMLButtonElement | null }}
        class="chip pill"
        data-gongju-chip=""
        data-state="collapsed"
        {...(snapshot.type && !degraded && { 'data-gongju-type': snapshot.type })}
        aria-expanded="false"
        aria-label={pillLabel(snapshot, lang)}
        onPointerDown={startDrag}
        onClick={onClick(() => controller.set({ collapsed: false }))}
      >
        <span class="brand" aria-hidden="true">{t(lang, 'overlay.short')}</span>
        {degraded ? (
          <span class="degraded" data-gongju-degraded="">!</span>
        ) : snapshot.type === null ? (
          <span class="ask" data-gongju-type-unknown="">?</span>
        ) : (
          <Counts snapshot={snapshot} lang={lang} words={false} />
        )}
        {unrecognised > 0 && <span class="n unrecognised" data-count="unrecognised" data-value={unrecognised}>{unrecognised}</span>}
      </button>
    );
  }
  return (
    <div ref={chip as { current: HTMLDivElement | null }} class="chip panel" data-gongju-chip="" data-state="expanded" role="region" aria-label={t(lang, 'overlay.name')}>
      <div class="head" onPointerDown={startDrag} title={t(lang, 'overlay.drag')}>
        <strong class="name">{t(lang, 'overlay.name')}</strong>
        <button
          type="button"
          class="link fold"
          aria-expanded="true"
          onClick={onClick(() => controller.set({ collapsed: true, mapping: false, mappingTarget: null }))}
          aria-label={t(lang, 'overlay.collapse')}
        >
          ▾
        </button>
      </div>
      <div class="body" role="status" aria-live="polite">
        {degraded ? (
          <span class="degraded" data-gongju-degraded="">{t(lang, 'overlay.degraded')}</span>
        ) : snapshot.type === null ? (
          <label class="type-choice" data-gongju-type-unknown="">
            <span>{t(lang, 'overlay.typeUnknown')}</span>
            <select
              aria-label={t(lang, 'overlay.chooseType')}
              onChange={fromUser((e: Event) => controller.actions.chooseType((e.currentTarget as HTMLSelectElement).value as ApplicationType))}
            >
              <option value="">{t(lang, 'overlay.chooseType')}</option>
              {APPLICATION_TYPES.map((type) => (
                <option key={type} value={type}>{t(lang, `type.${type}`)}</option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <span class="type" data-gongju-type={snapshot.type}>{t(lang, `type.${snapshot.type}`)}</span>
            <Counts snapshot={snapshot} lang={lang} words />
          </>
        )}
        {unrecognised > 0 && (
          <span class="count unrecognised" data-count="unrecognised" data-value={unrecognised}>{t(lang, 'overlay.unrecognised', { n: unrecognised })}</span>
        )}
        <button
          type="button"
          class="link"
          data-gongju-map=""
          aria-pressed={state.mapping}
          onClick={onClick(() => controller.set({ mapping: !state.mapping, mappingTarget: null }))}
        >
          {state.mapping ? t(lang, 'mapper.done') : t(lang, 'overlay.mapByHand')}
        </button>
      </div>
      {state.mapping && <MappingPanel snapshot={snapshot} controller={controller} state={state} />}
    </div>
  );
}

/** The opened chip, narrower and shorter (its content scrolls), down to what still shows a line or two. */
function smallerPanels(natural: Size): Size[] {
  const sizes: Size[] = [];
  for (const width of [natural.width, 300, 240, 200]) {
    for (const height of [natural.height, 240, 160, 100, 64, 40]) {
      if (width <= natural.width && height <= natural.height && (width < natural.width || height < natural.height)) sizes.push({ width, height });
    }
  }
  return sizes.sort((a, b) => b.width * b.height - a.width * a.height);
}

const COUNTS = [
  { count: 'errors', key: 'overlay.errors', sev: 'error', of: (s: Snapshot) => s.counts.errors },
  { count: 'warnings', key: 'overlay.warnings', sev: 'warning', of: (s: Snapshot) => s.counts.warnings },
  { count: 'missing', key: 'overlay.missing', sev: 'error', of: (s: Snapshot) => s.counts.missingMaterials },
  { count: 'to-fill', key: 'overlay.toFill', sev: 'info', of: (s: Snapshot) => s.counts.toFill },
] as const;

/** The four counts, in words (opened) or as numbers with their meaning in a title (the pill). */
function Counts({ snapshot, lang, words }: { snapshot: Snapshot; lang: Lang; words: boolean }) {
  return (
    <>
      {COUNTS.map(({ count, key, sev, of }) => {
        const n = of(snapshot);
        const text = t(lang, key, { n });
        return (
          <span key={count} class={`${words ? 'count' : 'n'} sev-${sev}${n === 0 ? ' zero' : ''}`} data-count={count} data-value={n} {...(!words && { title: text })}>
            {words ? text : n}
          </span>
        );
      })}
    </>
  );
}

/** What the pill says to a screen reader: the name, the business and every count in words. */
function pillLabel(snapshot: Snapshot, lang: Lang): string {
  const parts: string[] = [t(lang, 'overlay.name')];
  if (snapshot.failure && snapshot.failure !== 'schema') parts.push(t(lang, 'overlay.degraded'));
  else if (snapshot.type === null) parts.push(t(lang, 'overlay.typeUnknown'));
  else parts.push(t(lang, `type.${snapshot.type}`), ...COUNTS.map(({ key, of }) => t(lang, key, { n: of(snapshot) })));
  if (snapshot.read.unrecognised.length > 0) parts.push(t(lang, 'overlay.unrecognised', { n: snapshot.read.unrecognised.length }));
  parts.push(t(lang, 'overlay.expand'));
  return parts.join(lang === 'zh' ? '，' : ', ');
}
