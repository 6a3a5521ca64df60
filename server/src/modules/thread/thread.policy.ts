import { CommunityKind } from '../community/community.entity';
import {
  canInCommunity,
  isModerator,
  type CommunityFacts,
  type MembershipFacts,
  type ViewerFacts,
} from '../community/community.policy';
import { QuestionStatus, QuestionVisibility, ThreadKind } from './thread.entity';
import { isPublicKnowledge } from './public-reading.policy';

export interface ThreadFacts {
  kind: ThreadKind;
  authorId: string;
  askerOrganizationId?: string | null;
  visibility?: QuestionVisibility | null;
  locked: boolean;
  status?: QuestionStatus | null;
  acceptedPostId?: string | null;
}

export interface PostFacts {
  authorId: string;
  deletedAt?: Date | null;
}

export type ThreadAction = 'read' | 'reply' | 'react' | 'moderate' | 'accept' | 'assign' | 'promote' | 'reopen';
export type PostAction = 'edit' | 'delete' | 'react' | 'accept';

/** On the help desk, a question belongs to the asker's organisation. */
function isAskerSide(viewer: ViewerFacts, thread: ThreadFacts): boolean {
  return viewer.id === thread.authorId || (!!thread.askerOrganizationId && viewer.organizationId === thread.askerOrganizationId);
}

/**
 * Whether the viewer may do `action` on the thread; help desk experts are its moderators. Without
 * an account (viewer null) one reads the help desk's public knowledge and does nothing else.
 */
export function canOnThread(
  viewer: ViewerFacts | null,
  action: ThreadAction,
  thread: ThreadFacts,
  community: CommunityFacts,
  membership: MembershipFacts | null | undefined,
): boolean {
  if (!viewer) return action === 'read' && isPublicKnowledge(thread, community);
  if (!canInCommunity(viewer, 'read', community, membership)) return false;
  const helpDesk = community.kind === CommunityKind.HELP_DESK;
  const expert = helpDesk && isModerator(membership);
  const moderator = isModerator(membership);
  const open = !community.archivedAt;
  const canRead = !helpDesk || thread.visibility !== QuestionVisibility.PRIVATE || expert || isAskerSide(viewer, thread);
  if (!canRead) return false;
  const speaks = helpDesk ? expert || isAskerSide(viewer, thread) : canInCommunity(viewer, 'startThread', community, membership);
  const question = thread.kind === ThreadKind.QUESTION;
  switch (action) {
    case 'read':
      return true;
    case 'reply':
      return open && speaks && (!thread.locked || moderator) && thread.status !== QuestionStatus.CLOSED;
    case 'react':
      return open && (speaks || (helpDesk && canRead));
    case 'moderate':
      return open && moderator;
    case 'accept':
      return open && question && (viewer.id === thread.authorId || moderator);
    case 'reopen':
      return open && question && thread.status === QuestionStatus.CLOSED && (isAskerSide(viewer, thread) || moderator);
    case 'assign':
      return open && question && expert;
    case 'promote':
      return (
        open &&
        question &&
        expert &&
        thread.visibility === QuestionVisibility.PUBLIC &&
        !!thread.acceptedPostId &&
        (thread.status === QuestionStatus.ANSWERED || thread.status === QuestionStatus.CLOSED)
      );
  }
}

/** Whether the viewer may do `action` on one post of a thread they can read. */
export function canOnPost(
  viewer: ViewerFacts | null,
  action: PostAction,
  post: PostFacts,
  thread: ThreadFacts,
  community: CommunityFacts,
  membership: MembershipFacts | null | undefined,
): boolean {
  if (!viewer || !canOnThread(viewer, 'read', thread, community, membership) || post.deletedAt) return false;
  const open = !community.archivedAt;
  switch (action) {
    case 'edit':
      // Editing is speaking again: a locked or closed thread, or a community one has left, takes no edits.
      return viewer.id === post.authorId && canOnThread(viewer, 'reply', thread, community, membership);
    case 'delete':
      return open && (viewer.id === post.authorId || isModerator(membership));
    case 'react':
      return viewer.id !== post.authorId && canOnThread(viewer, 'react', thread, community, membership);
    case 'accept':
      return post.authorId !== thread.authorId && canOnThread(viewer, 'accept', thread, community, membership);
  }
}
