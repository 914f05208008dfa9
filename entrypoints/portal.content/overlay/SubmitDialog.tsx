// The review at 提交: every finding at once (一次性告知), grouped, with 返回修改 and 仍然提交.
import { useEffect, useRef } from 'preact/hooks';
import { provisionalYearsOfFinding } from '../../../rules/provisional';
import { groupByKind } from '../../../rules/summary';
import type { Finding, Lang } from '../../../rules/types';
import { t } from '../../../utils/i18n-overlay';
import type { Snapshot } from '../session';
import type { OverlayController, SubmitRequest } from './controller';
import { FindingText } from './FindingText';
import { fromUser } from './trusted';

const GROUPS = [
  { id: 'error', key: 'submit.groupError' },
  { id: 'warning', key: 'submit.groupWarning' },
  { id: 'material', key: 'submit.groupMaterial' },
  { id: 'incomplete', key: 'submit.groupIncomplete' },
] as const;

export function SubmitDialog({ snapshot, controller, request, lang }: { snapshot: Snapshot; controller: OverlayController; request: SubmitRequest; lang: Lang }) {
  const backButton = useRef<HTMLButtonElement>(null);
  useEffect(() => backButton.current?.focus(), []);

  const { output } = snapshot;
  const findings = output?.findings ?? [];
  const onPage = new Set<Finding>(snapshot.markers.flatMap((m) => m.findings));
  const byKind = groupByKind(findings);
  const groups = GROUPS.map(({ id, key }) => ({ id, key, items: byKind[id] }));

  const back = () => {
    controller.set({ submit: null });
    const first = snapshot.markers.find((m) => m.severity === 'error') ?? snapshot.markers[0];
    first?.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const anyway = () => {
    controller.set({ submit: null });
    request.proceed();
  };

  return (
    <div class="backdrop" onKeyDown={fromUser((e: KeyboardEvent) => e.key === 'Escape' && back())}>
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="gongju-submit-title" data-gongju-dialog="submit">
        <h2 id="gongju-submit-title">{t(lang, 'submit.title')}</h2>
        <p class="intro">{t(lang, 'submit.intro')}</p>
        <div class="groups">
          {groups.map((group) =>
            group.items.length === 0 ? null : (
              <section key={group.id} class={`group group-${group.id}`} data-group={group.id}>
                <h3>{t(lang, group.key, { n: group.items.length })}</h3>
                {group.items.map((finding, i) => (
                  <FindingText
                    key={i}
                    finding={finding}
                    lang={lang}
                    {...(!onPage.has(finding) && { note: t(lang, 'submit.notOnPage') })}
                    {...(output && { provisional: provisionalYearsOfFinding(output, finding) })}
                  />
                ))}
              </section>
            ),
          )}
        </div>
        <div class="actions">
          <button type="button" ref={backButton} class="primary" data-action="back" onClick={fromUser(back)}>{t(lang, 'submit.back')}</button>
          <button type="button" class="secondary" data-action="anyway" onClick={fromUser(anyway)}>{t(lang, 'submit.anyway')}</button>
        </div>
      </div>
    </div>
  );
}
