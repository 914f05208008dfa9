// Map-by-hand: the controls the reader could not place are outlined on the page (outlines only,
// out of hit testing: the page's own control takes the click), listed in the chip, and picked
// either there or by clicking or focusing the control itself. Say what it is, and the mapping is
// saved for this page. The portal's own fields are never touched.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { FIELD_LABELS, fieldLabel } from '../../../rules/fields';
import { t } from '../../../utils/i18n-overlay';
import type { Snapshot } from '../session';
import type { OverlayController, OverlayState } from './controller';
import { boxOf } from './position';
import { fromUser } from './trusted';

/** Outlines over the unrecognised controls; the picked one stands out. */
export function MapOutlines({ snapshot, controller, state }: { snapshot: Snapshot; controller: OverlayController; state: OverlayState }) {
  const { lang } = state;
  const targets = snapshot.read.unrecognised;
  // The user picks a control by using it: a click or the focus on it (or inside it), as it happens.
  useEffect(() => {
    const pick = fromUser((event: Event) => {
      const node = event.target;
      if (!(node instanceof Node)) return;
      const target = targets.find((u) => u.element === node || u.element.contains(node));
      if (target) controller.set({ mappingTarget: target.key });
    });
    const listen = { capture: true, passive: true } as const;
    document.addEventListener('pointerdown', pick, listen);
    document.addEventListener('focusin', pick, listen);
    return () => {
      document.removeEventListener('pointerdown', pick, listen);
      document.removeEventListener('focusin', pick, listen);
    };
  }, [targets, controller]);

  return (
    <div class="mapper" data-gongju-mapper="">
      {targets.map((target, i) => {
        const box = boxOf(target.element);
        if (!box) return null;
        return (
          <div
            key={target.key}
            class={`map-target${state.mappingTarget === target.key ? ' selected' : ''}`}
            data-control-key={target.key}
            data-label={target.label || t(lang, 'mapper.noLabel')}
            style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
          >
            <span class="map-number">{i + 1}</span>
          </div>
        );
      })}
    </div>
  );
}

/** In the opened chip: what to do, the list of unrecognised controls, and the picker for the one picked. */
export function MappingPanel({ snapshot, controller, state }: { snapshot: Snapshot; controller: OverlayController; state: OverlayState }) {
  const { lang } = state;
  const [query, setQuery] = useState('');
  const targets = snapshot.read.unrecognised;
  const selected = targets.find((u) => u.key === state.mappingTarget) ?? null;

  const choices = useMemo(() => {
    const q = query.trim().toLowerCase();
    return Object.keys(FIELD_LABELS)
      .filter((path) => path.includes('.') || path === 'acceptedOn')
      .filter((path) => !q || fieldLabel(path, lang).toLowerCase().includes(q) || path.toLowerCase().includes(q));
  }, [query, lang]);

  if (!selected) {
    return (
      <div class="mapping" data-gongju-mapping="">
        <p class="mapper-hint">{t(lang, 'mapper.pickField')}</p>
        <ol class="unrecognised-list" data-gongju-unrecognised="">
          {targets.map((target) => (
            <li key={target.key}>
              <button type="button" class="link" data-control-key={target.key} onClick={fromUser(() => controller.set({ mappingTarget: target.key }))}>
                {target.label || t(lang, 'mapper.noLabel')}
              </button>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <div class="mapping picker" role="group" aria-label={t(lang, 'mapper.title')} data-gongju-picker="">
      <h2>{t(lang, 'mapper.title')}</h2>
      <p>{t(lang, 'mapper.fieldLabel', { label: selected.label || t(lang, 'mapper.noLabel') })}</p>
      <label>
        {t(lang, 'mapper.chooseMeaning')}
        <input type="search" placeholder={t(lang, 'mapper.search')} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <ul class="choices" role="listbox">
        {choices.map((path) => (
          <li key={path}>
            <button
              type="button"
              role="option"
              data-path={path}
              onClick={fromUser(() => {
                controller.actions.saveMapping(selected.key, path);
                controller.set({ mappingTarget: null });
              })}
            >
              {fieldLabel(path, lang)}
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="secondary" onClick={fromUser(() => controller.set({ mappingTarget: null }))}>{t(lang, 'mapper.cancel')}</button>
      </div>
    </div>
  );
}
