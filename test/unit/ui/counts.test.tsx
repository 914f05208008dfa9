// Counts mean one thing everywhere: for every example case, the chip and the 提交 review on the
// portal, the popup, the tab's summary, the checklist (side panel, popup, editor), the dashboard's
// list, the CSV and the print view show the same errors, warnings, missing materials and to fill.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Checklist } from '../../../components/Checklist';
import { PrintView } from '../../../entrypoints/dashboard/PrintView';
import { LocationIndex } from '../../../entrypoints/portal.content/markers';
import { OverlayController } from '../../../entrypoints/portal.content/overlay/controller';
import { SubmitDialog } from '../../../entrypoints/portal.content/overlay/SubmitDialog';
import { SummaryChip } from '../../../entrypoints/portal.content/overlay/SummaryChip';
import { checkRead, type Snapshot } from '../../../entrypoints/portal.content/session';
import { Popup } from '../../../entrypoints/popup/Popup';
import { runChecks } from '../../../rules/engine';
import { materialName } from '../../../rules/materials';
import { countsOf, type SummaryCounts } from '../../../rules/summary';
import type { CheckOutput } from '../../../rules/types';
import type { CaseListItem, TabCaseState } from '../../../utils/store/types';
import { bus, startBackground, stopBackground } from '../../support/bus';
import { EXAMPLE_NAMES, loadExample } from '../../support/cases';
import { mount, unmountAll, waitFor } from './helpers';

vi.mock('../../../utils/messages', async (importOriginal) =>
  (await import('../../support/messages-mock')).messagesThroughTestBus(importOriginal),
);

