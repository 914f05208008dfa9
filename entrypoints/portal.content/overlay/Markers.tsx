// One marker per page element a finding points at, over the element's box; details on hover or
// focus of its badge. Markers, badges and tips are all out of hit testing: the page's own elements
// beneath take every click. Hovering is followed from the pointer's position instead.
import { useEffect, useRef, useState } from 'preact/hooks';
import { provisionalYearsOfFinding } from '../../../rules/provisional';
import type { CheckOutput, Lang } from '../../../rules/types';
import { t } from '../../../utils/i18n-overlay';
import type { MarkerModel } from '../markers';
import { boxOf } from './position';
import { FindingText } from './FindingText';

/** How far around a badge the pointer still counts as on it. */
const BADGE_SLACK = 3;

function inside(x: number, y: number, rect: DOMRect, slack = 0): boolean {
  return x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack;
}

export function Markers({ markers, output, lang }: { markers: MarkerModel[]; output: CheckOutput | null; lang: Lang }) {
  const root = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    let frame = 0;
    let last = { x: -1, y: -1 };
    const update = () => {
      frame = 0;
      const { x, y } = last;
      let found: string | null = null;
      for (const marker of root.current?.querySelectorAll<HTMLElement>('.marker') ?? []) {
        const badge = marker.querySelector('.badge')?.getBoundingClientRect();
        const tip = marker.querySelector('.tip.shown')?.getBoundingClientRect();
        if ((badge && inside(x, y, badge, BADGE_SLACK)) || (tip && inside(x, y, tip))) found = marker.dataset.key ?? null;
      }
      setHovered(found);
    };
    const onMove = (event: PointerEvent) => {
      last = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(update);
    };
    document.addEventListener('pointermove', onMove, { capture: true, passive: true });
    return () => {
      if (frame) cancelAnimationFrame(frame);
      document.removeEventListener('pointermove', onMove, { capture: true });
    };
  }, []);

  return (
    <div class="markers" ref={root}>
      {markers.map((marker) => {
        const box = boxOf(marker.element);
        if (!box) return null;
        const label = t(lang, 'overlay.markerLabel', {
          severity: t(lang, `severity.${marker.severity}`),
          // A screen reader hears the provisional mark too.
          rules: marker.findings.map((f) => (output && provisionalYearsOfFinding(output, f).length > 0 ? `${f.message}${t(lang, 'dates.provisionalMark')}` : f.message)).join(' '),
        });
        return (
          <div
            key={marker.key}
            class={`marker sev-${marker.severity}`}
            data-key={marker.key}
            data-field={marker.field}
            data-rules={marker.rules.join(' ')}
            data-severity={marker.severity}
            {...(marker.material && { 'data-material': marker.material })}
            style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
          >
            <button type="button" class="badge" aria-label={label}>
              {marker.severity === 'error' ? '!' : marker.severity === 'warning' ? '?' : 'i'}
            </button>
            <div class={`tip${hovered === marker.key ? ' shown' : ''}`} role="tooltip">
              {marker.findings.map((finding, i) => (
                <FindingText key={i} finding={finding} lang={lang} {...(output && { provisional: provisionalYearsOfFinding(output, finding) })} />
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
