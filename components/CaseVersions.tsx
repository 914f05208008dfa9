// The last versions of a case's content (time and source: page, editor, import), newest first,
// each one restorable: how a merge, an autosave or an edit is undone.
import type { Lang } from '../rules/types';
import { t } from '../utils/i18n';
import type { CaseRecord } from '../utils/store/types';
import { formatDate } from './labels';

export function CaseVersions({ record, lang, onRestore }: { record: CaseRecord; lang: Lang; onRestore: (index: number) => void }) {
  const versions = record.versions ?? [];
  if (versions.length === 0) return null;
  const newest = versions.length - 1;
  return (
    <details class="case-versions" data-versions="">
      <summary>{t(lang, 'versions.title', { n: versions.length })}</summary>
      <ol class="version-list" reversed>
        {versions
          .map((version, index) => ({ version, index }))
          .reverse()
          .map(({ version, index }) => (
            <li key={`${version.at}|${index}`} data-version={index} data-source={version.source}>
              <span>{`${formatDate(lang, version.at.slice(0, 10))} ${version.at.slice(11, 16)} · ${t(lang, `versions.source.${version.source}`)}`}</span>
              {index === newest ? (
                <span class="muted">{` ${t(lang, 'versions.current')}`}</span>
              ) : (
                <button type="button" class="secondary small" data-restore-version={index} onClick={() => onRestore(index)}>
                  {t(lang, 'versions.restore')}
                </button>
              )}
            </li>
          ))}
      </ol>
    </details>
  );
}
