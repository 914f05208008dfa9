// The district of the applicant's residence is not the employer's district of registration.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../entrypoints/portal.content/reader';

const location = { hash: '#/business/new', pathname: '/person-platform/', host: 'fw.bjrcgz.gov.cn' };

function formItem(label: string, value: string): string {
  return `<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner" value="${value}"></div></div></div>`;
}

describe('district labels', () => {
  it('reads 注册所在区 as the employer district and sets 住所所在区 aside', () => {
    document.body.innerHTML = `<div id="app"><h2>工作居住证新办</h2><form class="el-form">${formItem('注册所在区', '石景山区')}${formItem('住所所在区', '海淀区')}</form></div>`;
    const read = readPage(document, { location });
    expect((read.caseData as { employer?: { registeredDistrict?: string } }).employer?.registeredDistrict).toBe('shijingshan');
    expect(read.fields.filter((f) => f.path === 'employer.registeredDistrict')).toHaveLength(1);
  });
});
