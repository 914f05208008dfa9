// Hand mappings, the chosen type and route changes: saved per page, and on a route change the
// reader forgets, the new page's choices load, and the page is checked once with them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choicesOf, storedOf, CHOSEN_TYPE_KEY, type Bridge, type PageSettings } from '../../../entrypoints/portal.content/bridge';
import { OverlayController } from '../../../entrypoints/portal.content/overlay/controller';
import { mappingsUnit } from '../../../entrypoints/portal.content/units/mappings';
import type { UnitEnv } from '../../../entrypoints/portal.content/units/types';
import type { Session } from '../../../entrypoints/portal.content/session';
import * as reader from '../../../entrypoints/portal.content/reader';
import { fakeContext, waitFor } from './helpers';

afterEach(() => {
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

function started(settingsFor: (key: string) => Promise<PageSettings>) {
  const ctx = fakeContext();
  const saved: Array<{ key: string; stored: Record<string, string> }> = [];
  const bridge: Bridge = {
    pageSettings: settingsFor,
    checkSettings: async () => null,
    savePage: async (key, choices) => (saved.push({ key, stored: storedOf(choices) }), true),
    autosave: async () => true,
    attach: async () => true,
  };
  const updates: Array<Record<string, unknown>> = [];
  const session = {
    options: { mappings: { 'a|b': 'applicant.name' }, chosenType: null },
    update: (patch: Record<string, unknown>) => {
      updates.push(patch);
      Object.assign(session.options, patch);
    },
    schedule: vi.fn(),
  };
  const overlay = new OverlayController('zh');
  mappingsUnit.start({ ctx, session: session as unknown as Session, overlay, bridge, pageKey: () => `host${location.hash}` } as unknown as UnitEnv);
  return { ctx, overlay, saved, updates, session };
}

const settings = (chosenType: PageSettings['chosenType'], mappings: Record<string, string> = {}): PageSettings => ({ lang: 'zh', mappings, chosenType, wageOverride: null, calendars: [] });

describe('page choices', () => {
  it('keeps the chosen type beside the hand mappings, under a key no control has', () => {
    const stored = storedOf({ mappings: { 'r|x|0': 'applicant.name' }, chosenType: 'renewal' });
    expect(stored).toEqual({ 'r|x|0': 'applicant.name', [CHOSEN_TYPE_KEY]: 'renewal' });
    expect(choicesOf(stored)).toEqual({ mappings: { 'r|x|0': 'applicant.name' }, chosenType: 'renewal' });
    expect(choicesOf({ [CHOSEN_TYPE_KEY]: 'not-a-type' }).chosenType).toBeNull();
  });

  it('saves a hand mapping and a chosen type for the page, and checks again', () => {
    const { overlay, saved, updates, ctx } = started(async () => settings(null));
    overlay.actions.saveMapping('c|d', 'applicant.gender');
    overlay.actions.chooseType('renewal');
    expect(updates).toEqual([{ mappings: { 'a|b': 'applicant.name', 'c|d': 'applicant.gender' } }, { chosenType: 'renewal' }]);
    expect(saved.at(-1)).toEqual({ key: 'host', stored: { 'a|b': 'applicant.name', 'c|d': 'applicant.gender', [CHOSEN_TYPE_KEY]: 'renewal' } });
    overlay.actions.saveMapping('c|d', null);
    expect(saved.at(-1)!.stored).toEqual({ 'a|b': 'applicant.name', [CHOSEN_TYPE_KEY]: 'renewal' });
    ctx.invalidate();
  });
});

describe('route changes', () => {
  it('forget the controls, load the new page’s choices, then check once with them', async () => {
    const order: string[] = [];
    vi.spyOn(reader, 'invalidateDescriptors').mockImplementation(() => void order.push('forget'));
    const { updates, ctx } = started(async (key) => {
      order.push(`load ${key}`);
      return settings('employer-change', { 'x|y': 'permit.validUntil' });
    });
    location.hash = '#/business/employer-change';
    await waitFor(() => updates.length > 0);
    order.push('check');
    expect(order).toEqual(['forget', 'load host#/business/employer-change', 'check']);
    expect(updates).toEqual([{ mappings: { 'x|y': 'permit.validUntil' }, chosenType: 'employer-change' }]);
    ctx.invalidate();
  });

  it('let the latest navigation win when an earlier page’s choices arrive late', async () => {
    const pending = new Map<string, (s: PageSettings) => void>();
    const { updates, ctx } = started((key) => new Promise((resolve) => pending.set(key, resolve)));
    location.hash = '#/one';
    await waitFor(() => pending.has('host#/one'));
    location.hash = '#/two';
    await waitFor(() => pending.has('host#/two'));
    pending.get('host#/two')!(settings('renewal'));
    pending.get('host#/one')!(settings('new'));
    await waitFor(() => updates.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(updates).toEqual([{ mappings: {}, chosenType: 'renewal' }]);
    ctx.invalidate();
  });
});
