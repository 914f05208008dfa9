// Loading a static replica page (test/replica/site/) into the happy-dom document: its own style
// sheets inlined (so computed font sizes are the page's), its scripts left out (the markup is what
// the framework rendered), and its catalogue entry and expected-fields file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// @ts-expect-error plain ESM module without types
import { PAGES } from '../../replica/pages.mjs';
import type { Expected } from '../../recognition/score';
import { loadHtml } from './helpers';

const REPLICA = join(process.cwd(), 'test/replica');

export interface CataloguePage {
  id: string;
  family: string;
  url: string;
  fill?: string;
  expected: string;
}

export const CATALOGUE: readonly CataloguePage[] = PAGES;

/** The pages written as static markup (the families); the single-page apps need a browser. */
export const STATIC_PAGES = CATALOGUE.filter((page) => !page.url.includes('#') && !page.fill);

export function expectedOf(page: CataloguePage): Expected {
  return JSON.parse(readFileSync(join(REPLICA, page.expected), 'utf8'));
}

export function loadReplicaPage(url: string): Document {
  const file = join(REPLICA, 'site', url);
  const html = readFileSync(file, 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*href="([^"]+\.css)"[^>]*>/gi, (_, href: string) => {
      const css = readFileSync(href.startsWith('/') ? join(REPLICA, 'site', href) : join(dirname(file), href), 'utf8');
      return `<style>${css}</style>`;
    });
  return loadHtml(html);
}
