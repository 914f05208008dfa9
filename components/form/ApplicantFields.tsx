// The applicant's fields (申请人): identity, work history, employment, income, qualifications,
// residence and accompanying family. Fields of a residence kind other than the chosen one are
// hidden, not cleared.
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkIdNumber } from '../../rules/checksums';
import { withValueAt } from '../../rules/paths';
import { t } from '../../utils/i18n';
import { enumLabel } from '../labels';
import { BoolField, DateField, EnumField, NumberField, Rows, TextField, YearAmounts, shortLabel, type FormApi } from './fields';

const MORE_BASES = new Set(['ip', 'equity-investment', 'equity-tax', 'freelance', 'special', 'innovation-entity', 'innovation-service']);

export function ApplicantFields({ f, incomeYears }: { f: FormApi; incomeYears: readonly number[] }) {
  const { lang } = f;
  const short = (path: string) => shortLabel(path, lang);
  const housingKind = f.get('applicant.housing.kind');
  const landlordKind = f.get('applicant.housing.landlordKind');
  const basis = f.get('applicant.basis');
  const hasMore = ['applicant.ip', 'applicant.equity', 'applicant.freelance', 'applicant.specialApproval'].some((p) => f.get(p) !== undefined);

  const filled = useIdFill(f);

  return (
    <>
      <h3>{t(lang, 'case.form.sub.identity')}</h3>
      <div class="field-grid">
        <TextField f={f} path="applicant.name" autoComplete="name" />
        <TextField f={f} path="applicant.idNumber" />
        <EnumField f={f} path="applicant.gender" name="gender" />
        <DateField f={f} path="applicant.birthDate" />
        <TextField f={f} path="applicant.hukouLocation" />
        <EnumField f={f} path="applicant.maritalStatus" name="maritalStatus" />
      </div>
      <p class="hint" role="status" data-id-filled={filled ? '' : undefined}>
        {filled && t(lang, 'case.form.idFilled', { birthDate: filled.birthDate, gender: enumLabel(lang, 'gender', filled.gender) })}
      </p>

      <h3>{t(lang, 'case.form.sub.work')}</h3>
      <Rows f={f} path="applicant.workHistory" rowKey="case.form.row.work" addKey="case.form.add.work">
        {(row) => (
          <>
            <TextField f={f} path={`${row}.employer`} label={short(`${row}.employer`)} />
            <DateField f={f} path={`${row}.from`} label={short(`${row}.from`)} />
            <DateField f={f} path={`${row}.to`} label={short(`${row}.to`)} nullKey="case.form.ongoing" />
          </>
        )}
      </Rows>
      <h3>{t(lang, 'case.form.sub.employment')}</h3>
      <div class="field-grid">
        <DateField f={f} path="applicant.employment.startDate" />
        <DateField f={f} path="applicant.employment.contractEndDate" nullKey="case.form.openEnded" />
        <TextField f={f} path="applicant.employment.contractEmployer" />
        <TextField f={f} path="applicant.employment.socialInsuranceEmployer" />
        <TextField f={f} path="applicant.employment.incomeTaxEmployer" />
      </div>

      <h3>{t(lang, 'case.form.sub.income')}</h3>
      <Rows f={f} path="applicant.monthlyIncome" rowKey="case.form.row.income" addKey="case.form.add.income">
        {(row) => (
          <>
            <DateField f={f} path={`${row}.month`} label={short(`${row}.month`)} month />
            <NumberField f={f} path={`${row}.amount`} label={short(`${row}.amount`)} unit="yuan" />
          </>
        )}
      </Rows>
      <YearAmounts f={f} path="applicant.annualIncome" years={incomeYears} />

      <h3>{t(lang, 'case.form.sub.basis')}</h3>
      <div class="field-grid">
        <EnumField f={f} path="applicant.basis" name="basis" emptyKey="case.form.basisAny" />
      </div>
      <Rows f={f} path="applicant.education" rowKey="case.form.row.education" addKey="case.form.add.education">
        {(row) => (
          <>
            <EnumField f={f} path={`${row}.level`} name="educationLevel" label={short(`${row}.level`)} />
            <EnumField f={f} path={`${row}.degree`} name="degree" label={short(`${row}.degree`)} />
            <TextField f={f} path={`${row}.school`} label={short(`${row}.school`)} />
            <DateField f={f} path={`${row}.graduationDate`} label={short(`${row}.graduationDate`)} />
            <EnumField f={f} path={`${row}.verification`} name="verification" label={short(`${row}.verification`)} />
          </>
        )}
      </Rows>
      <Rows f={f} path="applicant.titles" rowKey="case.form.row.title" addKey="case.form.add.title">
        {(row) => (
          <>
            <TextField f={f} path={`${row}.name`} label={short(`${row}.name`)} />
            <EnumField f={f} path={`${row}.level`} name="titleLevel" label={short(`${row}.level`)} />
            <EnumField f={f} path={`${row}.obtainedBy`} name="obtainedBy" label={short(`${row}.obtainedBy`)} />
          </>
        )}
      </Rows>
      <Rows f={f} path="applicant.awards" rowKey="case.form.row.award" addKey="case.form.add.award">
        {(row) => (
          <>
            <TextField f={f} path={`${row}.name`} label={short(`${row}.name`)} />
            <EnumField f={f} path={`${row}.scope`} name="awardScope" label={short(`${row}.scope`)} />
          </>
        )}
      </Rows>
      <details class="more-bases" open={hasMore || (typeof basis === 'string' && MORE_BASES.has(basis))}>
        <summary>{t(lang, 'case.form.moreBases')}</summary>
        <fieldset>
          <legend>{t(lang, 'case.form.ip')}</legend>
          <div class="field-grid">
            <NumberField f={f} path="applicant.ip.inventionPatents" integer />
            <NumberField f={f} path="applicant.ip.otherPatents" integer />
            <NumberField f={f} path="applicant.ip.softwareCopyrights" integer />
            <NumberField f={f} path="applicant.ip.bestAuthorRank" integer />
            <BoolField f={f} path="applicant.ip.commercializedInBeijing" />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'case.form.equity')}</legend>
          <div class="field-grid">
            <NumberField f={f} path="applicant.equity.sharePercent" unit="percent" />
            <NumberField f={f} path="applicant.equity.naturalPersonRank" integer />
            <NumberField f={f} path="applicant.equity.selfInvestment3y" unit="yuan" />
            <NumberField f={f} path="applicant.equity.equityFinancing" unit="yuan" />
            <NumberField f={f} path="applicant.equity.avgAnnualCompanyTax3y" unit="yuan" />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'case.form.freelance')}</legend>
          <div class="field-grid">
            <BoolField f={f} path="applicant.freelance.isFreelancer" />
            <BoolField f={f} path="applicant.freelance.notableContribution" />
          </div>
          <YearAmounts f={f} path="applicant.freelance.annualTaxPaid" years={incomeYears} />
        </fieldset>
        <div class="field-grid">
          <BoolField f={f} path="applicant.specialApproval" />
        </div>
      </details>

      <h3>{t(lang, 'case.form.sub.housing')}</h3>
      <div class="field-grid">
        <EnumField f={f} path="applicant.housing.kind" name="housingKind" />
        {housingKind === 'residence-permit' && <DateField f={f} path="applicant.housing.residencePermitValidUntil" />}
        {(housingKind === 'owned' || housingKind === 'owned-by-spouse') && (
          <EnumField f={f} path="applicant.housing.ownershipProof" name="ownershipProof" />
        )}
        {housingKind === 'rented' && <EnumField f={f} path="applicant.housing.landlordKind" name="landlordKind" />}
        {housingKind === 'rented' && landlordKind === 'private-home' && <BoolField f={f} path="applicant.housing.landlordHasCertificate" />}
        {housingKind === 'unit-housing' && <BoolField f={f} path="applicant.housing.unitOwnsProperty" />}
        {(housingKind === 'rented' || (housingKind === 'unit-housing' && f.get('applicant.housing.unitOwnsProperty') === false)) && (
          <DateField f={f} path="applicant.housing.leaseEnd" />
        )}
      </div>

      <h3>{t(lang, 'case.form.sub.companions')}</h3>
      <Rows f={f} path="applicant.companions" rowKey="case.form.row.companion" addKey="case.form.add.companion">
        {(row) => (
          <>
            <EnumField f={f} path={`${row}.relation`} name="relation" label={short(`${row}.relation`)} />
            <TextField f={f} path={`${row}.name`} label={short(`${row}.name`)} />
            <TextField f={f} path={`${row}.idNumber`} label={short(`${row}.idNumber`)} />
            <DateField f={f} path={`${row}.birthDate`} label={short(`${row}.birthDate`)} />
            {f.get(`${row}.relation`) !== 'spouse' && (
              <BoolField f={f} path={`${row}.custodyWithApplicant`} label={short(`${row}.custodyWithApplicant`)} />
            )}
          </>
        )}
      </Rows>
    </>
  );
}

