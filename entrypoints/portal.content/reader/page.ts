// The application type a page is for, from what it shows: heading, breadcrumb, active tab or
// menu item, route, document title. The first source that names exactly one type decides.

import { textOf } from './dom';
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

const HEADINGS = 'h1, h2, h3, .page-title, .el-page-header__content, .el-page-header__title, .title-bar, .main-title';
const BREADCRUMB = '.el-breadcrumb__item, .breadcrumb li, .breadcrumb a, [aria-label="breadcrumb"] li, [class*="crumb"] li';
const ACTIVE = [
  '.el-tabs__item.is-active',
  '.el-menu-item.is-active',
  '.el-submenu.is-active > .el-submenu__title',
  '.el-step.is-process, .el-step__title.is-process',
  '[aria-current="page"]',
  '[role="tab"][aria-selected="true"]',
  '.active',
].join(', ');

function firstTyped(elements: Iterable<Element>): AppType | null {
  for (const element of elements) {
    const text = textOf(element, 80);
    if (text.length === 0 || text.length > 60) continue;
    const type = typeInText(text);
    if (type) return type;
  }
  return null;
}

export function detectApplicationType(doc: Document, location: { hash: string; pathname: string }): AppType | null {
  try {
    return (
      firstTyped(doc.querySelectorAll(HEADINGS)) ??
      firstTyped(Array.from(doc.querySelectorAll(BREADCRUMB)).reverse()) ??
      firstTyped(doc.querySelectorAll(ACTIVE)) ??
      typeInRoute(`${location.pathname} ${location.hash}`) ??
      typeInText(doc.title)
    );
  } catch {
    return null;
  }
}
