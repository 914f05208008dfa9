// Every unit file is registered; a unit that throws at start does not stop the others.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startUnits, UNITS } from '../../../entrypoints/portal.content/units';
import type { UnitEnv } from '../../../entrypoints/portal.content/units/types';
import { submitButtonOf } from '../../../entrypoints/portal.content/units/submit-review';

// vitest runs from the repository root.
const unitsDir = join(process.cwd(), 'entrypoints/portal.content/units');

describe('units', () => {
  it('registers every unit file once, with its file name as id', () => {
    const files = readdirSync(unitsDir)
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(UNITS.map((u) => u.id).sort()).toEqual(files.sort());
  });

  it('starts each unit behind its own error boundary', () => {
    const started: string[] = [];
    const failed = startUnits({} as UnitEnv, [
      { id: 'a', start: () => void started.push('a') },
      { id: 'broken', start: () => { throw new Error('boom'); } },
      { id: 'c', start: () => void started.push('c') },
    ]);
    expect(started).toEqual(['a', 'c']);
    expect(failed).toEqual(['broken']);
  });
});

describe('submit buttons', () => {
  it.each([
    ['<button class="el-button el-button--primary"><span> 提 交 </span></button>', true],
    ['<button><span>确认提交</span></button>', true],
    ['<div role="button">提交申请</div>', true],
    ['<input type="submit" value="提交">', true],
    ['<button><span>保存</span></button>', false],
    ['<button><span>提交记录查询</span></button>', false],
    ['<span>提交</span>', false],
  ])('%s → %s', (html, isSubmit) => {
    document.body.innerHTML = html;
    const target = document.body.querySelector('span') ?? document.body.firstElementChild;
    expect(!!submitButtonOf(target)).toBe(isSubmit);
  });
});

