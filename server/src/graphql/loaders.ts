import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, leanByIdLoader } from '../lib/by-id-loader';
import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/account/user.entity';
import { leanUserLoader } from '../modules/account/user.loaders';
import { Community } from '../modules/community/community.entity';
import { leanCommunityLoaders, viewerMembershipsLoader } from '../modules/community/community.loaders';
import { Post } from '../modules/thread/post.entity';
import { Thread } from '../modules/thread/thread.entity';
import { leanThreadLoader, reactionsLoader, revisionsLoader } from '../modules/thread/thread.loaders';
import type { ThreadAccess } from '../modules/thread/thread.access';
import { SettledMemo } from '../lib/maybe-async';

/**
 * How a scope reads: `lean` answers with plain rows (requests and sockets, which only read);
 * `managed` with the ORM's entities (use cases, which change what they read).
 */
export type ReadMode = 'lean' | 'managed';

/** Every DataLoader of one request, for one viewer; built per request so no cache outlives it. */
export function createLoaders(em: EntityManager, viewerId: string | null, mode: ReadMode) {
  const viewerMemberships = viewerMembershipsLoader(em, viewerId, mode === 'lean');
  if (mode === 'managed') {
    return {
      organization: byIdLoader(em, Organization),
      user: byIdLoader(em, User),
      community: byIdLoader(em, Community),
      communityBySlug: null,
      thread: byIdLoader(em, Thread),
      post: byIdLoader(em, Post),
      reactions: reactionsLoader(em, viewerId),
      revisions: revisionsLoader(em, false),
      viewerMemberships,
      threadAccess: new SettledMemo<ThreadAccess>(),
    };
  }
  const organization = leanByIdLoader(em, Organization);
  const communities = leanCommunityLoaders(em, viewerId, viewerMemberships);
  return {
    organization,
    user: leanUserLoader(em, organization),
    community: communities.byId,
    communityBySlug: communities.bySlug,
    thread: leanThreadLoader(em, viewerId, communities.byId, viewerMemberships),
    post: leanByIdLoader(em, Post),
    reactions: reactionsLoader(em, viewerId),
    revisions: revisionsLoader(em, true),
    viewerMemberships,
    /** Per thread, its community and the viewer's membership: every post of a page asks. */
    threadAccess: new SettledMemo<ThreadAccess>(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
