// What portal pages send, by page key: the autosave of what the content script read (into the
// tab's own case, or kept as a draft pending the user's choice to merge it into another case;
// nothing dropped), that choice, and the fields mapped by hand on a page.
import { MATERIAL_IDS } from '../../rules/materials';
import { salvageCase } from '../../rules/salvage';
import { parseCase, type Case, type CaseError } from '../../rules/schema';
import { CaseStore, newestFirst, newId, type Written } from './cases';
import { applyPageData } from './merge';
import { identityOf, validateCaseRecord, validateMappings, type Checked } from './records';
import type { AutosaveRequest, AutosaveResult, CaseRecord, FieldMappings, MappingRecord } from './types';
import { sameContent, withVersion } from './versions';
import { jsonLength, LIMIT_ERRORS, MAX_CASE_JSON_LENGTH, MAX_QUARANTINED_PAGES } from './limits';

const MAX_PAGE_KEY_LENGTH = 1000;

/** Why a page key is refused, or null: the one check for every record kept by page. */
export function pageKeyError(pageKey: unknown): CaseError | null {
  if (typeof pageKey === 'string' && pageKey !== '' && pageKey.length <= MAX_PAGE_KEY_LENGTH) return null;
  return { path: 'pageKey', expected: `a non-empty string of at most ${MAX_PAGE_KEY_LENGTH} characters` };
}

export class AutosaveStore extends CaseStore {
  /**
   * Saves what the content script read from a portal page. It merges without asking only into the
   * case the tab is bound to in this same document (`boundCaseId`), or into a case with the same
   * identity when the page changes nothing of it. A page that would change another case with its
   * identity is kept as a draft of its own, `pendingMerge` naming that case, until the user
   * chooses (mergePending / keepPending). Without an identity it continues only the bound case,
   * else makes a new draft. Nothing is dropped: data the schema rejects is kept in `draftRaw`, or
   * set aside in the quarantine when not even its type is usable.
   */
  async autosave(request: AutosaveRequest): Promise<AutosaveResult | { ok: false; error: CaseError }> {
    const { pageKey, caseData } = request;
    const badKey = pageKeyError(pageKey);
    if (badKey) return { ok: false, error: badKey };
    if (jsonLength(caseData) > MAX_CASE_JSON_LENGTH) return { ok: false, error: LIMIT_ERRORS.size };
    const salvage = salvageCase(caseData, MATERIAL_IDS);
    const at = this.nowIso();
    const stashKey = `autosave:${pageKey}`;
    let checked: Written['checked'] | undefined;
    const settings = await this.getSettings();
    const result = await this.run(['cases', 'quarantine'], 'readwrite', async (tx): Promise<AutosaveResult | { ok: false; error: CaseError }> => {
      /** Sets the page aside; refused once the quarantine holds its limit of pages (a page already there is replaced). */
      const setAside = async (reason: CaseError): Promise<AutosaveResult | { ok: false; error: CaseError }> => {
        if ((await tx.get('quarantine', stashKey)) === undefined) {
          const pages = (await tx.entries('quarantine')).filter(([key]) => key.startsWith('autosave:')).length;
          if (pages >= MAX_QUARANTINED_PAGES) return { ok: false, error: LIMIT_ERRORS.quarantine };
        }
        await this.putQuarantine(tx, { id: stashKey, from: 'autosave', reason, original: caseData, setAsideAt: at });
        return { ok: true, stored: 'set-aside', record: null, created: false, error: reason };
      };
      const valid = (values: unknown[]) =>
        values.flatMap((v) => {
          const checked = validateCaseRecord(v, at);
          return checked.ok ? [checked.value] : [];
        });
      const boundRaw = request.boundCaseId ? await tx.get('cases', request.boundCaseId) : undefined;
      const bound = boundRaw === undefined ? undefined : valid([boundRaw])[0];

      if (!salvage.ok) {
        if (!bound) return setAside(salvage.error);
        bound.draftRaw = { data: caseData, error: salvage.error, at };
        bound.updatedAt = at;
        await tx.put('cases', bound);
        return { ok: true, stored: 'salvaged', record: bound, created: false, error: salvage.error };
      }

      const incoming = salvage.case;
      const identity = identityOf(incoming);
      const sameIdentity = identity
        ? valid(await tx.getAllFromIndex('cases', 'idNumberType', identity))
            .filter((r) => r.id !== bound?.id && r.pendingMerge === undefined)
            .sort(newestFirst)[0]
        : undefined;
      const mergedInto = (base: CaseRecord | undefined) => parseCase(applyPageData(base?.case, base?.sources[pageKey], incoming));

      let target: CaseRecord | undefined;
      let pendingFor: string | undefined;
      let unchanged = false;
      if (bound && bound.case.type === incoming.type && (!identity || bound.idNumberType === identity || bound.pendingMerge !== undefined || !sameIdentity)) {
        // The tab's own case in this document (a draft waiting to be merged stays one).
        target = bound;
        if (bound.pendingMerge !== undefined && sameIdentity && bound.pendingMerge !== sameIdentity.id) bound.pendingMerge = sameIdentity.id;
        pendingFor = target.pendingMerge;
      } else if (sameIdentity) {
        // Another document: nothing of that case is removed for what this page does not show.
        const added = parseCase(applyPageData(sameIdentity.case, undefined, incoming));
        if (added.ok && sameContent(added.case, sameIdentity.case)) {
          // The page shows nothing new of that case (its page reloaded, emptied): bound to it,
          // the case unchanged; what this page shows now is what it may later clear.
          target = sameIdentity;
          unchanged = true;
        } else {
          pendingFor = sameIdentity.id;
        }
      }
      // Over the tab's limit of new drafts: the page is kept in the quarantine, not dropped.
      if (!target && request.mayCreate === false) return setAside(LIMIT_ERRORS.drafts);
      const record = target ?? this.freshRecord(newId(), at);
      if (pendingFor !== undefined) record.pendingMerge = pendingFor;
      const merged = unchanged ? { ok: true as const, case: record.case } : mergedInto(target);
      record.case = merged.ok ? merged.case : incoming;
      record.sources = { ...record.sources, [pageKey]: incoming };
      record.pageKeys = Object.keys(record.sources);
      record.updatedAt = at;
      if (!unchanged) record.versions = withVersion(record.versions, { at, source: 'page', case: record.case, ...(request.docNonce !== undefined && { doc: request.docNonce }) });
      if (salvage.error) record.draftRaw = { data: caseData, error: salvage.error, at };
      else delete record.draftRaw;
      this.setIdentity(record);
      ({ checked } = this.recordCounts(record, settings));
      await tx.put('cases', record);
      // The page's current state supersedes what it stashed while it had no usable type.
      await tx.delete('quarantine', stashKey);
      const pending = pendingFor === undefined ? {} : { pendingFor };
      return salvage.error
        ? { ok: true, stored: 'salvaged', record, created: !target, error: salvage.error, ...pending }
        : { ok: true, stored: 'valid', record, created: !target, ...pending };
    });
    if (result.ok && result.record) this.cases.set(result.record, checked);
    return result;
  }

