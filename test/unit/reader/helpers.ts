// Loading saved pages into the happy-dom document for the reader tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixture = (name: string): string => readFileSync(join(process.cwd(), 'test/unit/reader/fixtures', name), 'utf8');

/**
 * Puts a saved page (or a fragment) into the global document. happy-dom 21 picks the wrong option
 * when an option carries the `selected` attribute (it selects by the count of selected options),
 * so the parser's default selection is applied again here, as a browser does when it parses.
 */
export function loadHtml(html: string): Document {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html;
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  const title = /<title>([\s\S]*?)<\/title>/i.exec(head)?.[1];
  document.title = title ?? '';
  for (const option of Array.from(document.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
  return document;
}

export function loadFixture(name: string): Document {
  return loadHtml(fixture(name));
}

export const at = (hash: string, pathname = '/person-platform/') => ({ hash, pathname, host: 'fw.bjrcgz.gov.cn' });
