// The data every subject of bench:api reads: 50 communities, 5,000 threads, 50,000 posts, the
// people who wrote them and their reactions, written with set-based SQL into the hub's own
// tables (the hub's migrations and comuni must already be there). Deterministic: the same
// database gets the same rows, so runs compare.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export const SIZES = { communities: 50, threadsPerCommunity: 100, postsPerThread: 10, users: 1000 };

/** A readable paragraph of Italian, as long as a real post, picked by number. */
const SENTENCES = [
  'Abbiamo avviato la rendicontazione PNRR sulla piattaforma ReGiS e ci mancano i CUP di due interventi.',
  'Nel nostro comune la convenzione per il segretario comunale scade a dicembre: qualcuno ha un modello aggiornato?',
  "L'ufficio tecnico è composto da una sola persona, per questo stiamo valutando una gestione associata con l'Unione.",
  'Per il bando borghi serve il cronoprogramma firmato dal RUP, allego la versione che abbiamo inviato.',
  'Grazie, con la circolare della Ragioneria generale dello Stato il dubbio sul DNSH è chiarito.',
  'Proponiamo di discuterne al prossimo laboratorio del Centro di Competenza, con un caso concreto.',
];

const hash = (token) => createHash('sha256').update(token).digest('hex');

/**
 * Fills the database and returns what the scenarios ask for: a viewer's session token (a member
 * of some communities, not of others), a community slug with its id, and a thread with 50 posts.
 */
export async function seed(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: existing } = await client.query(`select count(*)::int as n from community where slug like 'bench-%'`);
    if (existing[0].n === 0) await fill(client);
    const token = randomBytes(32).toString('base64url');
    const { rows: viewer } = await client.query(`select id from app_user where email = 'bench-viewer@bench.cantiere.test'`);
    await client.query(
      `insert into session (id, token_hash, user_id, user_agent, created_at, last_seen_at, expires_at)
       values (gen_random_uuid(), $1, $2, 'bench', now(), now(), now() + interval '30 days')`,
      [hash(token), viewer[0].id],
    );
    const { rows: feed } = await client.query(`select id, slug from community where slug = 'bench-community-01'`);
    const { rows: thread } = await client.query(
      `select t.id from thread t join community c on c.id = t.community_id where c.slug = 'bench-community-01' and t.title = 'Discussione 0001 · bench-community-01'`,
    );
    const { rows: counts } = await client.query(
      `select (select count(*) from community)::int as communities, (select count(*) from thread)::int as threads, (select count(*) from post)::int as posts`,
    );
    return { token, viewerId: viewer[0].id, community: feed[0], threadId: thread[0].id, counts: counts[0] };
  } finally {
    await client.end();
  }
}

