// The materials of a case grouped as the guide lists them: uploaded, missing, or needed only
// under a condition, which is then named.
import { materialName } from '../rules/materials';
import type { Lang, MaterialEntry, MaterialGroup } from '../rules/types';
import { t } from '../utils/i18n';
import { materialGroupLabel } from './labels';

const GROUP_ORDER: readonly MaterialGroup[] = ['unit', 'common', 'housing', 'companions', 'basis', 'income', 'change'];

export type MaterialState = 'present' | 'missing' | 'conditional';

export function materialState(entry: MaterialEntry): MaterialState {
  if (entry.present) return 'present';
  return entry.required ? 'missing' : 'conditional';
}

/** Why a material is asked for, when it depends on a condition: the reason of the branch of this case that lists it. */
export function materialWhy(entry: MaterialEntry, lang: Lang): string | undefined {
  return entry.why?.[lang];
}

export function groupMaterials(materials: readonly MaterialEntry[]): Array<{ group: MaterialGroup; entries: MaterialEntry[] }> {
  return GROUP_ORDER.map((group) => ({ group, entries: materials.filter((m) => m.group === group) })).filter((g) => g.entries.length > 0);
}

export interface MaterialListProps {
  materials: readonly MaterialEntry[];
  lang: Lang;
  level?: 2 | 3 | 4;
  /** When given, a missing material becomes a button that reveals its upload on the page. */
  onReveal?: (material: string) => void;
}

export function MaterialList({ materials, lang, level = 3, onReveal }: MaterialListProps) {
  const Heading = `h${level}` as 'h3';
  if (materials.length === 0) return <p class="muted">{t(lang, 'material.none')}</p>;
  return (
    <div class="material-groups">
      {groupMaterials(materials).map(({ group, entries }) => (
        <section key={group} class="material-group" data-group={group}>
          <Heading>{materialGroupLabel(lang, group)}</Heading>
          <ul class="materials">
            {entries.map((entry) => {
              const state = materialState(entry);
              const why = materialWhy(entry, lang);
              const name = materialName(entry.material, lang);
              return (
                <li key={entry.material} class={`material state-${state}`} data-material={entry.material} data-state={state}>
                  <span class="material-state">{t(lang, `material.state.${state}`)}</span>
                  {onReveal && state === 'missing' ? (
                    <button type="button" class="material-name link-button" onClick={() => onReveal(entry.material)}>
                      {name}
                    </button>
                  ) : (
                    <span class="material-name">{name}</span>
                  )}
                  {why && (
                    <span class="material-why">
                      {t(lang, entry.required ? 'material.whyRequired' : 'material.whyConditional', { why })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
