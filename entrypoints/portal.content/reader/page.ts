// The application type a page is for, from what it shows: heading, breadcrumb, active tab or
// menu item, route, document title. The first source that names exactly one type decides.

import { byClass, byTag, textOf } from './dom';
import { APP_TYPE_ROUTE_WORDS, APP_TYPE_WORDS } from './synonyms';
import { looseKey } from './text';
import type { AppType } from './types';

const TYPE_WORDS = APP_TYPE_WORDS.flatMap(({ type, words }) => words.map((word) => ({ type, key: looseKey(word) })));

/** The type a text names: the longest type word it contains; two types at the same length name none. */
export function typeInText(text: string): AppType | null {
  const key = looseKey(text);
  if (key === '') return null;
  let best: { type: AppType; length: number } | null = null;
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
export function typeInRoute(route: string): AppType | null {
  const lower = route.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  for (const { type, words } of APP_TYPE_ROUTE_WORDS) if (words.some((word) => letters.includes(word))) return type;
  // "new" only as a whole path segment, so /news does not count.
  return lower.split(/[^a-z]+/).includes('new') ? 'new' : null;
}

const HEADING_CLASSES = ['page-title', 'el-page-header__content', 'el-page-header__title', 'title-bar', 'main-title'];
const ACTIVE_KINDS = ['el-tabs__item', 'el-menu-item', 'el-step__title', 'el-step'];

function firstTyped(elements: Iterable<Element>): AppType | null {
  for (const element of elements) {
    const text = textOf(element, 80);
    if (text.length === 0 || text.length > 60) continue;
    const type = typeInText(text);
    if (type) return type;
  }
  return null;
}

// Live collections by tag and class: far cheaper than selector scans, and this runs at every change.
function headings(doc: Document): Element[] {
  return [...['h1', 'h2', 'h3'].flatMap((tag) => byTag(doc, tag)), ...HEADING_CLASSES.flatMap((name) => byClass(doc, name))];
}

function breadcrumbItems(doc: Document): Element[] {
  const items = byClass(doc, 'el-breadcrumb__item');
  for (const name of ['breadcrumb', 'crumbs']) for (const trail of byClass(doc, name)) items.push(...Array.from(trail.querySelectorAll('li, a')));
  return items;
}

function activeItems(doc: Document): Element[] {
  const active = byClass(doc, 'is-active').filter((element) => ACTIVE_KINDS.some((kind) => element.classList.contains(kind)));
  for (const submenu of byClass(doc, 'el-submenu')) {
    if (submenu.classList.contains('is-active')) active.push(...Array.from(submenu.children).filter((child) => child.classList.contains('el-submenu__title')));
  }
  return [...active, ...byClass(doc, 'is-process'), ...byClass(doc, 'active')];
}

export function detectApplicationType(doc: Document, location: { hash: string; pathname: string }): AppType | null {
  try {
    return (
      firstTyped(headings(doc)) ??
      firstTyped(breadcrumbItems(doc).reverse()) ??
      firstTyped(activeItems(doc)) ??
      typeInRoute(`${location.pathname} ${location.hash}`) ??
      typeInText(doc.title) ??
      firstTyped(doc.querySelectorAll('[aria-current="page"], [role="tab"][aria-selected="true"]'))
    );
  } catch {
    return null;
  }
}
