import { describe, expect, it } from 'vitest';
import { issueJsonLd, itemJsonLd, qaJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/settings';
import { loadSiteContent } from '@/lib/site/load';
import { SEED_CONTENT_DIR } from '../content/helpers';

const seed = loadSiteContent(SEED_CONTENT_DIR);
const bulletin = seed.bulletins[0];
const qa = seed.qas[0];
if (!bulletin || !qa) throw new Error('seed content missing');
const section = bulletin.sections[2];
const subsection = section?.subsections[1];
const item = subsection?.items[0];

describe('JSON-LD', () => {
  it('describes an item as a NewsArticle in a PublicationIssue of the Periodical', () => {
    if (!section || !subsection || !item) throw new Error('seed changed');
    const data = itemJsonLd({ item, bulletin, section, subsection }, '摘要');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '“数字赋能乡村振兴伙伴计划”在大理启动',
      url: `${site.url}/bulletins/2024-02/3-2-1/`,
      articleSection: '发展实践',
      sourceOrganization: { name: '新华网' },
      isPartOf: { '@type': 'PublicationIssue', issueNumber: '2', isPartOf: { '@type': 'Periodical', name: '数字乡村发展动态' } },
    });
    // No date is invented for an issue that gives none.
    expect(data).not.toHaveProperty('datePublished');
  });

  it('describes an issue with its items as parts', () => {
    const data = issueJsonLd(bulletin, [{ title: '甲', path: '/bulletins/2024-02/1-1/' }]);
    expect(data).toMatchObject({
      '@type': 'PublicationIssue',
      hasPart: [{ '@type': 'NewsArticle', url: `${site.url}/bulletins/2024-02/1-1/` }],
    });
  });

  it('describes a Q&A as an Article made of its questions and answers', () => {
    const data = qaJsonLd(qa, '摘要') as { hasPart: { '@id': string; name: string; acceptedAnswer: { text: string } }[] };
    expect(data).toMatchObject({ '@type': 'Article', datePublished: '2022-01-26T18:56:08+08:00', author: { name: '网信中国' } });
    expect(data.hasPart).toHaveLength(6);
    expect(data.hasPart[0]?.['@id']).toBe(`${site.url}/qa/digital-village-action-plan-2022-2025/#q1`);
    expect(data.hasPart[0]?.acceptedAnswer.text).toContain('2020年脱贫攻坚战取得全面胜利后');
  });

  it('serializes so that no text can close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
