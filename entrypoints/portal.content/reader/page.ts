// The application type a page is for, read the way a person reads it: every short visible text
// naming a type (the dictionary's words) counts by how prominent it is — its size and weight
// against the page's body text, how near the top of the first screen it is, whether the page marks
// it as the current one (active tab, selected menu item, current breadcrumb) — and the route and
// document title count as weak evidence. One type clearly ahead decides; otherwise the page is
// undecided and the user is asked. No framework's class names: only what any page can show.

import { readAttachments } from './attachments';
import { nameWordsOf, textOf } from './dom';
import { hasLayout, isOnScreen } from './visibility';
import { APP_TYPE_ROUTE_WORDS, APP_TYPE_WORDS } from './synonyms';
import { looseKey } from './text';
import type { ApplicationType } from './types';

const TYPE_WORDS = APP_TYPE_WORDS.flatMap(({ type, words }) => words.map((word) => ({ type, key: looseKey(word) })));

/** The type a text names: the longest type word it contains; two types at the same length name none. */
export function typeInText(text: string): ApplicationType | null {
  const key = looseKey(text);
  if (key === '') return null;
  let best: { type: ApplicationType; length: number } | null = null;
  let tie = false;
  for (const word of TYPE_WORDS) {
    if (!key.includes(word.key)) continue;
    if (!best || word.key.length > best.length) {
      best = { type: word.type, length: word.key.length };
      tie = false;
    } else if (word.key.length === best.length && word.type !== best.type) tie = true;
  }
  return best && !tie ? best.type : null;
}

/** The type a route names (#/apply/renewal, /gjz/xuqian …). */
export function typeInRoute(route: string): ApplicationType | null {
  const lower = route.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  for (const { type, words } of APP_TYPE_ROUTE_WORDS) if (words.some((word) => letters.includes(word))) return type;
  // "new" only as a whole path segment, so /news does not count.
  return lower.split(/[^a-z]+/).includes('new') ? 'new' : null;
}

/** One type the page names, with how strongly, and the texts that name it (strongest first). */
export interface TypeCandidate {
  type: ApplicationType;
  score: number;
  texts: string[];
}

/**
 * What the page says about its type. `type` is the one to use (null: ask the user), `candidates`
 * every type the page names, best first (for the chip to offer), `source` where `type` came from:
 * the user's remembered choice for this page, the page itself, or nothing.
 */
export interface TypeDetection {
  type: ApplicationType | null;
  candidates: TypeCandidate[];
  source: 'remembered' | 'page' | 'none';
}

export interface DetectOptions {
  /** Where the page is; defaults to the document's own location. */
  location?: { hash: string; pathname: string };
  /** The type the user chose for this page earlier: it wins over anything the page shows. */
  remembered?: ApplicationType | null;
}

/**
 * The last two characters of every type word (变更, 续签, 注册 …; whole words in English): a text
 * naming no type is passed over with one native test, before it is folded and matched.
 */
const MAY_NAME_TYPE = new RegExp(
  [...new Set(APP_TYPE_WORDS.flatMap(({ words }) => words.map((word) => (/^[\x00-\x7f]+$/.test(word) ? word : word.slice(-2)))))].join('|'),
  'i',
);
/** Longer texts are sentences or paragraphs, not names of a page. */
const MAX_TEXT = 60;
/** Class or id words (split at - and _) and attributes by which pages mark the current item. */
const CURRENT_WORDS = new Set(['active', 'selected', 'current', 'cur', 'this', 'checked', 'on', 'now', 'sel']);
/** Generic words of title classes (not any framework's names): a weak bonus. */
const TITLE_WORDS = new Set(['title', 'header', 'head', 'heading', 'caption', 'tit']);
const SEMANTIC_HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION', 'LEGEND']);
/** Without layout (no engine), the sizes a browser gives these by default stand in for computed ones. */
const DEFAULT_SIZE: Record<string, number> = { H1: 2, H2: 1.5, H3: 1.17, H4: 1, H5: 0.83, H6: 0.67 };
const DEFAULT_BOLD = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'B', 'STRONG', 'TH']);
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'SELECT']);
const SENTENCE = /[。，；！？!?;]/;

