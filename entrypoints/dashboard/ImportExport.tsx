// Import of exported cases. The background imports all or nothing: a bad file changes nothing and
// names the record and the path that are wrong; cases already stored are replaced only when the
// user says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import { IMPORT_MESSAGES, MAX_IMPORT_BYTES } from '../../utils/store/transfer';
import { fieldLabel } from '../../rules/fields';
import { getAt } from '../../rules/paths';
import type { Lang } from '../../rules/types';
import { FilePicker } from '../../components/FilePicker';
import { PassphraseField } from '../../components/PassphraseField';
import { describeExpected } from '../../components/labels';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { isSealed, unseal } from '../../utils/sealed';
import type { ImportDuplicate, ImportProblem, ImportResult } from '../../utils/store/types';

/** The case path inside an import path (`cases[2].case.applicant.birthDate` → `applicant.birthDate`). */
export function casePathOf(path: string): string | null {
  const match = /^cases\[\d+\]\.case\.(.+)$/.exec(path);
  return match ? match[1]! : null;
}

/** The value at a problem's path in the file as read, shown short; null when there is none to show. */
export function badValueOf(file: unknown, path: string): string | null {
  const value = getAt(file, path);
  if (value === undefined || (typeof value === 'object' && value !== null)) return null;
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function problemText(lang: Lang, problem: ImportProblem, value: string | null = null): string {
  // A file holding one bare case reports paths inside that case.
  const casePath = casePathOf(problem.path) ?? (problem.index === null && !problem.path.startsWith('cases') ? problem.path : null);
  const where = casePath && fieldLabel(casePath, lang) !== casePath ? t(lang, 'dashboard.import.pathWithField', { field: fieldLabel(casePath, lang), path: problem.path }) : problem.path;
  const expected = describeExpected(lang, problem.expected);
  if (value !== null) {
    return problem.index === null
      ? t(lang, 'dashboard.import.problemFileValue', { where, expected, value })
      : t(lang, 'dashboard.import.problemValue', { record: problem.index + 1, where, expected, value });
  }
  return problem.index === null
    ? t(lang, 'dashboard.import.problemFile', { where, expected })
    : t(lang, 'dashboard.import.problem', { record: problem.index + 1, where, expected });
}

export function duplicateText(lang: Lang, duplicate: ImportDuplicate): string {
  return t(lang, duplicate.by === 'id' ? 'dashboard.import.duplicateById' : 'dashboard.import.duplicateByIdentity', { record: duplicate.index + 1 });
}

type ImportState =
  | { result: ImportResult; data: string }
  | { readFailed: true }
  /** An encrypted file waiting for its passphrase; `refused` says why the last one did not open it. */
  | { sealed: Uint8Array; refused?: 'wrong-passphrase'; attempts: number }
  | { unsealFailed: 'damaged' | 'unsupported-version' }
  | null;

export function ImportButton({ lang, onImported }: { lang: Lang; onImported: () => void }) {
  const [state, setState] = useState<ImportState>(null);
  const [busy, setBusy] = useState(false);

  const run = async (data: string, replaceDuplicates: boolean) => {
    setBusy(true);
    const reply = await sendMessage({ type: 'cases/import', data, ...(replaceDuplicates && { replaceDuplicates }) });
    setBusy(false);
    if (!reply.ok) {
      setState({ result: { ok: false, reason: 'malformed', message: { zh: t('zh', 'dashboard.import.failed'), en: t('en', 'dashboard.import.failed') } }, data });
      return;
    }
    setState({ result: reply.value, data });
    if (reply.value.ok) onImported();
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Refused before reading: a huge file is never loaded into memory or sent to the background.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ result: { ok: false, reason: 'too-large', message: IMPORT_MESSAGES.tooLarge }, data: '' });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setState({ readFailed: true });
      return;
    }
    if (isSealed(bytes)) return setState({ sealed: bytes, attempts: 0 });
    await run(new TextDecoder().decode(bytes), false);
  };

  const open = async (sealed: Uint8Array, passphrase: string, attempts: number) => {
    setBusy(true);
    const opened = await unseal(sealed, passphrase);
    setBusy(false);
    if (opened.ok) return run(opened.text, false);
    if (opened.reason === 'wrong-passphrase') return setState({ sealed, refused: 'wrong-passphrase', attempts: attempts + 1 });
    setState({ unsealFailed: opened.reason === 'unsupported-version' ? 'unsupported-version' : 'damaged' });
  };

  return (
    <>
      <FilePicker
        label={t(lang, 'dashboard.import.button')}
        accept=".json,.gongju,application/json"
        testId="import-file"
        disabled={busy}
        onFile={(file) => void onFile(file)}
      />
      {state && (
        <div class="import-result">
          {'sealed' in state ? (
            <PassphrasePrompt
              lang={lang}
              busy={busy}
              refused={state.refused}
              attempts={state.attempts}
              onOpen={(passphrase) => void open(state.sealed, passphrase, state.attempts)}
              onCancel={() => setState(null)}
            />
          ) : (
            <ImportNotice
              lang={lang}
              state={state}
              onReplace={(data) => void run(data, true)}
              onDismiss={() => setState(null)}
            />
          )}
        </div>
      )}
    </>
  );
}

