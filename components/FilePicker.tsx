// A button that opens the file chooser of a hidden file input: the look of the pages' buttons,
// and the same file chosen twice still reaches onFile.
import { useRef } from 'preact/hooks';

export function FilePicker({ label, accept, testId, disabled, onFile }: {
  label: string;
  accept: string;
  testId: string;
  disabled: boolean;
  onFile: (file: File | undefined) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class="secondary" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Choosing the same file again must fire change again.
          e.currentTarget.value = '';
          onFile(file);
        }}
      />
    </>
  );
}
