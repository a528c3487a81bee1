import { describe, expect, it } from 'vitest';
import {
  browseArticles,
  browseDeals,
  browseEntities,
  browseFacts,
  EMPTY_FILTER,
  inDateRange,
  type ListFilter,
} from '@/lib/library/browse';
import { conflictingFactIds, findConflicts } from '@/lib/library/conflicts';
import { dealsToCsv } from '@/lib/library/csv-export';
import { saveRecord } from '@/lib/library/edit-records';
import { buildLibraryIndex } from '@/lib/library/library-index';
import { loadLibrary } from '@/lib/library/records';
import { formatRoute, parseRoute } from '@/lib/library/route';
import { siteFromInput, withDisabledSite, withKind } from '@/lib/library/settings-edit';
import { EntityKindSchema } from '@/lib/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { conflictingFact, secondAwsArticle, seededDatabase, userDeal } from './library-fixtures';

async function index() {
  const { db } = await seededDatabase();
  await saveRecord(db, 'articles', secondAwsArticle(), { isNew: true });
  await saveRecord(db, 'facts', conflictingFact(), { isNew: true });
  await saveRecord(db, 'deals', userDeal(), { isNew: true });
  return buildLibraryIndex(await loadLibrary(db));
}

const f = (filter: Partial<ListFilter>): ListFilter => ({ ...EMPTY_FILTER, ...filter });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('browsing the store', () => {
  it('searches entities by alias, ignoring case and accents, and filters by kind and country', async () => {
    const idx = await index();
    expect(ids(browseEntities(idx, f({ query: 'gouvernement peruvien' })))).toEqual(['government-of-peru']);
    expect(ids(browseEntities(idx, f({ query: 'aws' })))).toContain('aws');
    const mexican = ids(browseEntities(idx, f({ country: 'mexico' })));
    expect(mexican).toEqual(expect.arrayContaining(['mexico', 'government-of-mexico', 'claudia-sheinbaum']));
    expect(mexican).not.toContain('peru');
    expect(browseEntities(idx, f({ kind: 'person' })).every((e) => e.kind === 'person')).toBe(true);
    expect(ids(browseEntities(idx, f({ sort: 'deals', kind: 'government' })))[0]).toBe('government-of-mexico');
  });

  it('opens on what the reader works with: untouched platform countries only behind the country filter or a search', async () => {
    const idx = await index();
    expect(idx.untouchedCountries.size).toBeGreaterThan(200);
    expect(idx.untouchedCountries.has('afghanistan')).toBe(true);
    // Countries the store is about (a deal's, a government's, a mention's) are never hidden.
    for (const id of ['mexico', 'peru', 'el-salvador']) expect(idx.untouchedCountries.has(id)).toBe(false);
    const first = ids(browseEntities(idx, EMPTY_FILTER));
    expect(first).not.toContain('afghanistan');
    expect(first).toEqual(expect.arrayContaining(['huawei', 'mexico', 'government-of-peru']));
    expect(first.length).toBeLessThan(60);
    expect(ids(browseEntities(idx, f({ kind: 'country' })))).toContain('afghanistan');
    expect(ids(browseEntities(idx, f({ query: 'afghan' })))).toEqual(['afghanistan']);
  });

  it('the library opens on the deals', () => {
    expect(parseRoute('').section).toBe('deals');
    expect(parseRoute('#entities').section).toBe('entities');
  });

  it('filters deals by kind, country, date and publisher, newest first', async () => {
    const idx = await index();
    // An undated deal is dated by the day its first source was saved (the seeds: 14 November 2023), not put last.
    expect(ids(browseDeals(idx, EMPTY_FILTER))).toEqual([
      'huawei-mexico',
      'aws-mexico',
      'huawei-peru',
      'google-cloud-el-salvador',
    ]);
    expect(ids(browseDeals(idx, f({ country: 'mexico' })))).toEqual(['huawei-mexico', 'aws-mexico']);
    expect(ids(browseDeals(idx, f({ from: '2024', to: '2024-12' })))).toEqual(['huawei-mexico']);
    expect(ids(browseDeals(idx, f({ publisher: 'El Economista' })))).toEqual(['huawei-mexico']);
    expect(ids(browseDeals(idx, f({ kind: 'ai-training' })))).toContain('huawei-peru');
    expect(ids(browseDeals(idx, f({ sort: 'title' })))[0]).toBe('aws-mexico');
  });

  it('filters facts by subject type and publisher, and sorts them by value', async () => {
    const idx = await index();
    const economista = browseFacts(idx, f({ publisher: 'El Economista' }));
    expect(ids(economista)).toEqual(['aws-mexico-gdp-contribution-economista']);
    const byValue = browseFacts(idx, f({ sort: 'value', kind: 'entity' }));
    expect(byValue[0]?.id).toBe('mexico-ai-economic-contribution-2030');
    expect(byValue.every((x) => x.subject.type === 'entity')).toBe(true);
  });

  it('searches saved articles in their full text and filters by language', async () => {
    const idx = await index();
    expect(ids(browseArticles(idx, f({ query: 'aportara' })))).toEqual(['el-economista-aws']);
    expect(ids(browseArticles(idx, f({ kind: 'es' })))).toEqual(['el-economista-aws']);
    expect(ids(browseArticles(idx, f({ country: 'peru' })))).toContain('seed-huawei-peru');
  });

  it.each([
    ['2023-08-29', '2023', '', true],
    ['2023-08-29', '', '2023', true],
    ['2023', '2023-05', '2023-06', true],
    ['2022-12-31', '2023', '', false],
    ['2024-01', '', '2023-12-31', false],
    [undefined, '2023', '', false],
    [undefined, '', '', true],
    ['2023-08-29', '202', '', true],
  ])('date %s in [%s, %s] → %s', (date, from, to, inside) => {
    expect(inDateRange(date, from, to)).toBe(inside);
  });
});

