import { describe, expect, it } from 'vitest';
import { normalizeName, sameName } from '../../../rules/names';

describe('normalizeName', () => {
  it('removes all white space, ideographic space included', () => {
    expect(normalizeName(' 北京 某某\t科技\u3000有限公司\n')).toBe('北京某某科技有限公司');
    expect(normalizeName('北京\u00a0某某')).toBe('北京某某');
  });

  it('maps full-width parentheses to ASCII', () => {
    expect(normalizeName('某某（北京）科技有限公司')).toBe('某某(北京)科技有限公司');
  });

  it('applies NFKC (full-width letters and digits)', () => {
    expect(normalizeName('ＡＢＣ１２３科技')).toBe('ABC123科技');
  });

  it('keeps everything else, case included', () => {
    expect(normalizeName('Abc科技')).toBe('Abc科技');
    expect(normalizeName('北京某某科技有限公司')).toBe('北京某某科技有限公司');
  });
});

describe('sameName', () => {
  it('treats names that differ only in spacing, width or parentheses as the same', () => {
    expect(sameName('某某（北京）科技有限公司', '某某 (北京) 科技有限公司')).toBe(true);
    expect(sameName('ＸＹＺ　公司', 'XYZ公司')).toBe(true);
  });

  it('tells different names apart', () => {
    expect(sameName('北京某某科技有限公司', '北京某某科技股份有限公司')).toBe(false);
    expect(sameName('某某（北京）科技有限公司', '某某北京科技有限公司')).toBe(false);
    expect(sameName('abc公司', 'ABC公司')).toBe(false);
  });
});
