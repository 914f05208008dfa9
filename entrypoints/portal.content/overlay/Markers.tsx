// One marker per page element a finding points at, over the element's box; details on hover or focus.
import type { Lang } from '../../../rules/types';
import { t } from '../../../utils/i18n-overlay';
import type { MarkerModel } from '../markers';
import { boxOf } from './position';
import { FindingText } from './FindingText';

export function Markers({ markers, lang }: { markers: MarkerModel[]; lang: Lang }) {
  return (
    <div class="markers">
      {markers.map((marker) => {
        const box = boxOf(marker.element);
        if (!box) return null;
        const label = t(lang, 'overlay.markerLabel', {
          severity: t(lang, `severity.${marker.severity}`),
          rules: marker.findings.map((f) => f.message).join(' '),
        });
        return (
          <div
            key={marker.key}
            class={`marker sev-${marker.severity}`}
            data-field={marker.field}
            data-rules={marker.rules.join(' ')}
            data-severity={marker.severity}
            {...(marker.material && { 'data-material': marker.material })}
            style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
          >
            <button type="button" class="badge" aria-label={label}>
              {marker.severity === 'error' ? '!' : marker.severity === 'warning' ? '?' : 'i'}
            </button>
            <div class="tip" role="tooltip">
              {marker.findings.map((finding, i) => (
                <FindingText key={i} finding={finding} lang={lang} />
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
