import { describe, expect, it } from 'vitest';
import { findSubsection, SECTIONS } from '../../lib/content/sections';

describe('the section table', () => {
  it('gives every section and subsection a slug of its own: URLs, search filters and labels look them up by slug alone', () => {
    const slugs = SECTIONS.flatMap((section) => [section.slug, ...section.subsections.map((sub) => sub.slug)]);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.every((slug) => /^[a-z0-9-]+$/.test(slug))).toBe(true);
  });

  it('finds a subsection by its slug in whichever section holds it', () => {
    expect(findSubsection('local-practice')?.name).toBe('地方实践');
    expect(findSubsection('ministries')?.name).toBe('部委动态');
    expect(findSubsection('work')).toBeUndefined();
  });
});
