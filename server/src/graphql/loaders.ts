import type { EntityManager } from '@mikro-orm/postgresql';
import { organizationLoader } from '../modules/organization/organization.loaders';
import { userLoader } from '../modules/account/user.loaders';
import { communityLoader, viewerMembershipsLoader } from '../modules/community/community.loaders';
import { postLoader, reactionsLoader, threadLoader } from '../modules/thread/thread.loaders';

/** Every DataLoader of one request, for one viewer; built per request so no cache outlives it. */
export function createLoaders(em: EntityManager, viewerId: string | null) {
  return {
    organization: organizationLoader(em),
    user: userLoader(em),
    community: communityLoader(em),
    thread: threadLoader(em),
    post: postLoader(em),
    reactions: reactionsLoader(em, viewerId),
    viewerMemberships: viewerMembershipsLoader(em, viewerId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