const CURRENT_BONUS = 2;
const ELSEWHERE = 0.35;
const WEAK_EVIDENCE = 0.8;
/** The weight of a type's other mentions beside its strongest one. */
const MORE_MENTIONS = 0.3;
/** How far ahead of the second the first must be to decide. */
const CLEAR_LEAD = 1.5;
const MIN_SCORE = 0.8;

interface Layout {
  /** False where there is no layout engine (sizes and positions all zero). */
  real: boolean;
  bodySize: number;
  viewportHeight: number;
  scrollY: number;
}

function fontSizeOf(style: CSSStyleDeclaration): number {
  const size = Number.parseFloat(style.fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/** The size most of the page's text is set in, weighted by length (a sample from the top). */
function bodyTextSize(doc: Document, view: Window): number {
  const sizes = new Map<number, number>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let sampled = 0;
  for (let node = walker.nextNode(); node && sampled < 300; node = walker.nextNode()) {
    const length = (node.nodeValue ?? '').trim().length;
    const parent = node.parentElement;
    if (length < 2 || !parent || SKIPPED_PARENTS.has(parent.tagName)) continue;
    sampled++;
    const size = Math.round(fontSizeOf(view.getComputedStyle(parent)));
    sizes.set(size, (sizes.get(size) ?? 0) + length);
  }
  let best = 16;
  let weight = -1;
  for (const [size, total] of sizes) if (total > weight) [best, weight] = [size, total];
  return best;
}

function layoutOf(doc: Document, view: Window): Layout {
  return { real: hasLayout(doc), bodySize: bodyTextSize(doc, view), viewportHeight: view.innerHeight || 800, scrollY: view.scrollY || 0 };
}

function markedCurrent(element: Element): boolean {
  if (element.getAttribute('aria-selected') === 'true') return true;
  const current = element.getAttribute('aria-current');
  if (current !== null && current !== 'false') return true;
  return nameWordsOf(element, true).some((word) => CURRENT_WORDS.has(word));
}

/**
 * The item a text belongs to (the element and its close ancestors that show hardly more than it:
 * a count, a mark): a menu entry's text sits in a span inside the marked li, a tab's in the tab.
 */
function itemOf(element: Element, text: string): Element[] {
  const chain: Element[] = [element];
  let node = element.parentElement;
  for (let depth = 0; node && node.tagName !== 'BODY' && depth < 4; depth++, node = node.parentElement) {
    if (textOf(node, MAX_TEXT + 1).length > text.length + 4) break;
    chain.push(node);
  }
  return chain;
}

function holdsCurrent(element: Element, depth: number): boolean {
  if (markedCurrent(element)) return true;
  return depth > 0 && Array.from(element.children).some((child) => holdsCurrent(child, depth - 1));
}

/** An entry of a menu, tab strip or list whose current entry is another one alike: a link elsewhere. */
function leadsElsewhere(item: readonly Element[]): boolean {
  const entry = item[item.length - 1]!;
  const list = entry.parentElement;
  if (!list || item.some(markedCurrent)) return false;
  return Array.from(list.children).some((sibling) => sibling !== entry && sibling.tagName === entry.tagName && holdsCurrent(sibling, 1));
}

/** How prominent a text is: its size and weight, place on the first screen, marks and kind. */
function prominence(element: Element, text: string, view: Window, layout: Layout): number {
  const style = view.getComputedStyle(element);
  const item = itemOf(element, text);
  const heading = item.find((node) => SEMANTIC_HEADINGS.has(node.tagName) || node.getAttribute('role') === 'heading');
  let size = fontSizeOf(style) / layout.bodySize;
  let weight = Number.parseInt(style.fontWeight, 10) || (style.fontWeight === 'bold' ? 700 : 400);
  if (!layout.real) {
    // No engine to compute sizes: the tags' default looks stand in.
    const tagged = item.map((node) => DEFAULT_SIZE[node.tagName] ?? 1);
    size = Math.max(size, ...tagged);
    if (item.some((node) => DEFAULT_BOLD.has(node.tagName))) weight = Math.max(weight, 700);
  }
  let score = Math.min(Math.max(size, 0.6), 3) ** 1.5;
  if (weight >= 600) score *= 1.25;
  else if (weight >= 500) score *= 1.1;
  if (layout.real) {
    const top = element.getBoundingClientRect().top + layout.scrollY;
    score *= top <= layout.viewportHeight ? 1 + 0.5 * (1 - Math.max(top, 0) / layout.viewportHeight) : 0.8;
  }
  if (item.some(markedCurrent)) score *= CURRENT_BONUS;
  else if (leadsElsewhere(item)) score *= ELSEWHERE;
  if (heading) score *= 1.1;
  if (item.some((node) => nameWordsOf(node, true).some((word) => TITLE_WORDS.has(word)))) score *= 1.1;
  // A field label (出生日期：) or a sentence names a type in passing, not the page.
  if (/[:：]\s*$/.test(text) || item.some((node) => node.tagName === 'LABEL')) score *= 0.5;
  if (SENTENCE.test(text)) score *= 0.6;
  return score;
}

interface Mention {
  type: ApplicationType;
  score: number;
  text: string;
}

/** Every visible short text naming one type, with its prominence; none from inside `elsewhere`. */
function visibleMentions(doc: Document, view: Window, elsewhere: readonly Element[]): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<Element>();
  let layout: Layout | null = null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!MAY_NAME_TYPE.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || seen.has(parent) || SKIPPED_PARENTS.has(parent.tagName)) continue;
    // A button's text is an action (办理新办), unless the button is a tab.
    if (parent.closest('select, textarea') || parent.closest('button:not([role="tab"])')) continue;
    // An attachment row's name (用人单位变更申请) is a document to upload, not the page's business.
    if (elsewhere.some((row) => row.contains(parent))) continue;
    seen.add(parent);
    let text = textOf(parent, MAX_TEXT + 1);
    if (text.length > MAX_TEXT) text = value.trim();
    if (text.length === 0 || text.length > MAX_TEXT) continue;
    const type = typeInText(text);
    if (!type) continue;
    layout ??= layoutOf(doc, view);
    if (!isOnScreen(parent, layout.real)) continue;
    mentions.push({ type, score: prominence(parent, text, view, layout), text });
  }
  return mentions;
}

