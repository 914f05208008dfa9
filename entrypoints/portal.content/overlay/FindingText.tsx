// A finding as text: severity, message and the clause it rests on. Text only, never HTML. A date
// it states that was counted on the provisional calendar is marked as every view marks it, with
// the reason and where to add the year's schedule.
import type { Finding, Lang } from '../../../rules/types';
import { provisionalReason, t } from '../../../utils/i18n-overlay';

const NO_YEARS: readonly string[] = [];

export function FindingText({ finding, lang, note, provisional = NO_YEARS }: { finding: Finding; lang: Lang; note?: string; provisional?: readonly string[] }) {
  const marked = provisional.length > 0;
  return (
    <div class={`finding sev-${finding.incomplete ? 'incomplete' : finding.severity}`} data-rule={finding.rule}>
      <p class="message">
        <span class="sev">{t(lang, `severity.${finding.severity}`)}</span> {finding.message}
        {marked && <span class="provisional-mark">{t(lang, 'dates.provisionalMark')}</span>}
        {note && <span class="note"> {note}</span>}
      </p>
      {marked && (
        <p class="provisional" data-provisional={provisional.join(' ')}>
          {provisionalReason(provisional, lang)}
        </p>
      )}
      {finding.basis && <p class="basis">{t(lang, 'overlay.clause', { basis: finding.basis })}</p>}
    </div>
  );
}
