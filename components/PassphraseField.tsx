// A passphrase input with its label, for sealing an export and for opening a sealed file: marked
// invalid and pointed at the message that says why, when there is one.
import type { Ref } from 'preact';

export function PassphraseField({ id, label, value, autocomplete, errorId, inputRef, onInput }: {
  id: string;
  label: string;
  value: string;
  /** new-password where the passphrase is chosen; off where a file's is asked for. */
  autocomplete: 'new-password' | 'off';
  /** The id of the message saying what is wrong with this field; absent while nothing is. */
  errorId?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="password"
        autocomplete={autocomplete}
        value={value}
        aria-invalid={errorId ? 'true' : undefined}
        aria-describedby={errorId}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
