import type { RequestScope } from '../../core/request-scope';
import { leanQuery, leanReader } from '../../db/lean-rows';
import { readUserWithOrganization, userWithOrganizationColumns } from '../account/user.loaders';
import { Post } from './post.entity';
import { Thread, type ThreadKind } from './thread.entity';
import { readableThreads } from './thread.access';

/**
 * The read side of threads: each list is one statement of lean rows that also carries what every
 * row is shown with (author and comune, last post), handed to the request's loaders so that the
 * fields resolved afterwards run no further query.
 */

export interface ThreadPageQuery {
  communityId: string;
  kind?: ThreadKind;
  /** The sort key (pinned, last activity, id) after which the page starts. */
  after: Array<string | number | boolean> | null;
  limit: number;
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
  const rows = await leanQuery(
    em,
    `select ${threads.columns('t')}, ${userWithOrganizationColumns(em, 'a', 'ao', 'a.')},
            ${posts.columns('lp', 'lp.')}, ${userWithOrganizationColumns(em, 'lu', 'luo', 'lu.')},
            (select count(*) from thread ct where ${counted.sql}) as total_count
       from thread t
       join app_user a on a.id = t.author_id join organization ao on ao.id = a.organization_id
       left join post lp on lp.id = t.last_post_id
       left join app_user lu on lu.id = lp.author_id left join organization luo on luo.id = lu.organization_id
      where ${listed.sql}${after}
      order by t.pinned desc, t.last_activity_at desc, t.id desc
      limit ?`,
    [...counted.params, ...listed.params, ...(page.after ?? []), page.limit],
  );
  const total = rows.length ? Number(rows[0].total_count) : await countReadableThreads(scope, counted);
  return {
    total,
    rows: rows.map((row) => {
      const author = readUserWithOrganization(em, row, loaders.organization, 'a.');
      loaders.user.prime(author.id, author);
      if (row['lp.id']) {
        loaders.post.prime(row['lp.id'] as string, posts.read(row, 'lp.'));
        const lastAuthor = readUserWithOrganization(em, row, loaders.organization, 'lu.');
        loaders.user.prime(lastAuthor.id, lastAuthor);
      }
      return threads.read(row);
    }),
  };
}

/** An empty page (the end of the list, or nothing readable) still tells how many there are. */
async function countReadableThreads(scope: RequestScope, condition: { sql: string; params: unknown[] }): Promise<number> {
  const [row] = await leanQuery<{ n: string }>(scope.em, `select count(*) as n from thread ct where ${condition.sql}`, condition.params);
  return Number(row.n);
}

/** A window of a thread's posts in order, the opening post first, each with its author, and how many there are. */
export async function readPostPage(scope: RequestScope, threadId: string, window: { offset: number; limit: number }): Promise<{ rows: Post[]; total: number }> {
  const { em, loaders } = scope;
  const posts = leanReader(em, Post);
  const rows = await leanQuery(
    em,
    `select ${posts.columns('p')}, ${userWithOrganizationColumns(em, 'u', 'o', 'u.')},
            (select count(*) from post c where c.thread_id = ?) as total_count
       from post p join app_user u on u.id = p.author_id join organization o on o.id = u.organization_id
      where p.thread_id = ?
      order by p.created_at, p.id
      offset ? limit ?`,
    [threadId, threadId, window.offset, window.limit],
  );
  const total = rows.length
    ? Number(rows[0].total_count)
    : Number((await leanQuery<{ n: string }>(em, 'select count(*) as n from post where thread_id = ?', [threadId]))[0].n);
  return {
    total,
    rows: rows.map((row) => {
      const author = readUserWithOrganization(em, row, loaders.organization, 'u.');
      loaders.user.prime(author.id, author);
      return posts.read(row);
    }),
  };
}
