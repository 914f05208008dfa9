// The always-visible summary: errors, warnings, missing materials, what is still to fill, and what was not recognised.
import { APPLICATION_TYPES, type ApplicationType } from '../../../rules/schema';
import { t } from '../../../utils/i18n-overlay';
import type { Snapshot } from '../session';
import type { OverlayController, OverlayState } from './controller';
import { fromUser } from './trusted';

export function SummaryChip({ snapshot, controller, state }: { snapshot: Snapshot; controller: OverlayController; state: OverlayState }) {
  const { lang } = state;
  const unrecognised = snapshot.read.unrecognised.length;
  if (state.collapsed) {
    return (
      <button type="button" class="chip collapsed" data-gongju-chip="" onClick={fromUser(() => controller.set({ collapsed: false }))} aria-label={t(lang, 'overlay.expand')}>
        <span class="count sev-error">{snapshot.counts.errors}</span>
      </button>
    );
  }
  return (
    <div class="chip" data-gongju-chip="" role="status" aria-live="polite">
      <strong class="name">{t(lang, 'overlay.name')}</strong>
      {snapshot.failure && snapshot.failure !== 'schema' ? (
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
          <span class="count sev-error" data-count="errors" data-value={snapshot.counts.errors}>{t(lang, 'overlay.errors', { n: snapshot.counts.errors })}</span>
          <span class="count sev-warning" data-count="warnings" data-value={snapshot.counts.warnings}>{t(lang, 'overlay.warnings', { n: snapshot.counts.warnings })}</span>
          <span class="count sev-error" data-count="missing" data-value={snapshot.counts.missingMaterials}>{t(lang, 'overlay.missing', { n: snapshot.counts.missingMaterials })}</span>
          <span class="count sev-info" data-count="to-fill" data-value={snapshot.counts.toFill}>{t(lang, 'overlay.toFill', { n: snapshot.counts.toFill })}</span>
        </>
      )}
      {unrecognised > 0 && (
        <span class="count unrecognised" data-count="unrecognised" data-value={unrecognised}>{t(lang, 'overlay.unrecognised', { n: unrecognised })}</span>
      )}
      <button type="button" class="link" data-gongju-map="" aria-pressed={state.mapping} onClick={fromUser(() => controller.set({ mapping: !state.mapping }))}>
        {state.mapping ? t(lang, 'mapper.done') : t(lang, 'overlay.mapByHand')}
      </button>
      <button type="button" class="link" onClick={fromUser(() => controller.set({ collapsed: true, mapping: false }))} aria-label={t(lang, 'overlay.collapse')}>
        ▾
      </button>
    </div>
  );
}
