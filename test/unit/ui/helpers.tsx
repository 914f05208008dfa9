// Rendering Preact pages and components into happy-dom, and acting on them as a user would.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => render(vnode, container));
  return container;
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) {
    act(() => render(null, container));
    container.remove();
  }
}

/** Lets pending promises (replies of the mocked background) settle and Preact re-render. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export function typeInto(input: Element | null, value: string): void {
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error('not a text input');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function blur(input: Element | null): void {
  if (!input) throw new Error('no element');
  act(() => {
    input.dispatchEvent(new FocusEvent('blur'));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

export function choose(select: Element | null, value: string): void {
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a select');
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => element.click());
}

/** The element whose label (by `for`) reads exactly `text`. */
export function byLabel(root: ParentNode, text: string): HTMLElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = root.querySelector(`#${CSS.escape(label.htmlFor)}`);
  if (!(control instanceof HTMLElement)) throw new Error(`label "${text}" names no control`);
  return control;
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
}

/**
 * Settles until `condition` holds or `limitMs` have passed (the background's answers take a varying
 * number of turns); the test's own assertion then says what is wrong.
 */
export async function waitFor(condition: () => boolean, limitMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition() && performance.now() - start < limitMs) await settle(1);
}
