/**
 * Hand-judged relevance for the seed content (bulletin 2024-02 and the
 * 行动计划 Q&A). Judgements were made by reading the items, not by running
 * the engine: an item is relevant when a reader typing the query would want
 * to see it, including items that say the same thing in other words (e.g.
 * 农村直播电商 for 农村电商, 千村示范、万村整治 for 千万工程).
 */
import type { SearchFilters } from '../search/types';

const B = 'b/2024-02/';
const Q = 'q/digital-village-action-plan-2022-2025/';

export interface EvalQuery {
  query: string;
  filters?: SearchFilters;
  relevant: string[];
  note?: string;
}

export const evalSet: EvalQuery[] = [
  { query: '返贫', relevant: [`${B}1-1`, `${B}3-2-2`, `${Q}q4`], note: '规模性返贫, 防返贫基金, 防止返贫动态监测' },
  { query: '数字乡村试点', relevant: [`${B}2-1-1`, `${B}2-2-2`, `${Q}q6`], note: 'national 2nd batch, Shanxi, q6 推进国家数字乡村试点' },
  { query: '农业银行', relevant: [`${B}3-2-2`] },
  { query: '千万工程', relevant: [`${B}1-1`, `${B}2-1-2`], note: '2-1-2 only says 千村示范、万村整治…工程' },
  { query: '2023 优秀案例', relevant: [`${B}2-2-3`] },
  { query: '5G', relevant: [`${Q}q2`] },
  { query: '５Ｇ 应用', relevant: [`${Q}q2`], note: 'full-width input' },
  {
    query: '农村电商',
    relevant: [`${B}2-2-1`, `${B}2-2-3`, `${B}3-1-1`, `${B}3-2-1`, `${Q}q2`, `${Q}q3`, `${Q}q4`, `${Q}q5`],
    note: '2-2-1 农村直播电商/农村电子商务 and 3-1-1 乡村直播电商品牌 are relevant without the literal phrase',
  },
  {
    query: '智慧农业',
    relevant: [`${B}2-1-3`, `${B}2-2-2`, `${B}3-2-1`, `${Q}q2`, `${Q}q3`, `${Q}q5`, `${Q}q6`],
  },
  { query: '脱贫攻坚成果', relevant: [`${B}3-2-2`, `${B}3-2-3`, `${Q}q3`, `${Q}q4`] },
  { query: '辣妹椒哥', relevant: [`${B}3-1-1`] },
  { query: '直播带货', relevant: [`${B}3-1-1`, `${B}2-2-1`], note: '2-2-1 is about 农村直播电商 cases' },
  { query: '乡村直播', relevant: [`${B}3-1-1`, `${B}2-2-1`] },
  { query: '电子商务大会', relevant: [`${B}2-2-1`] },
  { query: '丽水', relevant: [`${B}2-2-1`] },
  { query: '山西', relevant: [`${B}2-2-2`, `${B}3-2-3`], note: '3-2-3 helps 山西省隰县' },
  { query: '湖南 优秀案例', relevant: [`${B}2-2-3`] },
  { query: '大理', relevant: [`${B}3-2-1`] },
  { query: '信息化示范基地', relevant: [`${B}2-1-3`] },
  { query: '2023年度 示范基地 名单', relevant: [`${B}2-1-3`] },
  { query: '基层社会治理', relevant: [`${B}3-1-2`] },
  { query: '视频监控', relevant: [`${B}3-1-2`] },
  { query: '数字鸿沟', relevant: [`${B}2-1-1`] },
  { query: '共同富裕', relevant: [`${B}2-1-1`] },
  { query: '粮食安全', relevant: [`${B}1-1`, `${B}2-1-2`] },
  { query: '农业强国', relevant: [`${B}2-1-1`, `${B}2-1-2`, `${B}2-1-3`] },
  { query: '中国式现代化', relevant: [`${B}1-1`, `${B}2-1-2`] },
  { query: '数字乡村发展战略纲要', relevant: [`${Q}q1`, `${Q}q2`] },
  { query: '十四五', relevant: [`${Q}q1`, `${Q}q2`] },
  { query: '重点任务', relevant: [`${Q}q3`, `${Q}q1`] },
  { query: '网络帮扶', relevant: [`${Q}q4`, `${Q}q3`, `${Q}q2`] },
  { query: '数字素养', relevant: [`${Q}q4`, `${Q}q5`] },
  { query: '普惠金融', relevant: [`${Q}q3`, `${Q}q5`] },
  { query: '人才支撑', relevant: [`${Q}q6`] },
  { query: '数据安全', relevant: [`${Q}q6`] },
  { query: '特困帮扶基金', relevant: [`${B}3-2-3`] },
  { query: '证券业协会', relevant: [`${B}3-2-3`] },
  { query: '伙伴计划', relevant: [`${B}3-2-1`] },
  { query: '数字赋能', relevant: [`${B}3-2-1`] },
  { query: '中央网信办', relevant: [`${B}2-1-1`, `${Q}q1`, `${Q}q6`] },
  { query: '农业农村部', relevant: [`${B}2-1-1`, `${B}2-1-2`, `${B}2-1-3`, `${B}3-2-1`, `${Q}q1`] },
  { query: '互联网+政务服务', relevant: [`${Q}q2`, `${Q}q3`] },
  { query: '智慧农场', relevant: [`${Q}q5`] },
  { query: '消费帮扶', relevant: [`${Q}q4`] },
  { query: '第二批 试点', relevant: [`${B}2-1-1`] },
  { query: '2026', relevant: [`${B}2-1-1`] },
  { query: '宜居宜业和美乡村', relevant: [`${B}1-1`] },
  { query: '贵州 黄平县', relevant: [`${B}3-2-2`] },
  { query: '内生动力', relevant: [`${Q}q5`, `${B}2-1-1`, `${B}2-2-2`], note: '乡村振兴内生动力 / 促进发展的内生动力' },
  { query: '试点', filters: { section: 'work' }, relevant: [`${B}2-1-1`, `${B}2-2-2`] },
  { query: '基金', filters: { subsection: 'enterprise' }, relevant: [`${B}3-2-2`, `${B}3-2-3`] },
  { query: '目标', filters: { type: 'qa' }, relevant: [`${Q}q2`, `${Q}q1`, `${Q}q3`, `${Q}q6`] },

  // Typed in traditional characters (Hong Kong, Taiwan, overseas readers): judged like their simplified forms.
  { query: '數字鄉村試點', relevant: [`${B}2-1-1`, `${B}2-2-2`, `${Q}q6`] },
  {
    query: '農村電商',
    relevant: [`${B}2-2-1`, `${B}2-2-3`, `${B}3-1-1`, `${B}3-2-1`, `${Q}q2`, `${Q}q3`, `${Q}q4`, `${Q}q5`],
  },
  { query: '返貧', relevant: [`${B}1-1`, `${B}3-2-2`, `${Q}q4`] },
  { query: '脫貧攻堅成果', relevant: [`${B}3-2-2`, `${B}3-2-3`, `${Q}q3`, `${Q}q4`] },
  { query: '農業銀行', relevant: [`${B}3-2-2`] },
  { query: '電子商務大會 麗水', relevant: [`${B}2-2-1`] },
  { query: '網絡幫扶', relevant: [`${Q}q4`, `${Q}q3`, `${Q}q2`] },
  { query: '千萬工程', relevant: [`${B}1-1`, `${B}2-1-2`] },
  { query: '數字鴻溝', relevant: [`${B}2-1-1`] },
  { query: '鄉村直播', relevant: [`${B}3-1-1`, `${B}2-2-1`] },
  { query: '數據安全', relevant: [`${Q}q6`] },
  { query: '視頻監控', relevant: [`${B}3-1-2`] },

  // A source (信息来源) by name: the items it gave.
  { query: '央广网', relevant: [`${B}2-2-1`], note: 'the source of the 丽水 e-commerce item, in no text' },
  { query: '新华社', relevant: [`${B}1-1`] },
  { query: '新华网', relevant: [`${B}3-2-1`] },
  { query: '陕西网', relevant: [`${B}3-1-2`] },
  { query: '网信湖南', relevant: [`${B}2-2-3`] },
  { query: '山西网信网', relevant: [`${B}2-2-2`] },
  { query: '国家乡村振兴局官网', relevant: [`${B}3-2-2`, `${B}3-2-3`] },
  { query: '农业农村部官网', relevant: [`${B}2-1-2`] },
  { query: '宜春市共青团', relevant: [`${B}3-1-1`] },
  {
    query: '网信中国',
    relevant: [`${B}2-1-1`, `${Q}q1`, `${Q}q2`, `${Q}q3`, `${Q}q4`, `${Q}q5`, `${Q}q6`],
    note: 'the Q&A article is 网信中国’s, so each of its questions is',
  },
];

