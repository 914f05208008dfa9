// Recognition measured against what a person would say a replica page shows: its application
// type, the case paths of its fields and the materials of its attachment rows (the page's
// *.expected.json, see test/replica/README.md). One share over all pages: recognised / expected.

export interface Expected {
  /** The application type the page is for; null when the page names none (the chip asks). */
  type: string | null;
  /** Case paths of the fields shown, concrete (applicant.workHistory[0].from, employer.taxPaid.2025). */
  fields: string[];
  /** Material ids of the attachment rows shown. */
  materials: string[];
}

export interface Observed {
  type: string | null;
  fields: string[];
  materials: string[];
  /** Labels of what the reader listed as not recognised, for the report. */
  unrecognised: string[];
  /** The types the page names, best first, with the texts naming them, for the report. */
  candidates: Array<{ type: string; score: number; texts: string[] }>;
}

export interface PageScore {
  expected: number;
  recognised: number;
  /** Expected items the reader missed: `type:new`, a path, or `material:id`. */
  missed: string[];
  /** Paths or materials the reader gave that the page does not show (a wrong reading). */
  misread: string[];
}

interface ReadLike {
  type: string | null;
  detection?: { candidates: Array<{ type: string; score: number; texts: string[] }> };
  fields: ReadonlyArray<{ path: string; material?: string }>;
  unrecognised: ReadonlyArray<{ label: string }>;
}

/** The reader's result reduced to what is scored. */
export function observedOf(read: ReadLike): Observed {
  const fields = new Set<string>();
  const materials = new Set<string>();
  for (const field of read.fields) {
    if (field.material) materials.add(field.material);
    else if (field.path !== 'attachments') fields.add(field.path);
  }
  return {
    type: read.type,
    fields: [...fields],
    materials: [...materials],
    unrecognised: read.unrecognised.map((item) => item.label),
    candidates: read.detection?.candidates ?? [],
  };
}

export function scorePage(expected: Expected, observed: Observed): PageScore {
  const missed: string[] = [];
  let recognised = 0;
  if (observed.type === expected.type) recognised++;
  else missed.push(`type:${expected.type}`);
  const fields = new Set(observed.fields);
  for (const path of expected.fields) {
    if (fields.has(path)) recognised++;
    else missed.push(path);
  }
  const materials = new Set(observed.materials);
  for (const material of expected.materials) {
    if (materials.has(material)) recognised++;
    else missed.push(`material:${material}`);
  }
  const expectedFields = new Set(expected.fields);
  const expectedMaterials = new Set(expected.materials);
  const misread = [
    ...(observed.type !== expected.type && observed.type !== null ? [`type:${observed.type}`] : []),
    ...observed.fields.filter((path) => !expectedFields.has(path)),
    ...observed.materials.filter((material) => !expectedMaterials.has(material)).map((material) => `material:${material}`),
  ];
  return { expected: 1 + expected.fields.length + expected.materials.length, recognised, missed, misread };
}

/** The share over many pages: every expected item weighs the same. */
export function shareOf(scores: readonly PageScore[]): number {
  const expected = scores.reduce((sum, score) => sum + score.expected, 0);
  const recognised = scores.reduce((sum, score) => sum + score.recognised, 0);
  return expected === 0 ? 0 : recognised / expected;
}
