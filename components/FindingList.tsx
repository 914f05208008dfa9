// Findings grouped by severity (errors, warnings, still to fill, notes), each with its message
// and the clause it rests on. Messages are text, never HTML.
import { groupByKind, kindOf, type FindingKind } from '../rules/summary';
import type { Finding, Lang } from '../rules/types';
import { provisionalReason, t, type MessageKey } from '../utils/i18n';
import { pathLabel } from './labels';

// Missing materials are not listed here: the materials list shows them (counted as rules/summary.ts counts them).
const GROUPS: ReadonlyArray<{ id: Exclude<FindingKind, 'material'>; key: MessageKey }> = [
  { id: 'error', key: 'case.findings.error' },
  { id: 'warning', key: 'case.findings.warning' },
  { id: 'incomplete', key: 'case.findings.incomplete' },
  { id: 'info', key: 'case.findings.info' },
];

export interface FindingListProps {
  findings: readonly Finding[];
  lang: Lang;
  /** Heading level of the group headings. */
  level?: 2 | 3 | 4;
  /** When given, a finding that names a field or a material becomes a button that reveals it. */
  onReveal?: (finding: Finding) => void;
  /** The provisional years of the date a finding states (rules/provisional.ts): marked as the key dates mark it. */
  provisionalOf?: (finding: Finding) => readonly string[];
}

const NOT_PROVISIONAL = (): readonly string[] => [];

export function FindingList({ findings, lang, level = 3, onReveal, provisionalOf = NOT_PROVISIONAL }: FindingListProps) {
  const groups = groupByKind(findings);
  const Heading = `h${level}` as 'h3';
  if (GROUPS.every(({ id }) => groups[id].length === 0)) return <p class="all-clear">{t(lang, 'case.findings.none')}</p>;
  return (
    <div class="finding-groups">
      {GROUPS.map(({ id, key }) => {
        const items = groups[id];
        if (items.length === 0) return null;
        return (
          <section key={id} class={`finding-group group-${id}`} data-group={id}>
            <Heading>{t(lang, key, { n: items.length })}</Heading>
            <ul class="findings">
              {items.map((finding, index) => (
                <FindingItem
                  key={`${finding.rule}|${finding.subject ?? ''}|${finding.material ?? ''}|${index}`}
                  finding={finding}
                  lang={lang}
                  onReveal={onReveal}
                  provisional={provisionalOf(finding)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function FindingItem({ finding, lang, onReveal, provisional }: { finding: Finding; lang: Lang; onReveal?: ((finding: Finding) => void) | undefined; provisional: readonly string[] }) {
  const revealable = onReveal !== undefined && (finding.fields.length > 0 || finding.material !== undefined);
  const fields = finding.incomplete ? [] : finding.fields.filter((f) => f !== 'attachments');
  // The reason is in the mark's title: the key dates above say it in full.
  const mark = provisional.length > 0 && (
    <span class="provisional-mark" title={provisionalReason(provisional, lang)}>
      {t(lang, 'dates.provisionalMark')}
    </span>
  );
  return (
    <li class={`finding sev-${kindOf(finding)}`} data-rule={finding.rule}>
      {revealable ? (
        <button type="button" class="finding-reveal" onClick={() => onReveal(finding)}>
          <span class="message">{finding.message}</span>
          {mark}
          <span class="reveal-hint">{t(lang, 'case.findings.reveal')}</span>
        </button>
      ) : (
        <p class="message">
          {finding.message}
          {mark}
        </p>
      )}
      {fields.length > 0 && (
        <p class="fields">{t(lang, 'case.findings.fields', { fields: fields.map((f) => pathLabel(lang, f)).join(t(lang, 'common.listSeparator')) })}</p>
      )}
      {finding.basis && <p class="basis">{t(lang, 'case.findings.basis', { basis: finding.basis })}</p>}
    </li>
  );
}
