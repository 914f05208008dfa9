// A finding as text: severity, message and the clause it rests on. Text only, never HTML.
import type { Finding, Lang } from '../../../rules/types';
import { t } from '../../../utils/i18n-overlay';

export function FindingText({ finding, lang, note }: { finding: Finding; lang: Lang; note?: string }) {
  return (
    <div class={`finding sev-${finding.incomplete ? 'incomplete' : finding.severity}`} data-rule={finding.rule}>
      <p class="message">
        <span class="sev">{t(lang, `severity.${finding.severity}`)}</span> {finding.message}
        {note && <span class="note"> {note}</span>}
      </p>
      {finding.basis && <p class="basis">{t(lang, 'overlay.clause', { basis: finding.basis })}</p>}
    </div>
  );
}