  /**
   * The user said yes to "this page matches X's case — merge?": the pending draft's page data goes
   * into X (a new version of X, so the merge can be undone) and the draft goes. Returns X.
   */
  async mergePending(id: string): Promise<CaseRecord | null> {
    const at = this.nowIso();
    const settings = await this.getSettings();
    const written = await this.run(['cases'], 'readwrite', async (tx) => {
      const pending = validateCaseRecord(await tx.get('cases', id), at);
      if (!pending.ok || pending.value.pendingMerge === undefined) return null;
      const target = validateCaseRecord(await tx.get('cases', pending.value.pendingMerge), at);
      if (!target.ok) return null;
      const record = target.value;
      for (const [pageKey, data] of Object.entries(pending.value.sources)) {
        const merged = parseCase(applyPageData(record.case, record.sources[pageKey], data as Case));
        if (merged.ok) record.case = merged.case;
        record.sources[pageKey] = data;
      }
      record.pageKeys = Object.keys(record.sources);
      record.updatedAt = at;
      record.versions = withVersion(record.versions, { at, source: 'page', case: record.case });
      this.setIdentity(record);
      const written = this.recordCounts(record, settings);
      await tx.put('cases', record);
      await tx.delete('cases', id);
      return written;
    });
    if (!written) return null;
    this.cases.delete(id);
    return this.remember(written);
  }

  /** The user said no: the pending draft stays a case of its own. */
  async keepPending(id: string): Promise<CaseRecord | null> {
    const at = this.nowIso();
    const record = await this.run(['cases'], 'readwrite', async (tx) => {
      const checked = validateCaseRecord(await tx.get('cases', id), at);
      if (!checked.ok || checked.value.pendingMerge === undefined) return null;
      delete checked.value.pendingMerge;
      await tx.put('cases', checked.value);
      return checked.value;
    });
    if (record) this.cases.set(record);
    return record;
  }

  // Page mappings

  async getMappings(pageKey: string): Promise<FieldMappings> {
    const value = (await this.run(['mappings'], 'readonly', (tx) => tx.get('mappings', pageKey))) as MappingRecord | undefined;
    const checked = validateMappings(value?.mappings ?? {});
    return checked.ok ? checked.value : {};
  }

  async setMappings(pageKey: string, mappings: unknown): Promise<Checked<FieldMappings>> {
    const badKey = pageKeyError(pageKey);
    if (badKey) return { ok: false, error: badKey };
    const checked = validateMappings(mappings);
    if (!checked.ok) return checked;
    const record: MappingRecord = { pageKey, mappings: checked.value, updatedAt: this.nowIso() };
    await this.run(['mappings'], 'readwrite', (tx) => tx.put('mappings', record));
    return checked;
  }
}
