import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../test/hub';
import { loadDemoData, DEMO_PEOPLE } from './demo-data';
import { loadReferenceData, PARTNER_ORGANIZATIONS } from './reference-data';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

describe('reference data', () => {
  it('holds the comuni with the census totals of the ISTAT data', async () => {
    const [row] = await hub.orm.em
      .fork()
      .execute(`select count(*) as comuni, sum(population) as residents,
                       count(*) filter (where population < 5000) as small
                  from organization where kind = 'MUNICIPALITY'`);
    expect({ comuni: Number(row.comuni), residents: Number(row.residents), small: Number(row.small) }).toEqual({
      comuni: 1502,
      residents: 9703926,
      small: 1037,
    });
  });

  it('holds the partner organisations', async () => {
    const rows = await hub.orm.em.fork().execute(`select name from organization where kind <> 'MUNICIPALITY' order by name`);
    expect(rows.map((r) => r.name as string)).toEqual(PARTNER_ORGANIZATIONS.map((p) => p.name).sort());
  });

  it('loads nothing again on a database that has it all', async () => {
    expect(await loadReferenceData(hub.orm.em.fork())).toEqual({ inserted: 0 });
  });
});

describe('demo data', () => {
  it('signs the demo people in with the demo password, once', async () => {
    expect(await loadDemoData(hub.orm.em.fork(), 'password-della-demo')).toBe(true);
    expect(await loadDemoData(hub.orm.em.fork(), 'password-della-demo')).toBe(false);
    const client = hub.client();
    const result = await client.request<{ signIn: { displayName: string; organization: { name: string } } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { displayName organization { name } } }',
      { input: { email: DEMO_PEOPLE[2].email, password: 'password-della-demo' } },
    );
    expect(result.data!.signIn).toEqual({ displayName: 'Marco Rota', organization: { name: 'Valleve' } });

    const mine = await client.request('{ communities(mine: true) { edges { node { slug memberCount } } } faqEntries { totalCount } }');
    expect(mine.data!.communities.edges.map((e: any) => e.node.slug).sort()).toEqual([
      'forme-associate-unioni',
      'pnrr-attrattivita-borghi',
      'seav-bergamo',
    ]);
    expect(mine.data!.faqEntries.totalCount).toBe(2);
  });

  it('makes Sara Galli an expert of the help desk, with a private question waiting in her queue', async () => {
    const sara = hub.client();
    await sara.request('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'sara.galli@demo.cantiere.it', password: 'password-della-demo' },
    });
    const result = await sara.request('{ helpDesk { viewerCan { moderate } } questionQueue { edges { node { title visibility } } } }');
    expect(result.data!.helpDesk.viewerCan.moderate).toBe(true);
    expect(result.data!.questionQueue.edges.map((e: any) => e.node)).toEqual([
      { title: 'Cofinanziamento comunale per il bando di rigenerazione urbana', visibility: 'PRIVATE' },
    ]);
  });
});
