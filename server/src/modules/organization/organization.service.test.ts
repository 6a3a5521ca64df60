import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { readComuni } from '../../db/reference-data';
import { foldForSearch } from '../../lib/text';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const MUNICIPALITIES = `query($search: String, $province: String, $sizeBand: SizeBand, $first: Int, $after: String) {
  municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { istatCode name province population sizeBand } }
  }
}`;

type Page = {
  municipalities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { istatCode: string; name: string; province: string; population: number; sizeBand: string } }>;
  };
};

async function municipalities(variables: Record<string, unknown>) {
  const result = await hub.client().request<Page>(MUNICIPALITIES, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.municipalities;
}

describe('the comuni directory', () => {
  it('holds all 1,502 Lombardy comuni, 1,037 of them under 5,000 inhabitants', async () => {
    expect((await municipalities({ first: 1 })).totalCount).toBe(1502);
    const under1000 = (await municipalities({ sizeBand: 'UNDER_1000', first: 1 })).totalCount;
    const from1000 = (await municipalities({ sizeBand: 'FROM_1000_TO_4999', first: 1 })).totalCount;
    expect(under1000 + from1000).toBe(1037);
    const expectedUnder1000 = readComuni().filter((c) => c.population2011 < 1000).length;
    expect(under1000).toBe(expectedUnder1000);
  });

  it('finds a comune whatever the case and accents: "cantu" finds Cantù', async () => {
    const page = await municipalities({ search: 'CANTU' });
    expect(page.edges.map((e) => e.node.name)).toEqual(['Cantù']);
  });

  it('ranks names that start with the search first, then words that start with it, then the rest', async () => {
    const page = await municipalities({ search: 'berg', first: 100 });
    const names = page.edges.map((e) => e.node.name);
    expect(names[0]).toBe('Bergamo');
    const rankOf = (name: string) => {
      const folded = foldForSearch(name);
      if (folded.startsWith('berg')) return 0;
      if (folded.includes(' berg')) return 1;
      return 2;
    };
    const ranks = names.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
  });

  it('filters by province and size band together', async () => {
    const page = await municipalities({ province: 'bg', sizeBand: 'FROM_15000', first: 50 });
    const expected = readComuni().filter((c) => c.province === 'BG' && c.population2011 >= 15000);
    expect(page.totalCount).toBe(expected.length);
    expect(page.edges.map((e) => e.node.istatCode).sort()).toEqual(expected.map((c) => c.istatCode).sort());
    expect(page.edges.every((e) => e.node.sizeBand === 'FROM_15000')).toBe(true);
  });

  it('pages through a province with cursors: every comune once, in order, then no next page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page['municipalities'] = await municipalities({ province: 'MB', first: 20, after });
      expect(page.totalCount).toBe(55);
      seen.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(55);
    expect(new Set(seen).size).toBe(55);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, 'it')));
  });

  it('looks a comune up by ISTAT code, and refuses a malformed one', async () => {
    const client = hub.client();
    const found = await client.request('{ municipality(istatCode: "015146") { name province provinceName population } }');
    expect(found.data!.municipality).toEqual({ name: 'Milano', province: 'MI', provinceName: 'Milano', population: 1242123 });
    const missing = await client.request('{ municipality(istatCode: "999999") { name } }');
    expect(missing.data!.municipality).toBeNull();
    const malformed = await client.request('{ municipality(istatCode: "15146") { name } }');
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'istatCode' });
  });

  it('refuses page sizes over 100 and forged cursors', async () => {
    const tooMany = await hub.client().request(MUNICIPALITIES, { first: 500 });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await hub.client().request(MUNICIPALITIES, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists the 12 provinces with their number of comuni', async () => {
    const result = await hub.client().request<{ provinces: Array<{ code: string; municipalityCount: number }> }>(
      '{ provinces { code name municipalityCount population } }',
    );
    const counts = Object.fromEntries(result.data!.provinces.map((p) => [p.code, p.municipalityCount]));
    expect(counts).toEqual({ VA: 136, CO: 147, SO: 77, MI: 133, BG: 243, BS: 205, PV: 185, CR: 113, MN: 64, LC: 84, LO: 60, MB: 55 });
  });

  it('offers comuni and partner organisations to pick an affiliation from', async () => {
    const result = await hub.client().request<{ organizations: { edges: Array<{ node: { name: string; kind: string } }> } }>(
      '{ organizations(search: "univ", kinds: [UNIVERSITY]) { totalCount edges { node { name kind } } } }',
    );
    expect(result.data!.organizations.edges.map((e) => e.node.name).sort()).toEqual([
      'Università di Bergamo',
      'Università di Milano-Bicocca',
    ]);
    const anci = await hub.client().request('{ organizations(search: "anci") { edges { node { name kind } } } }');
    expect(anci.data!.organizations.edges[0].node).toEqual({ name: 'ANCI Lombardia', kind: 'ASSOCIATION' });
  });

  it('refuses an organisation id that is not a UUID before any SQL, naming the argument', async () => {
    const result = await hub.client().request('{ organization(id: "42") { name } }');
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
