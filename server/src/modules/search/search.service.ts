import { isUUID } from 'class-validator';
import type { RequestScope } from '../../core/request-scope';
import { readableThreads } from '../thread/thread.access';
import { connectionOf, windowOf } from '../../graphql/connection';
import { badInput } from '../../errors';
import { requireViewer } from '../account/account.service';
import { SearchHit, SearchHitType, type SearchArgs } from './search.types';

const HEADLINE = `'StartSel=[[, StopSel=]], MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

/**
 * What the viewer may read: every community is discoverable by name and description; threads
 * and posts only as the thread domain's read rule allows (`readableThreads`). Deleted posts are never found.
 */
const READABLE = `
  readable_threads as (
    select t.* from thread t
     where :readable and (cast(:community as uuid) is null or t.community_id = cast(:community as uuid))
  ),
  q as (select websearch_to_tsquery('italian', :query) as query)`;

const PARTS: Record<SearchHitType, string> = {
  [SearchHitType.COMMUNITY]: `
    select 'COMMUNITY' as type, c.id, c.name as title,
           ts_headline('italian', c.name || '. ' || c.description, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', c.name || ' ' || c.description), q.query) as rank,
           c.id as community_id, null::uuid as thread_id
      from community c, q
     where cast(:community as uuid) is null and to_tsvector('italian', c.name || ' ' || c.description) @@ q.query`,
  [SearchHitType.THREAD]: `
    select 'THREAD' as type, t.id, t.title, ts_headline('italian', t.title, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', t.title), q.query) * 1.2 as rank, t.community_id, t.id as thread_id
      from readable_threads t, q where t.kind <> 'QUESTION' and to_tsvector('italian', t.title) @@ q.query`,
  [SearchHitType.QUESTION]: `
    select 'QUESTION' as type, t.id, t.title, ts_headline('italian', t.title, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', t.title), q.query) * 1.2 as rank, t.community_id, t.id as thread_id
      from readable_threads t, q where t.kind = 'QUESTION' and to_tsvector('italian', t.title) @@ q.query`,
  [SearchHitType.POST]: `
    select 'POST' as type, p.id, t.title, ts_headline('italian', p.body, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', p.body), q.query) as rank, t.community_id, t.id as thread_id
      from post p join readable_threads t on t.id = p.thread_id, q
     where p.deleted_at is null and to_tsvector('italian', p.body) @@ q.query`,
  // A FAQ entry is the reviewed answer: it ranks above the discussions it came from.
  [SearchHitType.FAQ]: `
    select 'FAQ' as type, f.id, f.question as title, ts_headline('italian', f.answer, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', f.question || ' ' || f.answer), q.query) * 2 as rank,
           t.community_id, f.source_thread_id as thread_id
      from faq_entry f join thread t on t.id = f.source_thread_id, q
     where (cast(:community as uuid) is null or t.community_id = cast(:community as uuid))
       and to_tsvector('italian', f.question || ' ' || f.answer) @@ q.query`,
};

interface HitRow {
  type: SearchHitType;
  id: string;
  title: string;
  snippet: string;
  rank: number;
  community_id: string | null;
  community_slug: string | null;
  thread_id: string | null;
}

/** One ranked search (web-style syntax: "quoted phrases", or, -excluded) over communities, threads, questions, posts and FAQ, in Italian (comuni finds comune). */
export async function search(ctx: RequestScope, args: SearchArgs) {
  requireViewer(ctx);
  if (args.communityId && !isUUID(args.communityId)) throw badInput('communityId', 'invalid', 'Not an id');
  const window = windowOf(args.first, args.after);
  const types = args.types?.length ? [...new Set(args.types)] : Object.values(SearchHitType);
  const union = types.map((type) => PARTS[type]).join('\n union all \n');
  const knex = ctx.em.getKnex();
  const readable = readableThreads(ctx, 't');
  const params = {
    readable: knex.raw(readable.sql, readable.params),
    community: args.communityId ?? null,
    query: args.query.trim(),
  };
  const hits = knex.raw(
    `with ${READABLE}, hits as (${union})
     select hits.*, c.slug as community_slug, count(*) over () as total
       from hits left join community c on c.id = hits.community_id
      order by rank desc, id
      limit :limit offset :offset`,
    { ...params, limit: window.limit, offset: window.offset },
  );
  const rows = (await ctx.em.execute(hits)) as unknown as Array<HitRow & { total: string }>;
  let total = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && window.offset > 0) {
    const counted = (await ctx.em.execute(knex.raw(`with ${READABLE}, hits as (${union}) select count(*) as total from hits`, params))) as unknown as Array<{ total: string }>;
    total = Number(counted[0].total);
  }
  const nodes = rows.map((row) =>
    Object.assign(new SearchHit(), {
      type: row.type,
      id: row.id,
      title: row.title,
      snippet: row.snippet,
      rank: Number(row.rank),
      communityId: row.community_id,
      communitySlug: row.community_slug,
      threadId: row.thread_id,
    }),
  );
  return connectionOf(nodes, window, total);
}
