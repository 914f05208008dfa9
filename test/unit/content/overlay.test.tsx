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
