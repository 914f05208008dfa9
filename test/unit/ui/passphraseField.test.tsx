// The passphrase field of the export panel and of a sealed file's import.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PassphraseField } from '../../../components/PassphraseField';
import { byLabel, mount, typeInto, unmountAll } from './helpers';

afterEach(unmountAll);

describe('PassphraseField', () => {
  it('is a labelled password input that hands on what is typed', () => {
    const onInput = vi.fn();
    const root = mount(<PassphraseField id="p" label="口令" value="" autocomplete="new-password" onInput={onInput} />);
    const input = byLabel(root, '口令') as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    typeInto(input, 'correct horse');
    expect(onInput).toHaveBeenCalledWith('correct horse');
  });

  it('is marked invalid and points at its message only while there is one', () => {
    const valid = byLabel(mount(<PassphraseField id="a" label="口令" value="x" autocomplete="off" onInput={() => undefined} />), '口令');
    expect(valid.getAttribute('aria-invalid')).toBeNull();
    expect(valid.getAttribute('aria-describedby')).toBeNull();
    const invalid = byLabel(mount(<PassphraseField id="b" label="确认口令" value="x" autocomplete="off" errorId="b-error" onInput={() => undefined} />), '确认口令');
    expect(invalid.getAttribute('aria-invalid')).toBe('true');
    expect(invalid.getAttribute('aria-describedby')).toBe('b-error');
  });
});
