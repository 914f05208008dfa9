// The overlay as a test sees it. Its shadow root is closed, so neither the page's scripts nor
// Playwright's locators reach inside: the test reads it through the debugger protocol
// (DOM.getDocument with pierce: true returns closed roots and frames' documents too) and acts on it
// with real mouse and keyboard input, which is trusted like the user's own.
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
  shadowRootType?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One element of the overlay, as read at one moment. */
export interface OverlayElement {
  attributes: Record<string, string>;
  /** Its text, without our style sheet. */
  text: string;
  /** Where it is on screen, in the top frame's viewport; null when it is not rendered. */
  box: Box | null;
}

const HOST_PREFIX = 'gongju-overlay';
const POLL_TIMEOUT_MS = 10_000;

/** Polls `condition` until it holds; fails naming what was awaited. Usable outside the test runner (npm start). */
async function until(condition: () => Promise<boolean>, what: string, timeout = POLL_TIMEOUT_MS): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > end) throw new Error(`overlay: timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function childrenOf(node: DomNode): DomNode[] {
  return [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])];
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return (node.children ?? []).map(textOf).join('');
}

function attributesOf(node: DomNode): Record<string, string> {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i]!] = list[i + 1]!;
  return out;
}

export class OverlayView {
  constructor(private readonly page: Page) {}

  private session(): Promise<CDPSession> {
    let session = sessions.get(this.page);
    if (!session) {
      session = this.page.context().newCDPSession(this.page);
      sessions.set(this.page, session);
    }
    return session;
  }

  /** The page's DOM now, with our shadow roots in every frame. */
  private async read(): Promise<{ cdp: CDPSession; byId: Map<number, DomNode>; roots: DomNode[]; ours: Set<number> }> {
    const cdp = await this.session();
    // A fresh document each time: node ids of an earlier read may be gone.
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const byId = new Map<number, DomNode>();
    const roots: DomNode[] = [];
    const walk = (node: DomNode) => {
      byId.set(node.nodeId, node);
      if (node.localName?.startsWith(HOST_PREFIX)) roots.push(...(node.shadowRoots ?? []));
      childrenOf(node).forEach(walk);
    };
    walk(root);
    const ours = new Set<number>();
    const mark = (node: DomNode) => {
      ours.add(node.backendNodeId);
      (node.children ?? []).forEach(mark);
    };
    roots.forEach(mark);
    return { cdp, byId, roots, ours };
  }

  /** Every element matching `selector` in our shadow roots, in every frame of the page. */
  async all(selector: string): Promise<OverlayElement[]> {
    const { cdp, byId, roots } = await this.read();
    const found: OverlayElement[] = [];
    for (const shadow of roots) {
      let ids: number[];
      try {
        ({ nodeIds: ids } = (await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector })) as { nodeIds: number[] });
      } catch {
        continue; // The root went away while we read (the page navigated).
      }
      for (const id of ids) {
        const node = byId.get(id);
        if (!node) continue;
        found.push({ attributes: attributesOf(node), text: textOf(node), box: await this.boxOf(cdp, id) });
      }
    }
    return found;
  }

  /** How many shadow roots of ours the page holds, in all its frames, and of which mode. */
  async roots(): Promise<string[]> {
    return (await this.read()).roots.map((root) => root.shadowRootType ?? '');
  }

  private async boxOf(cdp: CDPSession, nodeId: number): Promise<Box | null> {
    try {
      const { quads } = (await cdp.send('DOM.getContentQuads', { nodeId })) as { quads: number[][] };
      const quad = quads.find((q) => q.length === 8);
      if (!quad) return null;
      const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
      const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
      const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
      return box.width > 0 && box.height > 0 ? box : null;
    } catch {
      return null; // Not rendered (display: none, or detached meanwhile).
    }
  }

  async count(selector: string): Promise<number> {
    return (await this.all(selector)).length;
  }

  /** How many of the matches are rendered with a non-empty box. */
  async visibleCount(selector: string): Promise<number> {
    return (await this.all(selector)).filter((e) => e.box).length;
  }

  async isVisible(selector: string): Promise<boolean> {
    return (await this.visibleCount(selector)) > 0;
  }

  /** The attribute of the first match; null when nothing matches or it lacks the attribute. */
  async attribute(selector: string, name: string): Promise<string | null> {
    return (await this.all(selector))[0]?.attributes[name] ?? null;
  }

  /** The text of the first match; '' when nothing matches. */
  async text(selector: string): Promise<string> {
    return (await this.all(selector))[0]?.text ?? '';
  }

  /** Every text and attribute value in our shadow roots, without our style sheet and inline layout styles. */
  async content(): Promise<string> {
    const parts: string[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
      if (node.localName === 'style') return;
      for (const [name, value] of Object.entries(attributesOf(node))) if (name !== 'style') parts.push(value);
      (node.children ?? []).forEach(walk);
    };
    (await this.read()).roots.forEach(walk);
    return parts.join('\n');
  }

  async waitForVisible(selector: string, timeout?: number): Promise<void> {
    await until(() => this.isVisible(selector), `it shows ${selector}`, timeout);
  }

  /** Waits until nothing matching `selector` is rendered. */
  async waitForHidden(selector: string): Promise<void> {
    await until(async () => (await this.visibleCount(selector)) === 0, `it hides ${selector}`);
  }

  /** The box of the `index`th rendered match, waiting for one. */
  async box(selector: string, index = 0): Promise<Box> {
    let box: Box | null = null;
    await until(async () => {
      box = (await this.all(selector)).filter((e) => e.box)[index]?.box ?? null;
      return box !== null;
    }, `it renders ${selector}`);
    return box!;
  }

  /**
   * A real click at the centre of the `index`th rendered match, once the overlay is what the browser
   * hit-tests there (the chip is placed and shown).
   */
  async click(selector: string, index = 0): Promise<void> {
    const { x, y } = await this.centre(selector, index);
    await this.page.mouse.click(x, y);
  }

  /**
   * The centre of the `index`th rendered match, once it has stayed where it is for one poll and the
   * browser hit-tests the overlay there: the chip takes a new place after a scroll or a change of
   * its size, and a click at the place it is leaving would miss, as a person's would. With
   * `hitTested` false, for an element that lets clicks through to the page (a mapping outline),
   * only the settling is waited for.
   */
  async centre(selector: string, index = 0, hitTested = true): Promise<{ x: number; y: number }> {
    let centre = { x: NaN, y: NaN };
    await until(async () => {
      const box = (await this.all(selector)).filter((e) => e.box)[index]?.box;
      if (!box) return false;
      const now = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      const settled = now.x === centre.x && now.y === centre.y;
      centre = now;
      return settled && (!hitTested || this.hitsOurs(centre));
    }, `it can be clicked at ${selector}`);
    return centre;
  }

  /** Whether the browser hit-tests one of our elements at a point of the viewport, in any frame. */
  async hitsOurs(point: { x: number; y: number }): Promise<boolean> {
    const { cdp, ours } = await this.read();
    // DOM.getNodeForLocation takes the document's coordinates: the viewport's plus the scroll.
    const scroll = await this.page.evaluate(() => ({ x: scrollX, y: scrollY }));
    try {
      const at = { x: point.x + Math.round(scroll.x), y: point.y + Math.round(scroll.y), includeUserAgentShadowDOM: false };
      const { backendNodeId } = (await cdp.send('DOM.getNodeForLocation', at)) as { backendNodeId: number };
      return ours.has(backendNodeId);
    } catch {
      return false;
    }
  }

  /** Opens the folded chip. */
  async expand(): Promise<void> {
    await this.click('[data-gongju-chip][data-state="collapsed"]');
    await this.waitForVisible('[data-gongju-chip][data-state="expanded"]');
  }

  async hover(selector: string, index = 0): Promise<void> {
    const box = await this.box(selector, index);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Clicks a text field of the overlay and types into it, key by key, replacing what it held. */
  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }
}

export function overlay(page: Page): OverlayView {
  return new OverlayView(page);
}
