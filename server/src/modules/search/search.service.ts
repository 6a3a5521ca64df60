import { isUUID } from 'class-validator';
import type { RequestScope } from '../../core/request-scope';
import { readableThreads } from '../thread/thread.access';
import { connectionOf, windowOf } from '../../graphql/connection';
import { badInput, unauthenticated } from '../../errors';
import { viewerFacts } from '../community/community.access';
import { MENTION_PATTERN_SOURCE } from '../thread/mentions';
import { canSeePeople, HIDDEN_MENTION } from '../thread/public-reading.policy';
import { SearchHit, SearchHitType, type SearchArgs } from './search.types';

const HEADLINE = `'StartSel=[[, StopSel=]], MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

/**
 * What the viewer may read: every community is discoverable by name and description; threads
 * and posts only as the thread domain's read rule allows (`readableThreads`). Deleted posts are
 * never found. Without an account: the FAQ and the solved public questions with their posts,
 * their texts searched and shown without the people they mention.
 */
const READABLE = `
  readable_threads as (
    select t.* from thread t
     where :readable and (cast(:community as uuid) is null or t.community_id = cast(:community as uuid))
  ),
  q as (select websearch_to_tsquery('italian', :query) as query)`;

/**
 * Each part of the search, given how texts written in the hub are read: as they are (indexed), or
 * with their mentions hidden for readers who may not see people.
 */
const PARTS: Record<SearchHitType, (text: (column: string) => string) => string> = {
  [SearchHitType.COMMUNITY]: () => `
    select 'COMMUNITY' as type, c.id, c.name as title,
           ts_headline('italian', c.name || '. ' || c.description, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', c.name || ' ' || c.description), q.query) as rank,
           c.id as community_id, null::uuid as thread_id
      from community c, q
     where cast(:community as uuid) is null and to_tsvector('italian', c.name || ' ' || c.description) @@ q.query`,
  [SearchHitType.THREAD]: () => `
    select 'THREAD' as type, t.id, t.title, ts_headline('italian', t.title, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', t.title), q.query) * 1.2 as rank, t.community_id, t.id as thread_id
      from readable_threads t, q where t.kind <> 'QUESTION' and to_tsvector('italian', t.title) @@ q.query`,
  [SearchHitType.QUESTION]: () => `
    select 'QUESTION' as type, t.id, t.title, ts_headline('italian', t.title, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', t.title), q.query) * 1.2 as rank, t.community_id, t.id as thread_id
      from readable_threads t, q where t.kind = 'QUESTION' and to_tsvector('italian', t.title) @@ q.query`,
  [SearchHitType.POST]: (text) => `
    select 'POST' as type, p.id, t.title, ts_headline('italian', ${text('p.body')}, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', ${text('p.body')}), q.query) as rank, t.community_id, t.id as thread_id
      from post p join readable_threads t on t.id = p.thread_id, q
     where p.deleted_at is null and to_tsvector('italian', ${text('p.body')}) @@ q.query`,
  // A FAQ entry is the reviewed answer: it ranks above the discussions it came from. Anyone may
  // read it; the question it came from is named only to those who may read that.
  [SearchHitType.FAQ]: (text) => `
    select 'FAQ' as type, f.id, ${text('f.question')} as title, ts_headline('italian', ${text('f.answer')}, q.query, ${HEADLINE}) as snippet,
           ts_rank(to_tsvector('italian', ${text("f.question || ' ' || f.answer")}), q.query) * 2 as rank,
           t.community_id, r.id as thread_id
      from faq_entry f join thread t on t.id = f.source_thread_id left join readable_threads r on r.id = f.source_thread_id, q
     where (cast(:community as uuid) is null or t.community_id = cast(:community as uuid))
       and to_tsvector('italian', ${text("f.question || ' ' || f.answer")}) @@ q.query`,
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

/** What a reader without an account may search: the FAQ, and the solved public questions with their posts. */
const PUBLIC_TYPES: SearchHitType[] = [SearchHitType.FAQ, SearchHitType.QUESTION, SearchHitType.POST];

/**
 * One ranked search (web-style syntax: "quoted phrases", or, -excluded) over communities, threads,
 * questions, posts and FAQ, in Italian (comuni finds comune). Without an account, over the public
 * types only: asking for communities or discussions needs an account (UNAUTHENTICATED).
 */
export async function search(ctx: RequestScope, args: SearchArgs) {
  const viewer = viewerFacts(ctx);
  const allowed = viewer ? Object.values(SearchHitType) : PUBLIC_TYPES;
  const types = args.types?.length ? [...new Set(args.types)] : allowed;
  if (types.some((type) => !allowed.includes(type))) throw unauthenticated();
  if (args.communityId && !isUUID(args.communityId)) throw badInput('communityId', 'invalid', 'Not an id');
  const window = windowOf(args.first, args.after);
  // Written texts are matched as they are, on their indexes; or, for readers who may not see
  // people, with their mentions hidden, so that searching a person's name finds nothing either.
  const text = canSeePeople(viewer) ? (column: string) => column : (column: string) => `regexp_replace(${column}, :mention, :hidden, 'g')`;
  const union = types.map((type) => PARTS[type](text)).join('\n union all \n');
  const knex = ctx.em.getKnex();
  const readable = readableThreads(ctx, 't');
  const params = {
    readable: knex.raw(readable.sql, readable.params),
    community: args.communityId ?? null,
    query: args.query.trim(),
    mention: MENTION_PATTERN_SOURCE,
    hidden: HIDDEN_MENTION,
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
