/* Generated from the server's event catalogue by `npm run events:print`: do not edit. */

/** Every event type the hub sends, with its payload. */
export interface HubEventPayloads {
  /** The community’s name, description, themes, visibility or archive state changed. Sent to: community. */
  'community.updated': {
    communityId: string;
    memberCount: number;
    archivedAt?: string | null;
  };
  /** Someone became an active member. Sent to: community. */
  'member.joined': {
    communityId: string;
    memberCount: number;
    membershipId: string;
    userId: string;
    role: 'OWNER' | 'FACILITATOR' | 'MEMBER' | 'OBSERVER';
    status: 'ACTIVE' | 'REQUESTED' | 'INVITED';
  };
  /** A member left or was removed. Sent to: community. */
  'member.left': {
    communityId: string;
    memberCount: number;
    membershipId: string;
    userId: string;
    role: 'OWNER' | 'FACILITATOR' | 'MEMBER' | 'OBSERVER';
    status: 'ACTIVE' | 'REQUESTED' | 'INVITED';
  };
  /** A member’s role changed. Sent to: community. */
  'member.updated': {
    communityId: string;
    memberCount: number;
    membershipId: string;
    userId: string;
    role: 'OWNER' | 'FACILITATOR' | 'MEMBER' | 'OBSERVER';
    status: 'ACTIVE' | 'REQUESTED' | 'INVITED';
  };
  /** The person’s own place in a community changed (joined, invited, role, left, request declined). Sent to: user. */
  'membership.changed': {
    communityId: string;
    memberCount?: number;
    membershipId?: string;
    userId?: string;
    role?: 'OWNER' | 'FACILITATOR' | 'MEMBER' | 'OBSERVER';
    status: 'ACTIVE' | 'REQUESTED' | 'INVITED' | null;
  };
  /** A notification for the person. Sent to: user. */
  'notification.created': {
    notificationId: string;
    kind: 'MENTION' | 'REPLY' | 'ANSWER' | 'ASSIGNMENT' | 'JOIN_REQUEST' | 'JOIN_APPROVED' | 'INVITATION' | 'AFFILIATION_REQUEST' | 'AFFILIATION_VERIFIED' | 'AFFILIATION_DECLINED';
    threadId: string | null;
    communityId: string | null;
  };
  /** Some (ids) or all (null) of the person’s notifications were marked read. Sent to: user. */
  'notification.read': {
    ids: string[] | null;
  };
  /** A reply was posted. Sent to: thread. */
  'post.created': {
    threadId: string;
    postId: string;
    authorId: string;
    replyToId: string | null;
  };
  /** A post was deleted (a tombstone stays). Sent to: thread. */
  'post.deleted': {
    threadId: string;
    postId: string;
  };
  /** A post’s text was edited. Sent to: thread. */
  'post.edited': {
    threadId: string;
    postId: string;
    editedAt: string;
  };
  /** A private question reached the help desk: told to each expert in their own scope. Sent to: user. */
  'question.created': {
    threadId: string;
    kind: 'DISCUSSION' | 'ANNOUNCEMENT' | 'QUESTION';
    authorId: string;
    communityId: string;
  };
  /** The reactions to a post changed. Sent to: thread. */
  'reaction.changed': {
    threadId: string;
    postId: string;
  };
  /** A thread was started in the community (private questions are announced to the experts instead). Sent to: community. */
  'thread.created': {
    threadId: string;
    kind: 'DISCUSSION' | 'ANNOUNCEMENT' | 'QUESTION';
    authorId: string;
  };
  /** What a thread list or page shows of the thread changed; the payload says what. Sent to: thread, community. */
  'thread.updated': {
    threadId: string;
    replyCount?: number;
    status?: 'OPEN' | 'ASSIGNED' | 'ANSWERED' | 'CLOSED' | null;
    lastPostId?: string;
    pinned?: boolean;
    locked?: boolean;
    acceptedPostId?: string | null;
    assigneeId?: string | null;
    faqEntryId?: string;
  };
}

export type HubEventType = keyof HubEventPayloads;

export const HUB_EVENT_TYPES: readonly HubEventType[] = [
  'community.updated',
  'member.joined',
  'member.left',
  'member.updated',
  'membership.changed',
  'notification.created',
  'notification.read',
  'post.created',
  'post.deleted',
  'post.edited',
  'question.created',
  'reaction.changed',
  'thread.created',
  'thread.updated',
];