/** Asks for the passphrase of an encrypted file; nothing is imported until it opens. */
function PassphrasePrompt({
  lang,
  busy,
  refused,
  attempts,
  onOpen,
  onCancel,
}: {
  lang: Lang;
  busy: boolean;
  refused: 'wrong-passphrase' | undefined;
  /** Failed attempts so far: after each, the focus goes back to the passphrase. */
  attempts: number;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [attempts]);
  return (
    <form
      class="notice info"
      data-import="passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        onOpen(passphrase);
      }}
    >
      <p>{t(lang, 'transfer.sealedFile')}</p>
      <PassphraseField
        id="import-passphrase"
        label={t(lang, 'transfer.passphrase')}
        value={passphrase}
        autocomplete="off"
        errorId={refused ? 'import-passphrase-error' : undefined}
        inputRef={input}
        onInput={setPassphrase}
      />
      {refused && (
        <p class="field-error" id="import-passphrase-error" role="alert">
          {t(lang, 'transfer.wrongPassphrase')}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" disabled={busy || passphrase === ''}>
          {t(lang, 'transfer.open')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t(lang, 'dashboard.import.cancel')}
        </button>
        {busy && <span role="status">{t(lang, 'transfer.working')}</span>}
      </div>
    </form>
  );
}

function ImportNotice({
  lang,
  state,
  onReplace,
  onDismiss,
}: {
  lang: Lang;
  state: Exclude<NonNullable<ImportState>, { sealed: Uint8Array }>;
  onReplace: (data: string) => void;
  onDismiss: () => void;
}) {
  const close = (
    <button type="button" class="secondary small" onClick={onDismiss}>
      {t(lang, 'common.close')}
    </button>
  );
  if ('readFailed' in state) {
    return (
      <div class="notice error" role="alert" data-import="read-failed">
        <p>{t(lang, 'dashboard.import.readFailed')}</p>
        {close}
      </div>
    );
  }
  if ('unsealFailed' in state) {
    return (
      <div class="notice error" role="alert" data-import={state.unsealFailed}>
        <p>{t(lang, state.unsealFailed === 'damaged' ? 'transfer.damaged' : 'transfer.unsupportedVersion')}</p>
        <p>{t(lang, 'dashboard.import.nothingChanged')}</p>
        {close}
      </div>
    );
  }
  const { result, data } = state;
  // The file as read, to show each bad value beside its problem.
  const file = result.ok === false && result.reason === 'invalid' ? parsedOrNull(data) : null;
  if (result.ok) {
    return (
      <div class="notice success" role="status" data-import="ok">
        <p>{t(lang, 'dashboard.import.done', { n: result.imported, replaced: result.replaced })}</p>
        {close}
      </div>
    );
  }
  if (result.reason === 'duplicates') {
    return (
      <div class="notice warning" role="alert" data-import="duplicates">
        <p>{result.message[lang]}</p>
        <ul>
          {result.duplicates.map((d) => (
            <li key={d.index}>{duplicateText(lang, d)}</li>
          ))}
        </ul>
        <p>{t(lang, 'dashboard.import.askReplace')}</p>
        <div class="toolbar">
          <button type="button" class="danger" onClick={() => onReplace(data)}>
            {t(lang, 'dashboard.import.replace')}
          </button>
          <button type="button" class="secondary" onClick={onDismiss}>
            {t(lang, 'dashboard.import.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="notice error" role="alert" data-import={result.reason}>
      <p>{result.message[lang]}</p>
      {result.reason === 'invalid' && (
        <ul>
          {result.problems.map((problem, i) => (
            <li key={i} data-index={problem.index ?? ''} data-path={problem.path}>
              {problemText(lang, problem, badValueOf(file, problem.path))}
            </li>
          ))}
        </ul>
      )}
      <p>{t(lang, 'dashboard.import.nothingChanged')}</p>
      {close}
    </div>
  );
}

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
