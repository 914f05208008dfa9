// The re-check follows every change of the page that is not ours: a section shown by a class
// change gets its markers without any input event.
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../entrypoints/portal.content/session';
import { recheckUnit } from '../../../entrypoints/portal.content/units/recheck';
import type { UnitEnv } from '../../../entrypoints/portal.content/units/types';
import { fakeContext, waitFor } from './helpers';

const PAGE = `<style>.is-collapsed { display: none; }</style>
  <main><h2 class="page-title">用人单位权限注册</h2>
  <section class="more is-collapsed">
    <div class="el-form-item"><label class="el-form-item__label">注册资本</label>
    <div class="el-form-item__content"><div class="el-input el-input-group"><input class="el-input__inner" value="50"><div class="el-input-group__append">万元</div></div></div></div>
  </section></main>`;

function started() {
  document.body.innerHTML = PAGE;
  const ctx = fakeContext();
  const session = new Session({
    lang: 'zh',
    doc: document,
    today: () => '2026-11-27',
    mappings: {},
    chosenType: 'employer-registration',
    location: () => ({ hash: '#/permission', pathname: '/unit-platform/', host: 'fw.bjrcgz.gov.cn' }),
  });
  recheckUnit.start({ ctx, session, isOwnNode: () => false, scope: () => document.body } as unknown as UnitEnv);
  return { ctx, session };
}

const capitalMarker = (session: Session) => session.snapshot?.markers.find((m) => m.field === 'employer.registeredCapital');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('re-check on page changes', () => {
  it('marks a section the page shows by a class change, without any input event', async () => {
    const { ctx, session } = started();
    session.runNow();
    expect(capitalMarker(session)).toBeUndefined();

    document.querySelector('section')!.classList.remove('is-collapsed');
    await waitFor(() => capitalMarker(session) !== undefined);
    expect(capitalMarker(session)?.rules).toContain('employer.registered-capital');
    ctx.invalidate();
  });

  it('drops the markers of a section the page hides by a class change', async () => {
    const { ctx, session } = started();
    document.querySelector('section')!.classList.remove('is-collapsed');
    session.runNow();
    expect(capitalMarker(session)).toBeDefined();

    document.querySelector('section')!.classList.add('is-collapsed');
    await waitFor(() => capitalMarker(session) === undefined);
    ctx.invalidate();
  });
});
