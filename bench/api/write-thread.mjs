// W1 replies into a thread of its own, in a community that S2 and S3 do not read, and each W1
// measurement starts from that thread as the seed left it: otherwise every round would find a
// longer thread (the hub recounts a thread's replies on each reply) than the one before.
import { W1 } from './scenarios.mjs';
import { withClient } from './database.mjs';

const WRITE_COMMUNITY = 'bench-community-06';

/** The thread W1 writes to: the first of a community the viewer is a member of, whose author is someone else. */
export async function findWriteThread(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `select t.id from thread t join community c on c.id = t.community_id
        where c.slug = $1 and t.title like 'Discussione 0001 %'`,
      [WRITE_COMMUNITY],
    );
    if (!rows.length) throw new Error(`no write thread in ${WRITE_COMMUNITY}`);
    return rows[0].id;
  });
}

/** Removes what W1 wrote (posts, notifications, events) and puts the thread's counters back. */
export function resetWriteThread(databaseUrl, fixture) {
  const body = W1.variables(fixture).input.body;
  return withClient(databaseUrl, async (client) => {
    await client.query('begin');
    await client.query(`delete from notification where thread_id = $1 and actor_id = $2`, [fixture.writeThreadId, fixture.viewerId]);
    await client.query(`delete from event where actor_id = $2 and payload->>'threadId' = $1::text`, [fixture.writeThreadId, fixture.viewerId]);
    await client.query(`delete from post where thread_id = $1 and author_id = $2 and body = $3`, [fixture.writeThreadId, fixture.viewerId, body]);
    await client.query(
      `update thread t set last_post_id = l.id, last_activity_at = l.created_at, reply_count = l.n - 1
         from (select id, created_at, count(*) over () as n from post where thread_id = $1 order by created_at desc, id desc limit 1) l
        where t.id = $1`,
      [fixture.writeThreadId],
    );
    await client.query('commit');
    await client.query('vacuum (analyze) post, thread, event, event_scope, notification');
  });
}
