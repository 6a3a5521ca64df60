import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../lib/by-id-loader';
import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/account/user.entity';
import { Community } from '../modules/community/community.entity';
import { viewerMembershipsLoader } from '../modules/community/community.loaders';
import { Post } from '../modules/thread/post.entity';
import { Thread } from '../modules/thread/thread.entity';
import { reactionsLoader, revisionsLoader } from '../modules/thread/thread.loaders';

/** Every DataLoader of one request, for one viewer; built per request so no cache outlives it. */
export function createLoaders(em: EntityManager, viewerId: string | null) {
  return {
    organization: byIdLoader(em, Organization),
    user: byIdLoader(em, User),
    community: byIdLoader(em, Community),
    thread: byIdLoader(em, Thread),
    post: byIdLoader(em, Post),
    reactions: reactionsLoader(em, viewerId),
    revisions: revisionsLoader(em),
    viewerMemberships: viewerMembershipsLoader(em, viewerId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
