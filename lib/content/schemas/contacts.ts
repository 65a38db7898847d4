import { z } from 'zod';

/** A phone number as printed: digits and dashes, an optional leading +. */
export const PHONE_NUMBER = /^\+?[0-9][0-9-]{4,19}$/;

/** The contact block printed at the end of every bulletin issue. */
export const contactsSchema = z
  .strictObject({
    /** Phone numbers as printed (联系电话), each quoted: "18536356372". */
    phones: z
      .array(
        z
          .string({ error: 'expected a quoted string, for example "18536356372"' })
          .regex(PHONE_NUMBER, 'expected digits and dashes only, for example "010-62301618"'),
      )
      .min(1, 'list at least one phone number')
      .describe('刊末印的联系电话，每个号码一项，只含数字和连字符，例如 010-62301618。')
      .meta({ title: '联系电话' }),
    /** E-mail addresses as printed (电子邮箱). */
    emails: z
      .array(z.email('expected an e-mail address'))
      .min(1, 'list at least one e-mail address')
      .describe('刊末印的电子邮箱，每个地址一项。')
      .meta({ title: '电子邮箱' }),
  })
  .describe('每期末尾印的联系方式：电话和电子邮箱。')
  .meta({ title: '联系方式' });

export type Contacts = z.output<typeof contactsSchema>;
