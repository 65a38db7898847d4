/** The build's content gate: with any problem it gives validate's full list, and nothing is built. */
import { problemReport } from '../content/problems';
import type { BuildStep } from './step';

export const validateStep: BuildStep = {
  name: 'validate',
  run(context) {
    const { problems } = context.content();
    if (problems.length === 0) return [];
    return [`${problemReport(problems)}\n没有构建：请改正以上问题后再构建（npm run validate 只检查、不构建）。`];
  },
};
