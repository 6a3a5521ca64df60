// Baseline of bench:api: what the community feed (S2) and a reply (W1) cost when written by hand
// with node:http and plain `pg`, one prepared SQL statement each, on the hub's own tables.
// It takes the same GraphQL request body as the hub and answers S2 with the same JSON, cursors
// included, and W1 with the same rows. What it checks, it checks inside that one statement: the
// session behind the cookie (live: not revoked, not expired), the read rule of the feed, the
// right to reply. Everything else GraphQL does (parsing and validating the operation, choosing
// fields, errors by path) it does not: that is the point of the baseline.
//
//   DATABASE_URL=… PORT=… node bench/api/baselines/handwritten.mjs
import http from 'node:http';
import pg from 'pg';

// The hub's own pool holds ten connections (one of which its job runner keeps).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const VIEWER = `viewer as (
    select u.id, case when u.affiliation_status = 'VERIFIED' then u.organization_id end as organization_id
      from session s join app_user u on u.id = s.user_id
     where s.token_hash = encode(sha256(convert_to($1::text, 'UTF8')), 'hex') and s.revoked_at is null and s.expires_at > now())`;

const ISO = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * S2 as the hub answers it: the community (readable: public, the help desk, or the viewer is an
 * active member), its threads' total, the first page ordered pinned, last activity, id (all
 * descending), whether more follow (the first page's only question: are there more than `first`),
 * and each thread's people and last post. The cursor is the hub's keyset cursor: base64url of
 * `k:` and the JSON of the sort key. The answer leaves PostgreSQL as text and goes to the socket
 * as it is.
 */
const FEED = {
  name: 'bench_feed',
  text: `with ${VIEWER},
  c as (
    select c.id, c.kind from community c, viewer v
     where c.slug = $2
       and (c.visibility = 'PUBLIC' or c.kind = 'HELP_DESK'
            or exists (select 1 from membership m where m.community_id = c.id and m.user_id = v.id and m.status = 'ACTIVE'))),
  readable as not materialized (
    select t.* from thread t, c, viewer v
     where t.community_id = c.id
       and (c.kind <> 'HELP_DESK' or t.visibility is distinct from 'PRIVATE' or t.author_id = v.id
            or t.asker_organization_id = v.organization_id
            or exists (select 1 from membership m where m.community_id = c.id and m.user_id = v.id and m.status = 'ACTIVE'
                          and m.role in ('OWNER', 'FACILITATOR')))),
  total as materialized (select count(*)::int as n from readable),
  page as materialized (
    select t.*, row_number() over (order by t.pinned desc, t.last_activity_at desc, t.id desc) as rn,
           translate(encode(convert_to('k:[' || t.pinned::text || ',"' || ${ISO('t.last_activity_at')} || '","' || t.id::text || '"]', 'UTF8'), 'base64'),
                     E'+/=\\n', '-_') as cursor
      from readable t
     order by t.pinned desc, t.last_activity_at desc, t.id desc
     limit $3::int)
  select (select count(*) from viewer)::int as signed_in,
    (select json_build_object('data', json_build_object('community', json_build_object(
      'id', c.id,
      'threads', json_build_object(
        'totalCount', (select n from total),
        'edges', coalesce((
          select json_agg(json_build_object('cursor', p.cursor, 'node', json_build_object(
                   'id', p.id, 'title', p.title, 'kind', p.kind, 'status', p.status, 'visibility', p.visibility, 'tags', p.tags,
                   'pinned', p.pinned, 'locked', p.locked, 'replyCount', p.reply_count,
                   'createdAt', ${ISO('p.created_at')}, 'lastActivityAt', ${ISO('p.last_activity_at')},
                   -- Scalar subqueries: twenty lookups by primary key, where the planner would hash whole tables.
                   'author', (select json_build_object('id', a.id, 'displayName', a.display_name,
                                                       'organization', json_build_object('id', o.id, 'name', o.name))
                                from app_user a join organization o on o.id = a.organization_id where a.id = p.author_id),
                   'askerOrganization', (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = p.asker_organization_id),
                   'assignee', (select json_build_object('id', u.id, 'displayName', u.display_name) from app_user u where u.id = p.assignee_id),
                   'lastPost', (select json_build_object('id', lp.id, 'createdAt', ${ISO('lp.created_at')},
                                                         'author', json_build_object('id', u.id, 'displayName', u.display_name))
                                  from post lp join app_user u on u.id = lp.author_id where lp.id = p.last_post_id)))
                 order by p.rn)
            from page p), '[]'),
        'pageInfo', json_build_object(
          'hasNextPage', (select n from total) > $3,
          'endCursor', (select p.cursor from page p order by p.rn desc limit 1))))))::text
      from c) as body`,
};

/**
 * W1 as the hub writes it, in one statement (so one transaction): the post; the thread's last
 * post, activity and reply count; a REPLY notification to the thread's author unless the
 * author replies or can no longer read it; and the events of the change (notification.created
 * to the author, post.created to the thread, thread.updated to the thread and its community),
 * each numbered by an upsert of its scope's last_seq, which holds that scope's row lock until
 * the commit as the hub's does. Replying needs a live session, an active membership that may
 * speak (not an observer), an open community, and a thread that is neither locked (unless one
 * moderates) nor closed. The help desk's own rules are left out: the bench replies in a
 * community of practice.
 */
const REPLY = {
  name: 'bench_reply',
  text: `with ${VIEWER},
  target as (
    select t.id, t.community_id, t.author_id, v.id as viewer_id,
           (t.author_id <> v.id and (c.visibility = 'PUBLIC'
             or exists (select 1 from membership am where am.community_id = c.id and am.user_id = t.author_id and am.status = 'ACTIVE'))) as tell_author
      from thread t
      join community c on c.id = t.community_id
      join viewer v on true
      join membership m on m.community_id = c.id and m.user_id = v.id and m.status = 'ACTIVE' and m.role <> 'OBSERVER'
     where t.id = $2::uuid and c.archived_at is null and c.kind <> 'HELP_DESK'
       and (not t.locked or m.role in ('OWNER', 'FACILITATOR')) and t.status is distinct from 'CLOSED'),
  fresh as materialized (select gen_random_uuid() as post_id, gen_random_uuid() as notification_id, now() as at from target),
  bumped as (
    update thread t set last_post_id = f.post_id, last_activity_at = f.at, reply_count = t.reply_count + 1
      from fresh f where t.id = $2::uuid
    returning t.id, t.reply_count, t.status),
  post_row as (
    insert into post (id, thread_id, author_id, parent_id, body, created_at)
    select f.post_id, g.id, g.viewer_id, null, $3, f.at from fresh f, target g
    returning id),
  notification_row as (
    insert into notification (id, user_id, kind, actor_id, community_id, thread_id, post_id, created_at)
    select f.notification_id, g.author_id, 'REPLY'::notification_kind, g.viewer_id, g.community_id, g.id, f.post_id, f.at
      from fresh f, target g where g.tell_author
    returning id),
  pending as (
    select e.* from target g, fresh f, bumped b, lateral (values
      (1, 'user:' || g.author_id, 'notification.created',
          jsonb_build_object('notificationId', f.notification_id, 'kind', 'REPLY', 'threadId', g.id, 'communityId', g.community_id), g.tell_author),
      (2, 'thread:' || g.id, 'post.created', jsonb_build_object('threadId', g.id, 'postId', f.post_id, 'authorId', g.viewer_id, 'replyToId', null), true),
      (3, 'thread:' || g.id, 'thread.updated',
          jsonb_build_object('threadId', g.id, 'replyCount', b.reply_count, 'status', b.status, 'lastPostId', f.post_id), true),
      (4, 'community:' || g.community_id, 'thread.updated',
          jsonb_build_object('threadId', g.id, 'replyCount', b.reply_count, 'status', b.status, 'lastPostId', f.post_id), true)
    ) as e(ord, scope, type, payload, wanted) where e.wanted),
  numbered as (
    insert into event_scope (scope, last_seq)
    select scope, count(*) from pending group by scope order by scope
    on conflict (scope) do update set last_seq = event_scope.last_seq + excluded.last_seq
    returning scope, last_seq),
  event_rows as (
    insert into event (scope, seq, type, payload, actor_id, created_at)
    select p.scope, n.last_seq - count(*) over (partition by p.scope) + row_number() over (partition by p.scope order by p.ord),
           p.type, p.payload, g.viewer_id, clock_timestamp()
      from pending p join numbered n using (scope), target g
    returning seq)
  select (select count(*) from viewer)::int as signed_in, f.post_id as id, ${ISO('f.at')} as created_at,
         (select count(*) from post_row) + (select count(*) from event_rows) + (select count(*) from notification_row) as written
    from fresh f`,
};

const OPERATION = /\b(query|mutation)\s+(\w+)/;

function sessionToken(req) {
  const cookie = req.headers.cookie ?? '';
  const match = cookie.match(/(?:^|;\s*)cantiere_session=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

const error = (message, code) => JSON.stringify({ errors: [{ message, extensions: { code } }], data: null });

async function feed(token, variables) {
  const { rows } = await pool.query({ ...FEED, values: [token, variables.slug, variables.first ?? 20] });
  if (!rows[0].signed_in) return error('Sign in first', 'UNAUTHENTICATED');
  return rows[0].body ?? error('Community not found', 'NOT_FOUND');
}

async function reply(token, variables) {
  const { threadId, body } = variables.input;
  const { rows } = await pool.query({ ...REPLY, values: [token, threadId, body] });
  if (!rows.length) return error('Thread not found or not open to replies', 'NOT_FOUND');
  return JSON.stringify({ data: { reply: { id: rows[0].id, createdAt: rows[0].created_at } } });
}

const OPERATIONS = { CommunityThreads: feed, Reply: reply };

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') return void res.writeHead(404).end();
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let answer;
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString());
      const handler = OPERATIONS[query.match(OPERATION)?.[2]];
      answer = handler ? await handler(sessionToken(req), variables ?? {}) : error('Unknown operation', 'BAD_REQUEST');
    } catch (failure) {
      answer = error(failure.message, 'INTERNAL_SERVER_ERROR');
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer) });
    res.end(answer);
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`hand-written baseline ready at http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
