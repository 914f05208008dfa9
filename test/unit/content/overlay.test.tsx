// The overlay acts on the user's own input only: events a page script dispatches are ignored by
// every handler that changes something (the type, map-by-hand, a mapping, 仍然提交, collapse).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Session } from '../../../entrypoints/portal.content/session';
import { OverlayController } from '../../../entrypoints/portal.content/overlay/controller';
import { Overlay } from '../../../entrypoints/portal.content/overlay/Overlay';
import { createOverlayHost, type OverlayHost } from '../../../entrypoints/portal.content/host';

let host: OverlayHost | null = null;

afterEach(() => {
  if (host) act(() => render(null, host!.container));
  host?.dispose();
  host = null;
  document.body.replaceChildren();
});

/** A page naming no application type, with one control the reader cannot place. */
function mountOverlay() {
  document.body.innerHTML = `<main><div class="row"><label>内部编号</label><input id="odd" value="A-1"></div>
    <button type="button">提交</button></main>`;
  const session = new Session({
    lang: 'zh',
    doc: document,
    today: () => '2026-11-27',
    mappings: {},
    chosenType: null,
    location: () => ({ hash: '#/x', pathname: '/p/', host: 'fw.bjrcgz.gov.cn' }),
  });
  // happy-dom lays nothing out: the control gets the box a browser would give it.
  document.getElementById('odd')!.getBoundingClientRect = () => new DOMRect(100, 100, 200, 30);
  const controller = new OverlayController('zh');
  const actions = { saveMapping: vi.fn(), chooseType: vi.fn(), saveAnchor: vi.fn() };
  controller.provide(actions);
  host = createOverlayHost(document);
  session.runNow();
  act(() => render(<Overlay session={session} controller={controller} />, host!.container));
  return { container: host.container, controller, actions };
}

/** An event as the browser makes it from real input; happy-dom, like a page script, cannot. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function fire(target: Element | null, event: Event) {
  if (!target) throw new Error('no element');
  act(() => void target.dispatchEvent(event));
}

describe('the overlay under page scripts', () => {
  it('opens the chip only on the user\'s own click', () => {
    const { container, controller } = mountOverlay();
    const pill = container.querySelector('[data-gongju-chip][data-state="collapsed"]');
    fire(pill, new MouseEvent('click', { bubbles: true }));
    expect(controller.state.collapsed).toBe(true);
    fire(pill, trusted(new MouseEvent('click', { bubbles: true })));
    expect(controller.state.collapsed).toBe(false);
  });

  it('chooses the type only on the user\'s own change', () => {
    const { container, controller, actions } = mountOverlay();
    act(() => controller.set({ collapsed: false }));
    const select = container.querySelector<HTMLSelectElement>('[data-gongju-type-unknown] select')!;
    select.value = 'new';
    fire(select, new Event('change', { bubbles: true }));
    expect(actions.chooseType).not.toHaveBeenCalled();
    fire(select, trusted(new Event('change', { bubbles: true })));
    expect(actions.chooseType).toHaveBeenCalledWith('new');
  });

  it('enters map-by-hand and saves a mapping only on the user\'s own clicks', () => {
    const { container, controller, actions } = mountOverlay();
    act(() => controller.set({ collapsed: false }));
    const map = container.querySelector('[data-gongju-map]');
    fire(map, new MouseEvent('click', { bubbles: true }));
    expect(controller.state.mapping).toBe(false);
    fire(map, trusted(new MouseEvent('click', { bubbles: true })));
    expect(controller.state.mapping).toBe(true);

    const listed = container.querySelector('[data-gongju-unrecognised] button');
    fire(listed, new MouseEvent('click', { bubbles: true }));
    expect(controller.state.mappingTarget).toBeNull();
    fire(listed, trusted(new MouseEvent('click', { bubbles: true })));
    expect(controller.state.mappingTarget).toBe(container.querySelector('.map-target')!.getAttribute('data-control-key'));
    const choice = container.querySelector('[data-gongju-picker] [data-path="applicant.hukouLocation"]');
    fire(choice, new MouseEvent('click', { bubbles: true }));
    expect(actions.saveMapping).not.toHaveBeenCalled();
    fire(choice, trusted(new MouseEvent('click', { bubbles: true })));
    expect(actions.saveMapping).toHaveBeenCalledWith(expect.any(String), 'applicant.hukouLocation');
  });

  it('lets the portal submit past the review only on the user\'s own 仍然提交', () => {
    const { container, controller } = mountOverlay();
    const proceed = vi.fn();
    act(() => controller.openSubmit({ proceed }));
    const anyway = container.querySelector('[data-gongju-dialog="submit"] [data-action="anyway"]');
    fire(anyway, new MouseEvent('click', { bubbles: true }));
    expect(proceed).not.toHaveBeenCalled();
    expect(controller.state.submit).not.toBeNull();
    fire(anyway, trusted(new MouseEvent('click', { bubbles: true })));
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(controller.state.submit).toBeNull();
  });
});

/** A renewal page showing the permit's end date, checked on `today`, with the markers' tips and the review open. */
function mountRenewal(validUntil: string, lang: 'zh' | 'en' = 'zh', acceptedOn?: string) {
  const item = (label: string, id: string, value: string) => `<div class="el-form-item"><label class="el-form-item__label">${label}</label>
    <div class="el-form-item__content"><input class="el-input__inner" id="${id}" value="${value}"></div></div>`;
  document.body.innerHTML = `<main>${item('证件有效期至', 'until', validUntil)}${acceptedOn ? item('受理日期', 'accepted', acceptedOn) : ''}</main>`;
  const session = new Session({
    lang,
    doc: document,
    today: () => '2026-12-21',
    mappings: {},
    chosenType: 'renewal',
    location: () => ({ hash: '#/renewal', pathname: '/p/', host: 'fw.bjrcgz.gov.cn' }),
  });
  document.getElementById('until')!.getBoundingClientRect = () => new DOMRect(100, 100, 200, 30);
  const accepted = document.getElementById('accepted');
  if (accepted) accepted.getBoundingClientRect = () => new DOMRect(100, 200, 200, 30);
  const controller = new OverlayController(lang);
  host = createOverlayHost(document);
  session.runNow();
  act(() => render(<Overlay session={session} controller={controller} />, host!.container));
  act(() => controller.openSubmit({ proceed: () => undefined }));
  return host.container;
}

