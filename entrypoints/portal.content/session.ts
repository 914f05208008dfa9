// One page's state: what the reader found, what the engine says about it, and who is listening.
// Re-checks are debounced, run in idle time, and never throw into the page.
import { runChecks, type CheckOptions } from '../../rules/engine';
import { MATERIAL_IDS } from '../../rules/materials';
import { salvageCase } from '../../rules/salvage';
import type { CheckOutput, Finding, Lang } from '../../rules/types';
import { CASE_SCHEMA_ID, type ApplicationType } from '../../rules/schema';
import { countsOf, NO_COUNTS, type SummaryCounts } from '../../rules/summary';
import { readPage, type ReadResult } from './reader';
import { buildMarkers, LocationIndex, type MarkerModel } from './markers';
import type { WageOverride } from '../../utils/store/types';
import type { WorkCalendar } from '../../rules/calendar';

export interface Snapshot {
  read: ReadResult;
  /** Engine output for what the page shows: its messages name the page's own values. */
  output: CheckOutput | null;
  markers: MarkerModel[];
  /** Where the read fields and problems are on the page, for markers and for revealing a finding. */
  index: LocationIndex;
  counts: SummaryCounts;
  type: ApplicationType | null;
  /** Set when reading or checking failed: the overlay says the check is degraded. */
  failure: string | null;
}

export interface SessionOptions {
  lang: Lang;
  today: () => string;
  /** Hand mappings of this page: control key → case path. */
  mappings: Record<string, string>;
  /** The application type the user chose in the chip for this page (remembered per page). */
  chosenType: ApplicationType | null;
  /** The options' own average-wage figure, if any. */
  wageOverride?: WageOverride | null;
  /** The working-day calendar with the years imported in the options. */
  calendar?: WorkCalendar;
  /** Where to read from; the document of the page. */
  doc: Document;
  location: () => { hash: string; pathname: string; host: string };
}

type Listener = (snapshot: Snapshot) => void;

export const RECHECK_DEBOUNCE_MS = 120;
/** Upper bound on how long an idle callback may wait before the re-check runs anyway. */
const IDLE_TIMEOUT_MS = 200;

export class Session {
  snapshot: Snapshot | null = null;
  /** performance.now() when the latest check started, for the `gongju:recheck` measure (see Overlay). */
  lastRunStart = 0;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleHandle: number | undefined;
  private disposed = false;

  constructor(readonly options: SessionOptions) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.snapshot) listener(this.snapshot);
    return () => this.listeners.delete(listener);
  }

  /** Asks for a re-check soon; calls within the debounce window collapse into one. */
  schedule(): void {
    if (this.disposed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (typeof requestIdleCallback === 'function') {
        if (this.idleHandle !== undefined) cancelIdleCallback(this.idleHandle);
        this.idleHandle = requestIdleCallback(() => {
          this.idleHandle = undefined;
          this.runNow();
        }, { timeout: IDLE_TIMEOUT_MS });
      } else {
        this.runNow();
      }
    }, RECHECK_DEBOUNCE_MS);
  }

  /** Reads the page and checks it at once. */
  runNow(): Snapshot {
    this.lastRunStart = performance.now();
    let snapshot: Snapshot;
    try {
      snapshot = this.compute();
    } catch (error) {
      snapshot = {
        read: { type: null, caseData: {}, fields: [], problems: [], unrecognised: [] },
        output: null,
        markers: [],
        index: new LocationIndex([]),
        counts: NO_COUNTS,
        type: null,
        failure: error instanceof Error ? error.name : 'error',
      };
    }
    this.snapshot = snapshot;
    for (const listener of this.listeners) {
      try {
        listener(snapshot);
      } catch {
        // One broken listener must not keep the others from updating.
      }
    }
    return snapshot;
  }

  update(options: Partial<Pick<SessionOptions, 'lang' | 'mappings' | 'chosenType' | 'wageOverride' | 'calendar'>>): void {
    Object.assign(this.options, options);
    this.runNow();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.idleHandle !== undefined) cancelIdleCallback(this.idleHandle);
    this.listeners.clear();
  }

  private compute(): Snapshot {
    const { doc, mappings, chosenType, lang } = this.options;
    const read = readPage(doc, { location: this.options.location(), mappings, type: chosenType });
    const index = new LocationIndex([...read.fields, ...read.problems]);
    const type = chosenType ?? read.type;
    if (!type) {
      return { read, output: null, markers: [], index, counts: NO_COUNTS, type: null, failure: null };
    }
    const checked = checkRead(read, type, lang, this.options.today(), { wageOverride: this.options.wageOverride ?? null, ...(this.options.calendar && { calendar: this.options.calendar }) });
    const output = checked && { ...checked, findings: [...problemFindings(read, lang), ...checked.findings] };
    return {
      read,
      output,
      markers: output ? buildMarkers(output.findings, index) : [],
      index,
      counts: output ? countsOf(output.findings) : NO_COUNTS,
      type,
      failure: output ? null : 'schema',
    };
  }
}

/** Values the reader could not understand (a date it cannot read, a negative amount): the page would be refused. */
export const INPUT_RULE = 'input.value';

function problemFindings(read: ReadResult, lang: Lang): Finding[] {
  return read.problems.map((problem) => ({ rule: INPUT_RULE, severity: 'error', fields: [problem.path], message: problem.message[lang] }));
}

/** The reader only passes normalised values, so a value the schema rejects is a reader gap: the rest of the page is checked. */
export function checkRead(
  read: ReadResult,
  type: ApplicationType,
  lang: Lang,
  today: string,
  settings: Pick<CheckOptions, 'wageOverride' | 'calendar'> = {},
): CheckOutput | null {
  const salvaged = salvageCase({ ...read.caseData, schema: CASE_SCHEMA_ID, type }, MATERIAL_IDS);
  return salvaged.ok ? runChecks(salvaged.case, { ...settings, lang, today }) : null;
}
