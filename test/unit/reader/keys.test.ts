import { describe, expect, it } from 'vitest';
import { pageKeyOf, routeOf } from '../../../entrypoints/portal.content/reader/keys';

const at = (url: string) => {
  const { origin, pathname, hash } = new URL(url);
  return { origin, pathname, hash };
};

describe('pageKeyOf', () => {
  it('keeps the origin, so http and https or two hosts never share drafts and mappings', () => {
    const keys = ['https://fw.bjrcgz.gov.cn/person/#/xbsq', 'http://fw.bjrcgz.gov.cn/person/#/xbsq', 'https://www.bjrcgz.gov.cn/person/#/xbsq'].map((url) => pageKeyOf(at(url)));
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe('https://fw.bjrcgz.gov.cn/person/#/xbsq');
  });

  it('drops record ids and the query from path and hash route, as routeOf does', () => {
    const one = pageKeyOf(at('https://fw.bjrcgz.gov.cn/apply/20261127001/edit?x=1#/record/5f3a9c2e7b1d/edit?step=2'));
    const other = pageKeyOf(at('https://fw.bjrcgz.gov.cn/apply/20261203999/edit#/record/9a8b7c6d5e4f/edit'));
    expect(one).toBe('https://fw.bjrcgz.gov.cn/apply/:id/edit#/record/:id/edit');
    expect(other).toBe(one);
    expect(routeOf(at('https://fw.bjrcgz.gov.cn/apply#/record/5f3a9c2e7b1d/edit'))).toBe('/record/:id/edit');
  });

  it('is the path alone for a page without a hash route', () => {
    expect(pageKeyOf(at('https://fw.bjrcgz.gov.cn/person/new.html#top'))).toBe('https://fw.bjrcgz.gov.cn/person/new.html');
  });
});
