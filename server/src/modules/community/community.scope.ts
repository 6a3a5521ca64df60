import { isUUID } from 'class-validator';
import type { ScopeKind } from '../../realtime/scope-registry';
import { canDoInCommunity } from './community.access';

export const communityScope = (communityId: string) => `community:${communityId}`;

/** A community's room: its new threads, members and settings; who is here. */
export const communityScopeKind: ScopeKind = {
  kind: 'community',
  async authorize(scope, id) {
    const community = isUUID(id) ? await scope.loaders.community.load(id) : null;
    return community && (await canDoInCommunity(scope, 'read', community)) ? { parents: [] } : null;
  },
  presence: true,
  typing: false,
};