describe('conflicting figures', () => {
  it('flags two articles giving different values for the same figure of the same deal', async () => {
    const idx = await index();
    const conflicts = findConflicts(idx.data);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict?.subject).toEqual({ type: 'deal', id: 'aws-mexico' });
    expect(conflict?.entries.map((e) => [e.fact.value, e.article?.publisher])).toEqual([
      [12_000_000, 'El Economista'],
      [10_000_000, 'Forbes Mexico'],
    ]);
    expect(conflictingFactIds(conflicts).has('aws-mexico-gdp-contribution')).toBe(true);
  });

  it('one article restating its own figure is not a conflict; the seed store has none', async () => {
    const { db } = await seededDatabase();
    expect(findConflicts(await loadLibrary(db))).toEqual([]);
  });
});

describe('deals as CSV', () => {
  it('writes one row per fact, quotes what needs quoting, and defuses formulas', async () => {
    const idx = await index();
    const data = {
      ...idx.data,
      facts: [...idx.data.facts, { ...conflictingFact(), id: 'hostile', quote: '=HYPERLINK("x")', note: 'a, "b"' }],
    };
    const csv = dealsToCsv(data);
    expect(csv.startsWith('\uFEFFdeal_id,deal_title,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + data.facts.filter((x) => x.subject.type === 'deal').length + 1); // + huawei-mexico
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a, ""b"""');
    expect(csv).toContain('Amazon Web Services; Government of Mexico');
    expect(csv).toContain(',10000000,USD,');
  });
});

describe('the library URL', () => {
  it.each([
    ['', { section: 'deals' }],
    ['#entities/huawei', { section: 'entities', id: 'huawei' }],
    ['#deals/aws-mexico', { section: 'deals', id: 'aws-mexico' }],
    ['#entities?q=amazon%20web', { section: 'entities', query: 'amazon web' }],
    ['#facts?new', { section: 'facts', create: true }],
    ['#settings', { section: 'settings' }],
    ['#nowhere/x', { section: 'deals' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (hash.startsWith('#') && !hash.startsWith('#nowhere'))
      expect(parseRoute(formatRoute(parseRoute(hash)))).toEqual(route);
  });

  it('writes ids and queries safely', () => {
    expect(formatRoute({ section: 'entities', id: 'huawei' })).toBe('#entities/huawei');
    expect(formatRoute({ section: 'deals', create: true })).toBe('#deals?new');
    expect(parseRoute(formatRoute({ section: 'entities', query: 'a&b=c?' })).query).toBe('a&b=c?');
  });
});

describe('settings helpers', () => {
  it.each([
    ['lemonde.fr', 'lemonde.fr'],
    ['https://www.LeMonde.fr/economie/article.html', 'www.lemonde.fr'],
    ['  news.example  ', 'news.example'],
    ['127.0.0.1', '127.0.0.1'],
    ['not a site', undefined],
    ['', undefined],
  ])('site from "%s" → %s', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
  });

  it('adds a disabled site once and toggles kinds in schema order', () => {
    const once = withDisabledSite(withDisabledSite(DEFAULT_SETTINGS, 'b.example'), 'b.example');
    expect(once.disabledSites).toEqual(['b.example']);
    const order = EntityKindSchema.options;
    const noPeople = withKind(DEFAULT_SETTINGS, 'person', false, order);
    expect(noPeople.kinds).not.toContain('person');
    expect(withKind(noPeople, 'person', true, order).kinds).toEqual(order);
  });
});
