/** lib/build/pipeline.ts: one list of named steps, in the build's order, and a selection by name. */
import { describe, expect, it } from 'vitest';
import { STEP_NAMES, selectSteps } from '../../lib/build/pipeline';

describe('the build pipeline', () => {
  it('names its steps in the order the build runs them', () => {
    expect(STEP_NAMES).toEqual([
      'validate',
      'search-index',
      'next-build',
      'placeholder-pages',
      'reference-files',
      'open-data',
      'csp',
      'admin',
    ]);
  });

  it('selects the steps from one name to another, both included', () => {
    expect(selectSteps(undefined, 'search-index').map((step) => step.name)).toEqual(['validate', 'search-index']);
    expect(selectSteps('csp').map((step) => step.name)).toEqual(['csp', 'admin']);
    expect(selectSteps().map((step) => step.name)).toEqual(STEP_NAMES);
  });

  it('refuses a name that is no step', () => {
    expect(() => selectSteps('finish')).toThrow(/finish is not a build step/);
  });
});
