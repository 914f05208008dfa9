// Says when the store cannot keep data (private mode: nothing survives the browser closing), and
// when records were set aside because they failed the schema.
import type { Lang } from '../rules/types';
import { t } from '../utils/i18n';
import type { StoreStatus } from '../utils/store/types';

export function StoreNotice({ status, lang, optionsHref }: { status: StoreStatus | null; lang: Lang; optionsHref?: string }) {
  if (!status) return null;
  return (
    <>
      {!status.persistent && (
        <div class="notice warning" role="alert" data-notice="not-persistent">
          <strong>{t(lang, 'common.notPersistentTitle')}</strong> {t(lang, 'common.notPersistent')}
        </div>
      )}
      {status.quarantined > 0 && (
        <div class="notice warning" data-notice="quarantined">
          {t(lang, 'common.quarantined', { n: status.quarantined })}{' '}
          {optionsHref && <a href={optionsHref}>{t(lang, 'common.reviewQuarantine')}</a>}
        </div>
      )}
    </>
  );
}
