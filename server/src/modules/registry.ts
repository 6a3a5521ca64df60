import type { EventCatalogue } from '../realtime/event-catalogue';
import type { ScopeKind } from '../realtime/scope-registry';
import { userScopeKind } from './account/account.scope';
import { communityEvents } from './community/community.events';
import { communityScopeKind } from './community/community.scope';
import { notificationEvents } from './notification/notification.events';
import { threadEvents } from './thread/thread.events';
import { threadScopeKind } from './thread/thread.scope';

/** The scope kinds the domains declare: the realtime layer serves these and no others. */
export const scopeKinds: ScopeKind[] = [userScopeKind, communityScopeKind, threadScopeKind];

/** Every event type of every domain, with its payload: the server checks against it, the client is typed from it. */
export const eventCatalogue: EventCatalogue = { ...communityEvents, ...threadEvents, ...notificationEvents };