describe('a date counted on the provisional calendar, on the portal page', () => {
  it('is marked where the deadline finding shows it, with the reason and where to add the schedule', () => {
    // case-format.md's example: valid until 2027-01-15, last safe day 2026-12-24 with 2027 provisional; in the warning band on 12-21.
    const container = mountRenewal('2027-01-15');
    const tip = container.querySelector('.marker[data-field="permit.validUntil"] .tip [data-rule="renewal.deadline"]')!;
    expect(tip.querySelector('.message')!.textContent).toContain('2026年12月24日');
    expect(tip.querySelector('.provisional-mark')!.textContent).toBe('（暂定）');
    expect(tip.querySelector('.provisional')!.textContent).toBe(
      '暂定：2027年的节假日安排尚未添加，此日期按保守的临时安排计算（最晚提交日只会偏早，核准日期只会偏晚）。通知公布后，可在设置页的“节假日安排”中添加该年安排。',
    );
    expect(container.querySelector('.marker[data-field="permit.validUntil"] .badge')!.getAttribute('aria-label')).toContain('（暂定）');
    // The review at 提交 marks it the same way; the calendar finding itself states no date.
    const review = container.querySelector('[data-gongju-dialog="submit"]')!;
    expect(review.querySelector('[data-rule="renewal.deadline"] .provisional')?.getAttribute('data-provisional')).toBe('2027');
    expect(review.querySelector('[data-rule="calendar.provisional"]')).not.toBeNull();
    expect(review.querySelector('[data-rule="calendar.provisional"] .provisional-mark')).toBeNull();
  });

  it('is marked on the date that rests on a provisional year only', () => {
    // Valid until 2026-12-31: its last safe day (12-10, past) is counted inside 2026. Accepted 12-20: approval 2027-01-11, over 2027-01-01.
    const container = mountRenewal('2026-12-31', 'zh', '2026-12-20');
    const deadline = container.querySelector('.marker[data-field="permit.validUntil"] [data-rule="renewal.deadline"]')!;
    expect(deadline.querySelector('.provisional-mark, .provisional')).toBeNull();
    const approval = container.querySelector('.marker[data-field="acceptedOn"] [data-rule="process.approval-eta"]')!;
    expect(approval.querySelector('.message')!.textContent).toContain('2027年1月11日');
    expect(approval.querySelector('.provisional')!.getAttribute('data-provisional')).toBe('2027');
  });

  it('is not marked when the date rests on published schedules only, and speaks English', () => {
    const container = mountRenewal('2026-12-31');
    const finding = container.querySelector('.marker[data-field="permit.validUntil"] .tip [data-rule="renewal.deadline"]')!;
    expect(finding).not.toBeNull();
    expect(finding.querySelector('.provisional-mark, .provisional')).toBeNull();
    act(() => render(null, host!.container));
    host!.dispose();
    host = null;
    const english = mountRenewal('2027-01-15', 'en');
    expect(english.querySelector('.tip [data-rule="renewal.deadline"] .provisional-mark')!.textContent).toBe(' (provisional)');
    expect(english.querySelector('.tip [data-rule="renewal.deadline"] .provisional')!.textContent).toMatch(/^Provisional: the 2027 holiday schedule has not been added, .* add the year under Holiday calendars in the options\.$/);
  });
});
