import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/hub';
import { organizationIdOf } from '../../../test/factories';
import { anonymous, userActor } from '../../core/actor';
import { createRequestScope } from '../../core/request-scope';
import { User } from '../account/user.entity';
import { Community, Membership } from '../community/community.entity';
import { Thread } from './thread.entity';
import { readableThreads, threadFacts } from './thread.access';
import { canOnThread } from './thread.policy';
import { factsOfUser } from '../community/community.access';

/**
 * The read rule exists twice by necessity: as a policy for one thread, and as SQL for lists and
 * search. Here both answer every combination of community, membership, question (its visibility
 * and whether it is solved) and comune, for people and for a reader without an account, so they
 * cannot drift apart.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const MEMBERSHIPS: Array<{ role: string; status: string } | null> = [
  null,
  { role: 'OWNER', status: 'ACTIVE' },
  { role: 'FACILITATOR', status: 'ACTIVE' },
  { role: 'MEMBER', status: 'ACTIVE' },
  { role: 'OBSERVER', status: 'ACTIVE' },
  { role: 'MEMBER', status: 'REQUESTED' },
  { role: 'FACILITATOR', status: 'INVITED' },
];

describe('the threads one may read', () => {
  it('are the same in SQL (lists, search) and in the policy, for every combination', async () => {
    const em = hub.orm.em.fork();
    const askerOrg = await organizationIdOf(hub, '016226');
    const otherOrg = await organizationIdOf(hub, '015146');
    const insertUser = async (organizationId: string) => {
      const id = randomUUID();
      await em.execute(
        `insert into app_user (id, email, password_hash, display_name, organization_id, job_title, locale, created_at)
         values (?, ?, 'x', 'Persona di prova', ?, 'Tecnico', 'it', now())`,
        [id, `${id}@matrice.example.it`, organizationId],
      );
      return id;
    };
    const author = await insertUser(askerOrg);
    const [helpDesk] = await em.execute(`select id from community where kind = 'HELP_DESK'`);
    const communities = [helpDesk.id as string];
    for (const visibility of ['PUBLIC', 'PRIVATE']) {
      const id = randomUUID();
      await em.execute(
        `insert into community (id, slug, name, description, themes, visibility, kind, member_count, created_at)
         values (?, ?, 'Matrice', '', '{}', ?, 'PRACTICE', 0, now())`,
        [id, `matrice-${id}`, visibility],
      );
      communities.push(id);
    }
    const threads: string[] = [];
    /** A thread; a question is OPEN unless told, and `accepted` gives it an accepted answer. */
    const addThread = async (communityId: string, kind: string, visibility: string | null, status = 'OPEN', accepted = false) => {
      const id = randomUUID();
      await em.execute(
        `insert into thread (id, community_id, kind, title, author_id, asker_organization_id, visibility, status, accepted_post_id, pinned, locked, reply_count, last_activity_at, created_at, tags)
         values (?, ?, ?, 'Caso', ?, ?, ?, ?, ?, false, false, 0, now(), now(), '{}')`,
        [id, communityId, kind, author, kind === 'QUESTION' ? askerOrg : null, visibility, kind === 'QUESTION' ? status : null, accepted ? randomUUID() : null],
      );
      threads.push(id);
    };
    for (const visibility of ['PRIVATE', 'PUBLIC']) {
      await addThread(communities[0], 'QUESTION', visibility);
      await addThread(communities[0], 'QUESTION', visibility, 'CLOSED', true);
    }
    await addThread(communities[0], 'QUESTION', 'PUBLIC', 'ANSWERED');
    await addThread(communities[0], 'QUESTION', 'PUBLIC', 'CLOSED');
    for (const communityId of communities.slice(1)) {
      await addThread(communityId, 'DISCUSSION', null);
      await addThread(communityId, 'QUESTION', 'PUBLIC');
      await addThread(communityId, 'QUESTION', 'PUBLIC', 'CLOSED', true);
    }

    const viewers = [author];
    for (const membership of MEMBERSHIPS) {
      for (const organizationId of [askerOrg, otherOrg]) {
        const viewer = await insertUser(organizationId);
        viewers.push(viewer);
        if (!membership) continue;
        for (const communityId of communities) {
          await em.execute(
            `insert into membership (id, community_id, user_id, role, status, created_at) values (gen_random_uuid(), ?, ?, ?, ?, now())`,
            [communityId, viewer, membership.role, membership.status],
          );
        }
      }
    }

    let cases = 0;
    // null: a reader without an account.
    for (const viewerId of [...viewers, null]) {
      const read = hub.orm.em.fork();
      const user = viewerId ? await read.findOneOrFail(User, { id: viewerId }, { populate: ['organization'] }) : null;
      const scope = createRequestScope(hub.orm, hub.services, user ? userActor(user, null) : anonymous);
      const rule = readableThreads(scope, 't');
      const rows = await scope.em.execute(`select t.id from thread t where t.id in (${threads.map(() => '?').join(', ')}) and ${rule.sql}`, [
        ...threads,
        ...rule.params,
      ]);
      const bySql = new Set(rows.map((row) => row.id as string));
      // Without an account, of them all: the help desk's one solved public question.
      if (!user) expect(bySql.size).toBe(1);
      for (const threadId of threads) {
        const thread = await read.findOneOrFail(Thread, { id: threadId });
        const community = await read.findOneOrFail(Community, { id: thread.community.id });
        const membership = viewerId ? await read.findOne(Membership, { community, user: viewerId }) : null;
        const byPolicy = canOnThread(user ? factsOfUser(user) : null, 'read', threadFacts(thread), community, membership);
        expect({ viewerId, threadId, readable: bySql.has(threadId) }).toEqual({ viewerId, threadId, readable: byPolicy });
        cases++;
      }
    }
    expect(cases).toBe(16 * 12);
  });
});
