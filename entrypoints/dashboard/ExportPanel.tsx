// Exporting cases to pass them on: encrypted under a passphrase (utils/sealed.ts), which is what
// the panel offers first, or as plain JSON after a warning that anyone with the file can read
// the ID numbers in it.
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import { downloadBlob, downloadJson } from '../../components/download';
import { PassphraseField } from '../../components/PassphraseField';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { MIN_PASSPHRASE_LENGTH, seal } from '../../utils/sealed';

export interface ExportRequest {
  /** The cases to export; null for every case. */
  ids: string[] | null;
  count: number;
}

type FieldError = { field: 'passphrase' | 'confirm'; message: string } | null;

export function ExportPanel({ lang, today, request, onClose }: { lang: Lang; today: string; request: ExportRequest; onClose: (message: string | null) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<FieldError>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);

  const fetchExport = async () => {
    const reply = await sendMessage(request.ids ? { type: 'cases/export', ids: request.ids } : { type: 'cases/export' });
    return reply.ok ? reply.value : null;
  };
  const stamp = request.ids?.length === 1 ? `${today}-${request.ids[0]!.slice(0, 8)}` : today;

  const exportSealed = async (event: Event) => {
    event.preventDefault();
    const problem: FieldError =
      passphrase.length < MIN_PASSPHRASE_LENGTH
        ? { field: 'passphrase', message: t(lang, 'transfer.passphraseShort', { n: MIN_PASSPHRASE_LENGTH }) }
        : passphrase !== confirm
          ? { field: 'confirm', message: t(lang, 'transfer.passphraseMismatch') }
          : null;
    setError(problem);
    if (problem) return (problem.field === 'passphrase' ? passphraseInput : confirmInput).current?.focus();
    setBusy(true);
    const file = await fetchExport();
    const sealed = file ? await seal(JSON.stringify(file), passphrase).catch(() => null) : null;
    setBusy(false);
    if (!sealed) return setFailed(true);
    downloadBlob(t(lang, 'transfer.sealedFileName', { date: stamp }), new Blob([sealed as BlobPart], { type: 'application/octet-stream' }));
    onClose(t(lang, 'transfer.sealedDone', { n: request.count }));
  };

  const exportPlain = async () => {
    setBusy(true);
    const file = await fetchExport();
    setBusy(false);
    if (!file) return setFailed(true);
    downloadJson(request.ids === null ? t(lang, 'dashboard.fileName.all', { date: today }) : request.ids.length === 1 ? t(lang, 'dashboard.fileName.one', { date: today, id: request.ids[0]!.slice(0, 8) }) : t(lang, 'transfer.plainFileName', { date: today }), file);
    onClose(null);
  };

  return (
    <section class="export-panel" aria-labelledby="export-title" data-export-count={request.count}>
      <h2 id="export-title">{t(lang, 'transfer.title', { n: request.count })}</h2>
      <form class="export-sealed" onSubmit={(e) => void exportSealed(e)}>
        <h3>{t(lang, 'transfer.sealedTitle')}</h3>
        <p class="muted">{t(lang, 'transfer.sealedHint')}</p>
        {(
          [
            { field: 'passphrase', value: passphrase, set: setPassphrase, ref: passphraseInput },
            { field: 'confirm', value: confirm, set: setConfirm, ref: confirmInput },
          ] as const
        ).map(({ field, value, set, ref }) => (
          <PassphraseField
            key={field}
            id={`export-${field}`}
            label={t(lang, `transfer.${field}`)}
            value={value}
            autocomplete="new-password"
            errorId={error?.field === field ? 'export-passphrase-error' : undefined}
            inputRef={ref}
            onInput={set}
          />
        ))}
        {error && (
          <p class="field-error" id="export-passphrase-error" role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t(lang, 'transfer.sealedButton')}
        </button>
        {busy && <span role="status">{t(lang, 'transfer.working')}</span>}
      </form>
      <div class="notice warning export-plain">
        <p>{t(lang, 'transfer.plainWarning')}</p>
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportPlain()}>
          {t(lang, 'transfer.plainButton')}
        </button>
      </div>
      {failed && (
        <div class="notice error" role="alert">
          {t(lang, 'dashboard.actionFailed')}
        </div>
      )}
      <div class="toolbar">
        <button type="button" class="secondary" onClick={() => onClose(null)}>
          {t(lang, 'roster.cancel')}
        </button>
      </div>
    </section>
  );
}
