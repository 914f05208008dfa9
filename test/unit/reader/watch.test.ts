// The document's one watch: what is ours is no change of the page, records are looked at in idle
// time (one notice per batch), a read is never late, and a page that floods it pauses it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { invalidateDescriptors, readPage } from '../../../entrypoints/portal.content/reader';
import { MUTATION_BURSTS_PER_SECOND, PageWatch, StructureWatch } from '../../../entrypoints/portal.content/reader/watch';

const location = { hash: '#/business/new', pathname: '/person-platform/', host: 'fw.bjrcgz.gov.cn' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  invalidateDescriptors();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('structure watch', () => {
  it('sees an attachment uploaded after the last read', async () => {
    document.body.innerHTML = `<div id="app"><h2 class="page-title">工作居住证新办</h2>
      <table><thead><tr><th>材料名称</th><th>状态</th><th>文件名</th></tr></thead>
      <tbody><tr><td>扣缴客户端截图</td><td><span class="el-tag">未上传</span></td><td class="file">-</td></tr></tbody></table></div>`;
    const first = readPage(document, { location });
    expect(first.attachments?.find((a) => a.material === 'withholding-client-screenshot')?.present).toBe(false);

    document.querySelector('.el-tag')!.textContent = '已上传';
    document.querySelector('.file')!.textContent = '扣缴客户端截图.pdf';
    // Let the MutationObserver deliver its records before the next read.
    await new Promise((resolve) => setTimeout(resolve, 0));

    const second = readPage(document, { location });
    expect(second.attachments?.find((a) => a.material === 'withholding-client-screenshot')?.present).toBe(true);
  });

  it('sees a change made just before a read, whose records were not delivered yet', () => {
    document.body.innerHTML = '<div id="app"><section class="is-collapsed"></section></div>';
    const watch = new StructureWatch(document);
    expect(watch.takeChanged()).toBe(true);
    expect(watch.takeChanged()).toBe(false);
    document.querySelector('section')!.className = '';
    expect(watch.takeChanged()).toBe(true);
    watch.disconnect();
  });
});

describe('page watch', () => {
  function watched() {
    document.body.innerHTML = '<div id="app"><section class="pane"><span>文本</span></section></div>';
    const host = document.createElement('gongju-overlay');
    const watch = PageWatch.of(document);
    const notices: number[] = [];
    const stopIgnoring = watch.ignore((node) => node === host);
    const stop = watch.onChange(() => notices.push(Date.now()));
    return { watch, host, notices, stop: () => (stop(), stopIgnoring()) };
  }

  it('takes the overlay host coming, going and being restyled for no change of the page', async () => {
    const { host, notices, stop } = watched();
    document.body.append(host);
    host.setAttribute('style', 'display: none');
    host.remove();
    await tick();
    expect(notices).toEqual([]);
    stop();
  });

  it.each([
    ['a class change', () => document.querySelector('section')!.classList.add('is-active')],
    ['a style change', () => document.querySelector('section')!.setAttribute('style', 'display: block')],
    ['a text change', () => (document.querySelector('span')!.firstChild!.nodeValue = '已上传')],
    ['a removal', () => document.querySelector('span')!.remove()],
    ['an addition', () => document.querySelector('section')!.append(document.createElement('input'))],
  ])('takes %s of the page for a change, noticed once per batch', async (_name, change) => {
    const { notices, stop } = watched();
    change();
    document.querySelector('#app')!.setAttribute('data-state', 'x');
    await tick();
    expect(notices).toHaveLength(1);
    stop();
  });

  it('pauses while the page changes without end, and counts the pause as a change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { watch, notices, stop } = watched();
    const flag = watch.flag();
    const section = document.querySelector('section')!;
    for (let i = 0; i <= MUTATION_BURSTS_PER_SECOND; i++) {
      section.setAttribute('data-frame', String(i));
      await Promise.resolve();
      vi.advanceTimersByTime(1);
    }
    expect(watch.watching).toBe(false);
    expect(notices.length).toBeGreaterThan(0);
    // While paused, every read looks at the page again.
    const reader = new StructureWatch(document);
    reader.takeChanged();
    expect(reader.takeChanged()).toBe(true);
    const before = notices.length;
    vi.advanceTimersByTime(1000);
    expect(watch.watching).toBe(true);
    expect(notices.length).toBe(before + 1);
    reader.disconnect();
    flag.release();
    stop();
  });

  it('still watches a page that refuses to report text changes', async () => {
    const observe = MutationObserver.prototype.observe;
    const spy = vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (this: MutationObserver, target, options) {
      if (options?.characterData) throw new Error('hostile');
      return observe.call(this, target, options);
    });
    const { watch, notices, stop } = watched();
    expect(watch.watching).toBe(true);
    document.querySelector('section')!.classList.add('is-active');
    await tick();
    expect(notices).toHaveLength(1);
    stop();
    spy.mockRestore();
  });

  it('stops observing once nobody listens', () => {
    const { watch, stop } = watched();
    stop();
    expect(PageWatch.of(document)).not.toBe(watch);
    PageWatch.of(document).dispose();
  });
});