// The bus's background checks as of this day.
const TODAY = '2026-11-27';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T04:00:00Z`));
  const { store } = await startBackground();
  await store.setSettings({ lang: 'zh' });
});

afterEach(() => {
  unmountAll();
  stopBackground();
  vi.useRealTimers();
});

async function request<T>(message: object): Promise<T> {
  const reply = (await bus.send(message)) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const countIn = (root: ParentNode, selector: string) => root.querySelectorAll(selector).length;
const numberIn = (root: ParentNode, selector: string) => Number(/\d+/.exec(root.querySelector(selector)?.textContent ?? '')?.[0]);

/** The counts a rendered checklist shows, from its summary line and from its lists. */
function checklistCounts(root: HTMLElement): { summary: SummaryCounts; listed: SummaryCounts } {
  return {
    summary: {
      errors: numberIn(root, '.count-error'),
      warnings: numberIn(root, '.count-warning'),
      missingMaterials: numberIn(root, '.count-missing'),
      toFill: numberIn(root, '.count-tofill'),
    },
    listed: {
      errors: countIn(root, '[data-group="error"] .finding'),
      warnings: countIn(root, '[data-group="warning"] .finding'),
      missingMaterials: countIn(root, '.material[data-state="missing"]'),
      toFill: countIn(root, '[data-group="incomplete"] .finding'),
    },
  };
}

/** The overlay's snapshot of a page that shows exactly this case, as the session makes it. */
function portalSnapshot(output: CheckOutput, type: Snapshot['type']): Snapshot {
  return {
    read: { type, caseData: {}, fields: [], problems: [], unrecognised: [] },
    output,
    markers: [],
    index: new LocationIndex([]),
    counts: countsOf(output.findings),
    type,
    failure: null,
  };
}

const seen: SummaryCounts[] = [];

describe.each(EXAMPLE_NAMES)('counts of %s', (name) => {
  it('are the same in every view', async () => {
    const c = loadExample(name);
    const output = runChecks(c, { today: TODAY, lang: 'zh' });
    const expected = countsOf(output.findings);
    seen.push(expected);
    // Each finding counts once, and a missing material is one the materials list shows missing.
    const notes = output.findings.filter((f) => f.severity === 'info' && !f.incomplete && f.rule !== 'material.missing').length;
    expect(expected.errors + expected.warnings + expected.missingMaterials + expected.toFill + notes).toBe(output.findings.length);
    expect(expected.missingMaterials).toBe(output.materials.filter((m) => m.required && !m.present).length);

    const saved = await request<{ ok: boolean; record: { id: string } }>({ type: 'case/save', input: { case: c } });
    const id = saved.record.id;

    // The dashboard's list (and the popup's recent cases, which read the same items).
    const [item] = await request<CaseListItem[]>({ type: 'case/list-items', ids: [id] });
    expect(item!.counts).toEqual(expected);

    // The CSV: errors, warnings, and the missing materials by name (a name may hold a 、 itself).
    const csv = await request<string>({ type: 'cases/csv', ids: [id], lang: 'zh' });
    const row = csv.replace(/^\uFEFF/, '').split('\r\n')[1]!.slice(1, -1).split('","');
    const missingNames = output.materials.filter((m) => m.required && !m.present).map((m) => materialName(m.material, 'zh'));
    expect(missingNames).toHaveLength(expected.missingMaterials);
    expect([Number(row[3]), Number(row[4]), row[5]]).toEqual([expected.errors, expected.warnings, missingNames.join('、')]);

    // The checklist of the side panel, the popup and the editor.
    const checklist = checklistCounts(mount(<Checklist output={output} lang="zh" />));
    expect(checklist.summary).toEqual(expected);
    expect(checklist.listed).toEqual(expected);

    // The print view's notice, group by group.
    const print = mount(<PrintView ids={[id]} lang="zh" today={TODAY} wageOverride={null} />);
    await waitFor(() => print.querySelector('[data-sheet="notice"]') !== null);
    const printed = {
      errors: countIn(print, '[data-sheet="notice"] [data-group="error"] li'),
      warnings: countIn(print, '[data-sheet="notice"] [data-group="warning"] li'),
      missingMaterials: countIn(print, '[data-sheet="notice"] [data-group="material"] li'),
      toFill: countIn(print, '[data-sheet="notice"] [data-group="incomplete"] li'),
    };
    expect(printed).toEqual(expected);

    // A portal tab showing this case: the tab's summary, the chip and the 提交 review.
    const tab = await fakeBrowser.tabs.create({ url: 'https://fw.bjrcgz.gov.cn/person/#/xbsq', active: true });
    const { schema: _schema, type, ...caseData } = c;
    await bus.sendFromTab(tab.id!, { type: 'case/autosave', pageKey: 'https://fw.bjrcgz.gov.cn/person/#/xbsq', docNonce: 'doc-1', caseData: c });
    const state = await request<TabCaseState | null>({ type: 'tab/case', tabId: tab.id });
    const { errors, warnings, missingMaterials, toFill } = state!.summary!;
    expect({ errors, warnings, missingMaterials, toFill }).toEqual(expected);

    const onPage = checkRead({ type, caseData, fields: [], problems: [], unrecognised: [] }, type, 'zh', TODAY);
    expect(onPage).not.toBeNull();
    const snapshot = portalSnapshot(onPage!, type);
    expect(snapshot.counts).toEqual(expected);
    const controller = new OverlayController('zh');
    const chip = mount(<SummaryChip snapshot={snapshot} controller={controller} state={controller.state} />);
    const chipValue = (count: string) => Number(chip.querySelector(`[data-count="${count}"]`)?.getAttribute('data-value'));
    expect({
      errors: chipValue('errors'),
      warnings: chipValue('warnings'),
      missingMaterials: chipValue('missing'),
      toFill: chipValue('to-fill'),
    }).toEqual(expected);
    const review = mount(<SubmitDialog snapshot={snapshot} controller={controller} request={{ proceed: () => undefined }} lang="zh" />);
    const inGroup = (group: string) => countIn(review, `[data-group="${group}"] > :not(h3)`);
    expect({
      errors: inGroup('error'),
      warnings: inGroup('warning'),
      missingMaterials: inGroup('material'),
      toFill: inGroup('incomplete'),
    }).toEqual(expected);
  });
});

describe('the example cases', () => {
  it('between them have errors, warnings, missing materials and fields to fill, so the agreement above means something', () => {
    expect(seen).toHaveLength(EXAMPLE_NAMES.length);
    for (const key of ['errors', 'warnings', 'missingMaterials', 'toFill'] as const) {
      expect(seen.some((counts) => counts[key] > 0), key).toBe(true);
    }
  });
});

describe('the popup', () => {
  it('shows the recent cases with the counts of the list', async () => {
    const c = loadExample('new-problems');
    const expected = countsOf(runChecks(c, { today: TODAY, lang: 'zh' }).findings);
    await request({ type: 'case/save', input: { case: c } });
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    const root = mount(<Popup />);
    await waitFor(() => root.querySelector('.recent-counts') !== null);
    const counts = root.querySelector('.recent-counts')!;
    expect([Number(counts.getAttribute('data-errors')), Number(counts.getAttribute('data-missing'))]).toEqual([expected.errors, expected.missingMaterials]);
    expect(counts.textContent).toBe(`错误 ${expected.errors} · 缺少材料 ${expected.missingMaterials}`);
  });
});
