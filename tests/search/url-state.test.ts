/** The search in the address bar: parsed leniently, written canonically, filters kept coherent. */
import { describe, expect, it } from 'vitest';
import { isEmptySearch, parseSearchState, type SearchState, searchStateQuery, withFilter } from '../../components/search/url-state';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query and every filter', () => {
    expect(parse('q=%E8%BF%94%E8%B4%AB&section=work&subsection=local&type=bulletin&year=2024&page=2')).toEqual({
      q: '返贫',
      filters: { section: 'work', subsection: 'local', type: 'bulletin', year: 2024 },
      page: 2,
    });
  });

  it('drops unknown or malformed values instead of guessing', () => {
    expect(parse('section=nope&subsection=x&type=pdf&year=24&page=0')).toEqual({ q: '', filters: {}, page: 1 });
    expect(parse('year=2024abc&page=-3').filters).toEqual({});
  });

  it('takes the section from a subsection, and drops a subsection of another section', () => {
    expect(parse('subsection=enterprise').filters).toEqual({ section: 'practice', subsection: 'enterprise' });
    expect(parse('section=central&subsection=enterprise').filters).toEqual({ section: 'central' });
  });

  it('writes a canonical query string that reads back to the same state', () => {
    const state: SearchState = { q: '农村 电商', filters: { year: 2024, section: 'work', type: 'bulletin' }, page: 3 };
    const query = searchStateQuery(state);
    expect(query).toBe('?q=%E5%86%9C%E6%9D%91+%E7%94%B5%E5%95%86&section=work&type=bulletin&year=2024&page=3');
    expect(parse(query.slice(1))).toEqual(state);
    expect(searchStateQuery({ q: '  ', filters: {}, page: 1 })).toBe('');
  });

  it('keeps a hostile query as data', () => {
    const q = '<img src=x onerror=alert(1)>';
    expect(parse(searchStateQuery({ q, filters: {}, page: 1 }).slice(1)).q).toBe(q);
  });

  it('is empty without query words and filters', () => {
    expect(isEmptySearch(parse(''))).toBe(true);
    expect(isEmptySearch(parse('q=+'))).toBe(true);
    expect(isEmptySearch(parse('section=central'))).toBe(false);
    expect(isEmptySearch(parse('q=5G'))).toBe(false);
  });
});

describe('changing a filter', () => {
  const base: SearchState = { q: '试点', filters: {}, page: 4 };

  it('sets or clears one filter and returns to page 1', () => {
    const s = withFilter(base, 'section', 'work');
    expect(s).toEqual({ q: '试点', filters: { section: 'work' }, page: 1 });
    expect(withFilter(s, 'section', '').filters).toEqual({});
    expect(withFilter(base, 'year', '2023').filters).toEqual({ year: 2023 });
    expect(withFilter(withFilter(base, 'year', '2023'), 'year', '').filters).toEqual({});
  });

  it('keeps section, subsection and type coherent', () => {
    expect(withFilter(base, 'subsection', 'ministries').filters).toEqual({ section: 'work', subsection: 'ministries' });
    const sub = withFilter(base, 'subsection', 'enterprise');
    expect(withFilter(sub, 'section', 'work').filters).toEqual({ section: 'work' });
    expect(withFilter(sub, 'section', '').filters).toEqual({});
    expect(withFilter(sub, 'type', 'qa').filters).toEqual({ type: 'qa' });
    expect(withFilter(withFilter(base, 'type', 'qa'), 'section', 'central').filters).toEqual({ section: 'central' });
    expect(withFilter(withFilter(base, 'type', 'bulletin'), 'section', 'central').filters).toEqual({
      section: 'central',
      type: 'bulletin',
    });
  });
});
