import type { RequestScope } from '../../core/request-scope';
import { actorUserId } from '../../core/actor';
import { leanQuery, leanReader } from '../../db/lean-rows';
import { carry } from '../../lib/by-id-loader';
import type { User } from '../account/user.entity';
import { readUserWithOrganization, userWithOrganizationColumns } from '../account/user.loaders';
import { Post } from './post.entity';
import { Thread, type ThreadKind } from './thread.entity';
import { readableThreads } from './thread.access';
import type { ReactionSummary } from './thread.loaders';

/**
 * The read side of threads. A page is one statement: its rows, the people they show (each once,
 * however many rows they wrote) and, when asked, the posts' reactions, built as JSON by
 * PostgreSQL. Every round trip to the database costs the hub more CPU than reading the rows, so a
 * page makes one; what it read is attached to the rows and handed to the request's loaders, and
 * the fields resolved afterwards run no query and wait for nothing.
 */

type Row = Record<string, unknown>;

/** The last posts read with a page of threads (threads hold only the id). */
const lastPostOfThread = new WeakMap<Thread, Post>();

/** The thread's last post if it was read with the thread, else undefined. */
export function carriedLastPost(thread: Thread): Post | undefined {
  return lastPostOfThread.get(thread);
}

export interface ThreadPageQuery {
  communityId: string;
  kind?: ThreadKind;
  /** The sort key (pinned, last activity, id) after which the page starts. */
  after: Array<string | number | boolean> | null;
  limit: number;
}

/** The people of a page (columns of `userWithOrganizationColumns`) as one JSON array, for the ids `authorIds` selects from `page`. */
function peopleOf(scope: RequestScope, authorIds: string): string {
  return `(select json_agg(x) from (select ${userWithOrganizationColumns(scope.em, 'u', 'o')}
             from app_user u join organization o on o.id = u.organization_id where u.id in (${authorIds})) x)`;
}

/** Hands the people read with a page to the loaders and attaches each to the items they wrote. */
function carryAuthors(scope: RequestScope, people: Row[] | null, items: Array<{ author: User }>): void {
  const authors = new Map<string, User>();
  for (const row of people ?? []) {
    const user = readUserWithOrganization(scope.em, row, scope.loaders.organization);
    scope.loaders.user.prime(user.id, user);
    authors.set(user.id, user);
  }
  for (const item of items) {
    const author = authors.get(item.author.id);
    if (author) carry(item, 'author', author);
  }
}

/** A page of a community's readable threads, pinned first, then by last activity, with the count of all of them. */
export async function readThreadPage(scope: RequestScope, page: ThreadPageQuery): Promise<{ rows: Thread[]; total: number }> {
  const { em, loaders } = scope;
  const threads = leanReader(em, Thread);
  const posts = leanReader(em, Post);
  const filter = (alias: string) => {
    const readable = readableThreads(scope, alias);
    return {
      sql: `${alias}.community_id = ? and ${readable.sql}${page.kind ? ` and ${alias}.kind = ?` : ''}`,
      params: [page.communityId, ...readable.params, ...(page.kind ? [page.kind] : [])],
    };
  };
  const counted = filter('ct');
  const listed = filter('t');
  const after = page.after ? ' and (t.pinned, t.last_activity_at, t.id) < (?, ?, ?)' : '';
  const [result] = await leanQuery<{ rows: Row[] | null; people: Row[] | null; total: string }>(
    em,
    `with page as (
       select ${threads.columns('t')}, ${posts.columns('lp', 'lp.')}
         from thread t left join post lp on lp.id = t.last_post_id
        where ${listed.sql}${after}
        order by t.pinned desc, t.last_activity_at desc, t.id desc
        limit ?)
     select (select json_agg(page order by page.pinned desc, page.last_activity_at desc, page.id desc) from page) as rows,
            ${peopleOf(scope, 'select author_id from page union select "lp.author_id" from page')} as people,
            (select count(*) from thread ct where ${counted.sql}) as total`,
    [...listed.params, ...(page.after ?? []), page.limit, ...counted.params],
  );
  const list: Thread[] = [];
  const lastPosts: Post[] = [];
  for (const row of result.rows ?? []) {
    const thread = threads.read(row);
    list.push(thread);
    if (!row['lp.id']) continue;
    const lastPost = posts.read(row, 'lp.');
    loaders.post.prime(lastPost.id, lastPost);
    lastPostOfThread.set(thread, lastPost);
    lastPosts.push(lastPost);
  }
  carryAuthors(scope, result.people, [...list, ...lastPosts]);
  return { total: Number(result.total), rows: list };
}

/**
 * A window of a thread's posts in order, the opening post first, each with its author, and how
 * many there are; with their reactions counted by kind when `withReactions`.
 */
export async function readPostPage(
  scope: RequestScope,
  thread: Thread,
  window: { offset: number; limit: number },
  withReactions: boolean,
): Promise<{ rows: Post[]; total: number }> {
  const { em } = scope;
  const posts = leanReader(em, Post);
  const reactions = withReactions
    ? `(select json_agg(r) from (select post_id, kind, count(*) as count, bool_or(user_id = ?) as mine
          from reaction where post_id in (select id from page) group by post_id, kind order by kind) r)`
    : 'null';
  const [result] = await leanQuery<{ rows: Row[] | null; people: Row[] | null; reactions: Row[] | null; total: string }>(
    em,
    `with page as (select ${posts.columns('p')} from post p where p.thread_id = ? order by p.created_at, p.id offset ? limit ?)
     select (select json_agg(page order by page.created_at, page.id) from page) as rows,
            ${peopleOf(scope, 'select author_id from page')} as people,
            ${reactions} as reactions,
            (select count(*) from post c where c.thread_id = ?) as total`,
    [thread.id, window.offset, window.limit, ...(withReactions ? [actorUserId(scope.actor)] : []), thread.id],
  );
  const list = (result.rows ?? []).map((row) => posts.read(row));
  list.forEach((post) => carry(post, 'thread', thread));
  carryAuthors(scope, result.people, list);
  if (withReactions) primeReactions(scope, list, result.reactions ?? []);
  return { total: Number(result.total), rows: list };
}

function primeReactions(scope: RequestScope, posts: Post[], rows: Row[]): void {
  const byPost = new Map<string, ReactionSummary[]>(posts.map((post) => [post.id, []]));
  for (const row of rows) {
    byPost.get(row.post_id as string)?.push({ kind: row.kind as ReactionSummary['kind'], count: Number(row.count), viewerReacted: row.mine === true });
  }
  for (const [postId, summary] of byPost) scope.loaders.reactions.prime(postId, summary);
}
