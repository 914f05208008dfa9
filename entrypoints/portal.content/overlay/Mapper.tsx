// Map-by-hand mode: boxes over the page's controls; click one, say what it is, and the mapping is
// saved for this page. The boxes sit in our overlay, so the portal's own fields are never touched.
import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../../rules/types';
import { FIELD_LABELS, fieldLabel } from '../../../rules/fields';
import { t } from '../../../utils/i18n-overlay';
import type { Snapshot } from '../session';
import type { OverlayController } from './controller';
import { boxOf } from './position';
import { fromUser } from './trusted';

interface Target {
  key: string;
  element: Element;
  label: string;
  recognised: boolean;
}

export function Mapper({ snapshot, controller, lang }: { snapshot: Snapshot; controller: OverlayController; lang: Lang }) {
  const [selected, setSelected] = useState<Target | null>(null);
  const [query, setQuery] = useState('');
  const targets: Target[] = snapshot.read.unrecognised.map((u) => ({ key: u.key, element: u.element, label: u.label, recognised: false }));

  const choices = useMemo(() => {
    const q = query.trim().toLowerCase();
    return Object.keys(FIELD_LABELS)
      .filter((path) => path.includes('.') || path === 'acceptedOn')
      .filter((path) => !q || fieldLabel(path, lang).toLowerCase().includes(q) || path.toLowerCase().includes(q));
  }, [query, lang]);

  return (
    <div class="mapper" data-gongju-mapper="">
      <p class="mapper-hint">{t(lang, 'mapper.pickField')}</p>
      {targets.map((target) => {
        const box = boxOf(target.element);
        if (!box) return null;
        return (
          <button
            type="button"
            key={target.key}
            class={`map-target${selected?.key === target.key ? ' selected' : ''}`}
            data-control-key={target.key}
            aria-label={target.label || t(lang, 'mapper.noLabel')}
            style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
            onClick={fromUser(() => setSelected(target))}
          />
        );
      })}
      {selected && (
        <div class="picker" role="dialog" aria-label={t(lang, 'mapper.title')} data-gongju-picker="">
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
                    setSelected(null);
                  })}
                >
                  {fieldLabel(path, lang)}
                </button>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="secondary" onClick={fromUser(() => setSelected(null))}>{t(lang, 'mapper.cancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
