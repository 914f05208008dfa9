// The dates that decide what the user does next: the last safe day to submit and when the
// approval is due, with the days left counted from the check date.
import { isPlanned } from '../rules/application-types';
import { toDayNumber } from '../rules/dates';
import { provisionalYearsOfDate, provisionalYearsOfDates } from '../rules/provisional';
import { joinList } from '../rules/format';
import type { CheckOutput, Lang, WorkingDayDate } from '../rules/types';
import { t } from '../utils/i18n';
import { formatDate } from './labels';

export function KeyDates({ output, lang }: { output: Pick<CheckOutput, 'type' | 'dates' | 'asOf' | 'provisionalYears'>; lang: Lang }) {
  const { asOf } = output;
  const { lastSafeSubmission, approvalBy } = output.dates;
  const daysLeft = lastSafeSubmission ? toDayNumber(lastSafeSubmission) - toDayNumber(asOf) : null;
  // A new permit or a registration has no last safe day: the eligibility timeline says until when.
  const showLastSafe = lastSafeSubmission !== null || !isPlanned(output.type);
  // A date counted over a year without its schedule rests on the provisional calendar: marked beside it, why under the dates.
  const provisional = provisionalYearsOfDates(output);
  const mark = (date: WorkingDayDate) => provisionalYearsOfDate(output, date).length > 0 && <span class="provisional-mark">{t(lang, 'dates.provisionalMark')}</span>;
  return (
    <>
      <dl class="key-dates">
        {showLastSafe && (
          <div class={`key-date${daysLeft !== null && daysLeft < 0 ? ' overdue' : ''}`} data-date="lastSafeSubmission">
            <dt>{t(lang, 'case.dates.lastSafe')}</dt>
            <dd>
              {lastSafeSubmission ? formatDate(lang, lastSafeSubmission) : t(lang, 'case.dates.notApplicable')}
              {mark('lastSafeSubmission')}
              {daysLeft !== null && (
                <span class="days-left">
                  {daysLeft >= 0 ? t(lang, 'case.dates.daysLeft', { n: daysLeft }) : t(lang, 'case.dates.daysPast', { n: -daysLeft })}
                </span>
              )}
            </dd>
          </div>
        )}
        <div class="key-date" data-date="approvalBy">
          <dt>{t(lang, 'case.dates.approvalBy')}</dt>
          <dd>
            {approvalBy ? formatDate(lang, approvalBy) : t(lang, 'case.dates.approvalUnknown')}
            {mark('approvalBy')}
          </dd>
        </div>
        <div class="key-date" data-date="asOf">
          <dt>{t(lang, 'case.dates.asOf')}</dt>
          <dd>{formatDate(lang, asOf)}</dd>
        </div>
      </dl>
      {provisional.length > 0 && (
        <p class="provisional-note" data-provisional={provisional.join(' ')}>
          {t(lang, 'case.dates.provisional', { years: joinList(lang, provisional) })}
        </p>
      )}
    </>
  );
}
