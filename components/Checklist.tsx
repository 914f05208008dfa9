// One case's check at a glance: counts, key dates and when to apply, materials, and findings by severity.
import type { CheckOutput, Finding, Lang } from '../rules/types';
import { t } from '../utils/i18n';
import { provisionalYearsOfFinding } from '../rules/provisional';
import { countsOf } from '../rules/summary';
import { EligibilityTimeline, type EligibilityTimelineProps } from './EligibilityTimeline';
import { FindingList } from './FindingList';
import { KeyDates } from './KeyDates';
import { MaterialList } from './MaterialList';

export interface ChecklistProps {
  output: CheckOutput;
  lang: Lang;
  /** Heading level of the checklist's own sections; their groups go one level below. */
  level?: 2 | 3;
  onRevealFinding?: (finding: Finding) => void;
  onRevealMaterial?: (material: string) => void;
  /** The reminder for the first day to apply, where the page can set one. */
  eligibilityReminder?: EligibilityTimelineProps['reminder'];
}

export function Checklist({ output, lang, level = 2, onRevealFinding, onRevealMaterial, eligibilityReminder }: ChecklistProps) {
  const Heading = `h${level}` as 'h2';
  const sub = (level + 1) as 3 | 4;
  const counts = countsOf(output.findings);
  return (
    <div class="checklist">
      <p class="check-summary" role="status">
        <span class={`count count-error${counts.errors ? ' nonzero' : ''}`}>{t(lang, 'case.count.errors', { n: counts.errors })}</span>
        <span class={`count count-warning${counts.warnings ? ' nonzero' : ''}`}>{t(lang, 'case.count.warnings', { n: counts.warnings })}</span>
        <span class={`count count-missing${counts.missingMaterials ? ' nonzero' : ''}`}>{t(lang, 'case.count.missing', { n: counts.missingMaterials })}</span>
        <span class="count count-tofill">{t(lang, 'case.count.toFill', { n: counts.toFill })}</span>
      </p>
      <section class="checklist-section" data-section="dates">
        <Heading>{t(lang, 'case.section.dates')}</Heading>
        <KeyDates output={output} lang={lang} />
        <EligibilityTimeline output={output} lang={lang} reminder={eligibilityReminder} />
      </section>
      <section class="checklist-section" data-section="findings">
        <Heading>{t(lang, 'case.section.findings')}</Heading>
        <FindingList
          findings={output.findings}
          lang={lang}
          level={sub}
          onReveal={onRevealFinding}
          provisionalOf={(finding) => provisionalYearsOfFinding(output, finding)}
        />
      </section>
      <section class="checklist-section" data-section="materials">
        <Heading>{t(lang, 'case.section.materials')}</Heading>
        <MaterialList materials={output.materials} lang={lang} level={sub} onReveal={onRevealMaterial} />
      </section>
      <p class="ruleset muted">{t(lang, 'case.ruleset', { version: output.ruleset })}</p>
    </div>
  );
}
