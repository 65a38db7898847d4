import { z } from 'zod';
import { invisibleCharacter, invisibleParams } from '../characters';
import { ruleMessage } from '../rules';

/**
 * Text an editor types into a field: trimmed first (a full-width space 　 is space too), then
 * not blank, and without invisible characters that would make equal-looking names differ.
 */
export function plainText() {
  return z
    .string('expected text')
    .trim()
    .min(1, 'must not be blank')
    .superRefine((value, ctx) => {
      const found = invisibleCharacter(value);
      if (!found) return;
      const params = invisibleParams(found, value);
      ctx.addIssue({
        code: 'custom',
        message: ruleMessage('invisible-character', params, 'en'),
        params: { rule: 'invisible-character', ...params },
      });
    });
}
