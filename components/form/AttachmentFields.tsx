// 附件: one checkbox per material the case's check lists, with the file's name; attachments of
// materials the check no longer lists (after a change of type) stay until removed.
import { materialName } from '../../rules/materials';
import type { MaterialEntry } from '../../rules/types';
import { t } from '../../utils/i18n';
import { getAt, withValueAt } from '../../rules/paths';
import type { Draft } from '../caseDraft';
import { materialState, materialWhy } from '../MaterialList';
import type { FormApi } from './fields';

interface Attachment {
  material?: unknown;
  fileName?: unknown;
}

function attachmentsOf(draft: Draft): Attachment[] {
  const value = getAt(draft, 'attachments');
  return Array.isArray(value) ? (value as Attachment[]) : [];
}

function withAttachments(draft: Draft, list: Attachment[]): Draft {
  return withValueAt(draft, 'attachments', list.length > 0 ? list : undefined);
}

export function AttachmentFields({ f, materials }: { f: FormApi; materials: readonly MaterialEntry[] }) {
  const { lang } = f;
  const value = f.get('attachments');
  const attachments = Array.isArray(value) ? (value as Attachment[]) : [];
  const listed = new Set(materials.map((m) => m.material));
  const others = attachments.map((a, index) => ({ a, index })).filter(({ a }) => typeof a.material !== 'string' || !listed.has(a.material));

  const toggle = (material: string, on: boolean) =>
    f.update((draft) => {
      const list = attachmentsOf(draft);
      return withAttachments(draft, on ? [...list, { material }] : list.filter((a) => a.material !== material));
    });
  const rename = (material: string, fileName: string) =>
    f.update((draft) => {
      const list = [...attachmentsOf(draft)];
      const index = list.findIndex((a) => a.material === material);
      const entry: Attachment = { ...(index >= 0 ? list[index] : {}), material };
      if (fileName === '') delete entry.fileName;
      else entry.fileName = fileName;
      if (index >= 0) list[index] = entry;
      else list.push(entry);
      return withAttachments(draft, list);
    });

  if (materials.length === 0 && others.length === 0) return <p class="muted">{t(lang, 'material.none')}</p>;
  return (
    <div class="attachments">
      <ul class="attachment-list">
        {materials.map((entry) => {
          const index = attachments.findIndex((a) => a.material === entry.material);
          const present = index >= 0;
          const id = f.id(`attachments.${entry.material}`);
          const name = materialName(entry.material, lang);
          const why = materialWhy(entry, lang);
          const fileName = present && typeof attachments[index]!.fileName === 'string' ? (attachments[index]!.fileName as string) : '';
          return (
            <li key={entry.material} class={`attachment state-${materialState(entry)}`} data-material={entry.material}>
              <span class="check">
                <input id={id} type="checkbox" checked={present} onChange={(e) => toggle(entry.material, e.currentTarget.checked)} />
                <label for={id}>{name}</label>
              </span>
              <span class="material-state">{t(lang, `material.state.${materialState(entry)}`)}</span>
              {why && <span class="material-why">{t(lang, entry.required ? 'material.whyRequired' : 'material.whyConditional', { why })}</span>}
              <span class="file-name">
                <label for={`${id}-file`}>{t(lang, 'case.form.fileNameOf', { material: name })}</label>
                <input
                  id={`${id}-file`}
                  type="text"
                  autoComplete="off"
                  value={fileName}
                  onInput={(e) => rename(entry.material, e.currentTarget.value)}
                />
              </span>
            </li>
          );
        })}
      </ul>
      {others.length > 0 && (
        <>
          <h3>{t(lang, 'case.form.otherAttachments')}</h3>
          <ul class="attachment-list others">
            {others.map(({ a, index }) => {
              const label = typeof a.material === 'string' ? materialName(a.material, lang) : t(lang, 'case.form.unknownMaterial');
              return (
                <li key={index} class="attachment">
                  <span>{label}</span>
                  {typeof a.fileName === 'string' && <span class="file-name">{a.fileName}</span>}
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={t(lang, 'case.form.removeAttachmentNamed', { material: label })}
                    onClick={() => f.update((draft) => withAttachments(draft, attachmentsOf(draft).filter((_, i) => i !== index)))}
                  >
                    {t(lang, 'case.form.removeRow')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
