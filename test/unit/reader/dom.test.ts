import { describe, expect, it } from 'vitest';
import { textOf } from '../../../entrypoints/portal.content/reader/dom';

function shown(html: string): string {
  document.body.innerHTML = html;
  return textOf(document.body.firstElementChild);
}

describe('textOf', () => {
  it('joins the texts an element shows, squashed', () => {
    expect(shown('<label><span>姓</span><b>名</b>\n：</label>')).toBe('姓 名 ：');
  });

  it('leaves out controls, option lists, validation messages and tooltips, whatever the class list around them', () => {
    const html = `<div>单位名称<select><option>甲</option></select><textarea>乙</textarea><button>选择</button>
      <div class="el-form-item__error">请输入单位名称</div>
      <div class="is-open\tel-select-dropdown popper">丙</div>
      <div class="a\nel-tooltip__popper">丁</div></div>`;
    expect(shown(html)).toBe('单位名称');
  });

  it('keeps a class that only begins like a skipped one', () => {
    expect(shown('<div>人员<span class="el-form-item__error-wrap">类别</span><span class="x-el-select-dropdown">说明</span></div>')).toBe('人员 类别 说明');
  });

  it('stops soon after the limit', () => {
    document.body.innerHTML = '<p><span>一二三</span><span>四五六</span><span>七八九</span></p>';
    expect(textOf(document.body.firstElementChild, 4)).toBe('一二三 四五六');
  });
});
