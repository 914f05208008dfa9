// Reads every page of the replica catalogue in one browser page and scores what the reader
// recognised against the page's expected-fields file.
import type { Page } from 'playwright-core';
import { expectedOf, openReplicaPage, PAGES, type ReplicaPage } from './open';
import { observe } from './probe';
import { scorePage, type Observed, type PageScore } from './score';

export interface PageResult {
  entry: ReplicaPage;
  observed: Observed;
  score: PageScore;
}

export async function measurePages(page: Page, origin: string, pages: readonly ReplicaPage[] = PAGES): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const entry of pages) {
    await openReplicaPage(page, origin, entry);
    const observed = await observe(page);
    results.push({ entry, observed, score: scorePage(expectedOf(entry), observed) });
  }
  return results;
}

/** Paths of the rows of one array counted once: applicant.monthlyIncome[*].amount ×36. */
function compact(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = item.replace(/\[\d+\]/g, '[*]');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => (count > 1 ? `${key} ×${count}` : key)).join(', ') || '-';
}

/** One line per family, then one per page that is not fully recognised, for a report. */
export function describeMisses(results: readonly PageResult[]): string[] {
  const families = [...new Set(results.map(({ entry }) => entry.family))].map((family) => {
    const mine = results.filter(({ entry }) => entry.family === family);
    const recognised = mine.reduce((sum, { score }) => sum + score.recognised, 0);
    const expected = mine.reduce((sum, { score }) => sum + score.expected, 0);
    return `family ${family}: ${recognised}/${expected}`;
  });
  const pages = results
    .filter(({ score }) => score.missed.length > 0 || score.misread.length > 0)
    .map(({ entry, score, observed }) => {
      const types = score.missed.some((item) => item.startsWith('type:'))
        ? `; types ${observed.candidates.map((c) => `${c.type} ${c.score.toFixed(2)} (${c.texts.join(' / ')})`).join(', ') || '-'}`
        : '';
      return `${entry.id}: ${score.recognised}/${score.expected}; missed ${compact(score.missed)}; misread ${compact(score.misread)}${types}`;
    });
  return [...families, ...pages];
}
