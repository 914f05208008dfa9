// The employer's fields (单位), shared by the case form and the employer profiles.
import { BoolField, DateField, EnumField, NumberField, Rows, TextField, YearAmounts, shortLabel, type FormApi } from './fields';

export interface EmployerFieldsProps {
  f: FormApi;
  /** The last three complete years before the check date: the years taxes are asked for. */
  taxYears: readonly number[];
  /** 原主管区 is asked only for a change of supervising district. */
  showPreviousDistrict?: boolean;
}

export function EmployerFields({ f, taxYears, showPreviousDistrict }: EmployerFieldsProps) {
  const { lang } = f;
  return (
    <div class="field-grid">
      <TextField f={f} path="employer.name" autoComplete="organization" />
      <TextField f={f} path="employer.creditCode" />
      <EnumField f={f} path="employer.orgForm" name="orgForm" />
      <EnumField f={f} path="employer.registeredDistrict" name="district" />
      {showPreviousDistrict && <EnumField f={f} path="employer.previousDistrict" name="district" />}
      <DateField f={f} path="employer.registrationDate" />
      <NumberField f={f} path="employer.registeredCapital" unit="yuan" />
      <DateField f={f} path="employer.licenseValidUntil" nullKey="case.form.longTerm" />
      <BoolField f={f} path="employer.goodStanding" />
      <BoolField f={f} path="employer.fitsIndustryPolicy" />
      <BoolField f={f} path="employer.hasPermission" />
      <BoolField f={f} path="employer.specialApproval" />
      <EnumField f={f} path="employer.serviceKind" name="serviceKind" nullKey="case.form.serviceKindNone" />
      <div class="wide">
        <YearAmounts f={f} path="employer.taxPaid" years={taxYears} />
      </div>
      <div class="wide">
        <Rows f={f} path="employer.qualifications" rowKey="case.form.row.qualification" addKey="case.form.add.qualification">
          {(row) => (
            <>
              <EnumField f={f} path={`${row}.kind`} name="qualificationKind" label={shortLabel(`${row}.kind`, lang)} />
              <DateField f={f} path={`${row}.validUntil`} label={shortLabel(`${row}.validUntil`, lang)} />
            </>
          )}
        </Rows>
      </div>
    </div>
  );
}