/**
 * Every type the page names, best first. `attachmentRows` are the page's attachment rows (read
 * here when not given). Never throws: a page it cannot read names none.
 */
export function rankTypes(doc: Document, location?: { hash: string; pathname: string }, attachmentRows?: readonly Element[]): TypeCandidate[] {
  try {
    const view = doc.defaultView;
    const rows = attachmentRows ?? readAttachments(doc).map((row) => row.element);
    const mentions = doc.body && view ? visibleMentions(doc, view, rows) : [];
    const where = location ?? view?.location;
    const route = where ? typeInRoute(`${where.pathname} ${where.hash}`) : null;
    if (route) mentions.push({ type: route, score: WEAK_EVIDENCE, text: `route:${where!.pathname}${where!.hash}` });
    const titled = typeInText(doc.title);
    if (titled) mentions.push({ type: titled, score: WEAK_EVIDENCE, text: `title:${doc.title}` });
    const byType = new Map<ApplicationType, Mention[]>();
    for (const mention of mentions) byType.set(mention.type, [...(byType.get(mention.type) ?? []), mention]);
    return [...byType]
      .map(([type, list]) => {
        const sorted = list.sort((a, b) => b.score - a.score);
        const [first, ...rest] = sorted;
        const more = Math.min(rest.reduce((sum, mention) => sum + mention.score, 0), first!.score);
        return { type, score: first!.score + MORE_MENTIONS * more, texts: [...new Set(sorted.map((mention) => mention.text))].slice(0, 5) };
      })
      .sort((a, b) => b.score - a.score);
  } catch {
    return [];
  }
}

/** The type to use from ranked candidates: the remembered one, else one clearly ahead, else none. */
export function decideType(candidates: TypeCandidate[], remembered?: ApplicationType | null): TypeDetection {
  if (remembered) return { type: remembered, candidates, source: 'remembered' };
  const [first, second] = candidates;
  const clear = first !== undefined && first.score >= MIN_SCORE && (second === undefined || first.score >= CLEAR_LEAD * second.score);
  return clear ? { type: first.type, candidates, source: 'page' } : { type: null, candidates, source: 'none' };
}

/**
 * The application type of a page: `detectApplicationType(document, { remembered })` gives
 * `{ type, candidates, source }` (see TypeDetection). Never throws.
 */
export function detectApplicationType(doc: Document, options: DetectOptions = {}): TypeDetection {
  return decideType(rankTypes(doc, options.location), options.remembered);
}