/**
 * Questions typed as sentences, the way people search: question words, particles and
 * words no item uses. Judged by what answers the question, read in the items.
 */
export const sentenceEvalSet: EvalQuery[] = [
  { query: '电商大会在哪里举办', relevant: [`${B}2-2-1`] },
  { query: '行动计划的主要目标是什么', relevant: [`${Q}q2`] },
  { query: '哪些地方入选了优秀案例', relevant: [`${B}2-2-3`] },
  { query: '第二批数字乡村试点有哪些部门参与', relevant: [`${B}2-1-1`] },
  { query: '农业银行设立了哪些基金', relevant: [`${B}3-2-2`] },
  { query: '如何防止规模性返贫', relevant: [`${B}1-1`, `${Q}q4`], note: 'q4: 建立健全防止返贫动态监测机制' },
  { query: '辣妹椒哥是在哪个平台直播的', relevant: [`${B}3-1-1`] },
  { query: '数字乡村试点的工作目标是什么', relevant: [`${B}2-1-1`] },
  { query: '汉中市怎样用视频监控治理乡村', relevant: [`${B}3-1-2`] },
  { query: '伙伴计划在什么地方启动的', relevant: [`${B}3-2-1`] },
  { query: '证券业协会为哪个县设立了帮扶基金', relevant: [`${B}3-2-3`] },
  { query: '行动计划部署了哪些重点任务', relevant: [`${Q}q3`] },
  { query: '如何激发乡村发展的内生动力', relevant: [`${Q}q5`] },
  { query: '网络帮扶与数字乡村怎么衔接', relevant: [`${Q}q4`] },
  { query: '出台行动计划的背景是什么', relevant: [`${Q}q1`] },
  { query: '湖南省数字乡村优秀案例有多少个', relevant: [`${B}2-2-3`] },
  { query: '农业农村信息化示范基地有哪些单位', relevant: [`${B}2-1-3`] },
  { query: '什么是千万工程', relevant: [`${B}1-1`, `${B}2-1-2`] },
  { query: '下一步如何推动行动计划落实', relevant: [`${Q}q6`] },
  { query: '山西省的数字乡村试点怎么申报', relevant: [`${B}2-2-2`] },
  { query: '數字鄉村試點的工作目標是什麼', relevant: [`${B}2-1-1`], note: 'a question in traditional characters' },
];

/** How well a set's queries were answered: the mean recall, and each query that missed some relevant id. */
export interface Recall {
  recall: number;
  misses: Array<{ query: string; missing: string[] }>;
}

/** Mean over the queries of `set` of the share of relevant ids found in each query's top `k` (`topIds`, in the set's order). */
export function recallAt(set: readonly EvalQuery[], topIds: ReadonlyArray<readonly string[]>, k: number): Recall {
  let sum = 0;
  const misses: Recall['misses'] = [];
  set.forEach((q, i) => {
    const got = new Set((topIds[i] ?? []).slice(0, k));
    const missing = q.relevant.filter((id) => !got.has(id));
    sum += (q.relevant.length - missing.length) / q.relevant.length;
    if (missing.length > 0) misses.push({ query: q.query, missing });
  });
  return { recall: sum / set.length, misses };
}
