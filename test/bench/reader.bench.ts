// reader.recognised: the share (%) of what the replica pages show (application type, case paths,
// materials; test/replica/pages.mjs and each page's expected-fields file) that the reader
// recognises, read in Chromium with real layout. Pages it does not fully read are listed on stderr.
import { chromium } from 'playwright-core';
// @ts-expect-error plain ESM module without types
import { startReplica } from '../replica/server.mjs';
import { CHROMIUM } from '../support/chromium.mjs';
import { describeMisses, measurePages } from '../recognition/measure';
import { shareOf } from '../recognition/score';
import { report, wants } from './figures';

if (wants('reader.recognised')) {
  const replica = await startReplica({ port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--lang=zh-CN'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const results = await measurePages(page, replica.url('/'));
    report('reader.recognised', '%', shareOf(results.map((result) => result.score)) * 100);
    for (const line of describeMisses(results)) console.error(`reader bench: ${line}`);
  } finally {
    await browser.close();
    await replica.close();
  }
}