async function fill(client) {
  const { communities, threadsPerCommunity, postsPerThread, users } = SIZES;
  await client.query('begin');
  // People from the first comuni by ISTAT code, all verified; the viewer is the first.
  await client.query(
    `insert into app_user (id, email, password_hash, display_name, organization_id, job_title, locale, created_at, affiliation_status)
     select gen_random_uuid(),
            case when n = 1 then 'bench-viewer@bench.cantiere.test' else 'bench-user-' || n || '@bench.cantiere.test' end,
            'not-a-password', 'Funzionario ' || n, o.id, 'Responsabile ufficio tecnico', 'it', now() - interval '400 days', 'VERIFIED'
       from generate_series(1, $1) as n
       join lateral (select id from organization where kind = 'MUNICIPALITY' order by istat_code offset (n % 1000) limit 1) o on true`,
    [users],
  );
  // Four in five communities are public; the viewer belongs to every fifth community and to community 01.
  await client.query(
    `insert into community (id, slug, name, description, themes, visibility, kind, member_count, created_at)
     select gen_random_uuid(), 'bench-community-' || lpad(n::text, 2, '0'), 'Comunità di prova ' || n,
            'Una comunità per misurare le letture del hub.', array['pnrr', 'appalti'],
            (case when n % 5 = 2 then 'PRIVATE' else 'PUBLIC' end)::community_visibility, 'PRACTICE', 0, now() - interval '300 days'
       from generate_series(1, $1) as n`,
    [communities],
  );
  await client.query(
    `insert into membership (id, community_id, user_id, role, status, created_at)
     select gen_random_uuid(), c.id, u.id, (case when u.rn % 40 = 1 then 'OWNER' else 'MEMBER' end)::member_role, 'ACTIVE', now() - interval '200 days'
       from community c
       join (select id, row_number() over (order by email <> 'bench-viewer@bench.cantiere.test', email) as rn from app_user where email like 'bench-%') u
         on (u.rn + substring(c.slug from 17)::int) % 10 = 0
          or (u.rn = 1 and (substring(c.slug from 17)::int % 5 = 1))
      where c.slug like 'bench-%'
     on conflict do nothing`,
  );
  await client.query(`update community c set member_count = (select count(*) from membership m where m.community_id = c.id and m.status = 'ACTIVE') where c.slug like 'bench-%'`);
  // Threads: authors are members; one in ten is pinned by nobody, activity spread over a year.
  await client.query(
    `insert into thread (id, community_id, kind, title, author_id, pinned, locked, reply_count, last_activity_at, created_at, tags)
     select gen_random_uuid(), c.id, 'DISCUSSION', 'Discussione ' || lpad(n::text, 4, '0') || ' · ' || c.slug,
            (select m.user_id from membership m where m.community_id = c.id order by m.user_id offset (n % 20) limit 1),
            false, false, $2 - 1, now() - (n || ' hours')::interval, now() - ((n + 500) || ' hours')::interval, array['M1C3 INV 2.1']
       from community c, generate_series(1, $1) as n
      where c.slug like 'bench-%'`,
    [threadsPerCommunity, postsPerThread],
  );
  // Posts: the opening one and replies by members of the community, in time order.
  await client.query(
    `insert into post (id, thread_id, author_id, body, created_at)
     select gen_random_uuid(), t.id,
            (select m.user_id from membership m where m.community_id = t.community_id order by m.user_id offset ((p + length(t.title)) % 20) limit 1),
            ($2::text[])[1 + (p % 6)] || ' ' || ($2::text[])[1 + ((p + 3) % 6)],
            t.created_at + (p || ' minutes')::interval
       from thread t, generate_series(0, $1 - 1) as p
      where t.title like 'Discussione %'`,
    [postsPerThread, SENTENCES],
  );
  // The bench thread of community 01 has 50 posts, the page size of the thread page.
  await client.query(
    `insert into post (id, thread_id, author_id, body, created_at)
     select gen_random_uuid(), t.id, (select m.user_id from membership m where m.community_id = t.community_id order by m.user_id offset (p % 20) limit 1),
            ($1::text[])[1 + (p % 6)], t.created_at + (p || ' minutes')::interval
       from thread t join community c on c.id = t.community_id, generate_series($2, 49) as p
      where c.slug = 'bench-community-01' and t.title = 'Discussione 0001 · bench-community-01'`,
    [SENTENCES, postsPerThread],
  );
  await client.query(
    `update thread t set last_post_id = l.id, reply_count = l.n - 1
       from (select distinct on (thread_id) thread_id, id, count(*) over (partition by thread_id) as n from post order by thread_id, created_at desc) l
      where l.thread_id = t.id and t.title like 'Discussione %'`,
  );
  // Reactions on one post in three, by a few members.
  await client.query(
    `insert into reaction (id, post_id, user_id, kind, created_at)
     select gen_random_uuid(), p.id, m.user_id, (array['LIKE', 'THANKS', 'AGREE'])[1 + (abs(hashtext(m.user_id::text || p.id::text)) % 3)]::reaction_kind, p.created_at
       from post p join thread t on t.id = p.thread_id
       join lateral (select user_id from membership where community_id = t.community_id order by user_id limit 3) m on true
      where abs(hashtext(p.id::text)) % 3 = 0 and t.title like 'Discussione %'
     on conflict do nothing`,
  );
  await client.query('commit');
  await client.query('analyze');
}