/**
 * When a valid ID number is typed, fills the birth date and gender it encodes, unless the user
 * gave others (those stay, and the check says they disagree); returns what it filled, to say so.
 */
function useIdFill(f: FormApi): { birthDate: string; gender: 'male' | 'female' } | null {
  const idNumber = f.get('applicant.idNumber');
  const [filled, setFilled] = useState<{ birthDate: string; gender: 'male' | 'female' } | null>(null);
  const seen = useRef(idNumber);
  useEffect(() => {
    if (idNumber === seen.current) return;
    seen.current = idNumber;
    const read = typeof idNumber === 'string' ? checkIdNumber(idNumber.trim().toUpperCase(), new Date().toISOString().slice(0, 10)) : null;
    if (!read?.ok) return setFilled(null);
    // A value is ours to replace when it is empty or what an earlier number filled in.
    const ours = (path: string, earlier: string | undefined) => f.get(path) === undefined || f.get(path) === earlier;
    const birth = ours('applicant.birthDate', filled?.birthDate);
    const gender = ours('applicant.gender', filled?.gender);
    if (!birth && !gender) return setFilled(null);
    f.update((draft) => {
      let next = draft;
      if (birth) next = withValueAt(next, 'applicant.birthDate', read.birthDate);
      if (gender) next = withValueAt(next, 'applicant.gender', read.gender);
      return next;
    });
    setFilled({ birthDate: read.birthDate, gender: read.gender });
  }, [idNumber]);
  return filled;
}
