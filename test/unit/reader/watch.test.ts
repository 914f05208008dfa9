// A change of the page between two reads is seen even when the observer's records were already
// delivered (a microtask passed) before the second read.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../entrypoints/portal.content/reader';

const location = { hash: '#/business/new', pathname: '/person-platform/', host: 'fw.bjrcgz.gov.cn' };

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
});
