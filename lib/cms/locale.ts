/**
 * Decap's own Chinese (its zh_Hans locale), corrected where it is wrong or inconsistent for our
 * editors: the same word for the review column as for the status (审核中), "新建一期" rather than
 * "＋ 一期" or 新建帖子, dates as 12月3日 rather than "December 3", and a refused save that reads
 * as our problem list does. Registered over Decap's phrases before CMS.init(), so everything
 * else Decap says stays as it ships.
 */
import type { DecapCms, Phrases } from './decap';

/** Decap's locale name, as config.yml's `locale` names it. */
export const DECAP_LOCALE = 'zh_Hans';

/** The phrases we change, by Decap's key path (decap-cms-locales, zh_Hans). */
export const PHRASE_OVERRIDES: Phrases = {
  collection: {
    collectionTop: {
      // %{collectionLabel} is the collection's label_singular: 新建一期, 新建一篇答记者问.
      newButton: '新建%{collectionLabel}',
      newButtonAriaLabel: '新建%{collectionLabel}',
    },
  },
  editor: {
    editorControlPane: {
      widget: {
        // %{pattern} is the field's description (config.yml's pattern message): what to write.
        regexPattern: '“%{fieldLabel}”填写有误。%{pattern}',
      },
    },
  },
  ui: {
    toast: {
      // %{details} is the reason; a refused save gives the problem count and the first problem.
      onFailToPersist: '没有保存：%{details}',
    },
  },
  workflow: {
    workflow: {
      newPost: '新建',
      description: '%{smart_count} 个内容待审核，%{readyCount} 个内容已就绪 |||| %{smart_count} 个内容待审核，%{readyCount} 个内容已就绪',
      // Day.js's format: 12月3日.
      dateFormat: 'M月D日',
    },
    workflowList: {
      inReviewHeader: '审核中',
    },
  },
};

/** `base` with `overrides` laid over it, key by key; neither is changed. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const under = merged[key];
    merged[key] = typeof value === 'object' && typeof under === 'object' ? mergePhrases(under, value) : value;
  }
  return merged;
}

/** Lays the overrides over Decap's zh_Hans phrases; decap-cms.js has registered its locales by then. */
export function registerPhrases(cms: DecapCms): void {
  cms.registerLocale(DECAP_LOCALE, mergePhrases(cms.getLocale(DECAP_LOCALE) ?? {}, PHRASE_OVERRIDES));
}
