import { describe, expect, it } from 'vitest';
import { dependencyProblems, MUST_BE_UNIQUE } from '../../lib/checks/dependencies';

/** A stand-in for npm: `ls` and `query` answer with the given tree. */
function npm(tree: { lsProblems?: string[]; packages: { name: string; version: string; location: string }[] }) {
  return (args: string[]): string => {
    if (args[0] === 'ls') {
      if (tree.lsProblems?.length)
        throw Object.assign(new Error('npm ls exited 1'), { stdout: JSON.stringify({ problems: tree.lsProblems }) });
      return '{}';
    }
    return JSON.stringify(tree.packages);
  };
}

const one = (name: string, version = '1.0.0') => ({ name, version, location: `node_modules/${name}` });

describe('the dependency check', () => {
  it('passes a tree as locked with one copy of each shared package', () => {
    expect(dependencyProblems(npm({ packages: MUST_BE_UNIQUE.map((name) => one(name)) }))).toEqual([]);
  });

  it("reports npm ls's problems: missing, invalid, extraneous", () => {
    const lsProblems = [
      'missing: zod@4.6.7, required by shuzi-xiangcun-bulletin@0.1.0',
      'extraneous: left-pad@1.3.0 /work/node_modules/left-pad',
    ];
    expect(dependencyProblems(npm({ lsProblems, packages: [] }))).toEqual(lsProblems);
  });

  it('reports a second copy of a package whose types or state cross packages', () => {
    const packages = [
      one('playwright-core', '1.65.1'),
      { name: 'playwright-core', version: '1.65.2', location: 'node_modules/@axe-core/playwright/node_modules/playwright-core' },
    ];
    expect(dependencyProblems(npm({ packages }))).toEqual([
      'playwright-core: 2 copies (1.65.1 at node_modules/playwright-core, 1.65.2 at node_modules/@axe-core/playwright/node_modules/playwright-core); one is allowed',
    ]);
  });
});
