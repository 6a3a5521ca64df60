import { eventsOf, field, type EventCatalogue } from '../../realtime/event-catalogue';
import { QuestionStatus, ThreadKind } from './thread.entity';

const kinds = field.oneOf(Object.values(ThreadKind) as [ThreadKind, ...ThreadKind[]]);
const statuses = field.nullable(field.oneOf(Object.values(QuestionStatus) as [QuestionStatus, ...QuestionStatus[]]));

export const threadEvents = {
  'thread.created': {
    scopes: ['community'],
    description: 'A thread was started in the community (private questions are announced to the experts instead).',
    payload: { threadId: field.id, kind: kinds, authorId: field.id },
  },
  'question.created': {
    scopes: ['user'],
    description: 'A private question reached the help desk: told to each expert in their own scope.',
    payload: { threadId: field.id, kind: kinds, authorId: field.id, communityId: field.id },
  },
  'thread.updated': {
    scopes: ['thread', 'community'],
    description: 'What a thread list or page shows of the thread changed; the payload says what.',
    payload: {
      threadId: field.id,
      replyCount: field.optional(field.integer),
      status: field.optional(statuses),
      lastPostId: field.optional(field.id),
      pinned: field.optional(field.boolean),
      locked: field.optional(field.boolean),
      acceptedPostId: field.optional(field.nullable(field.id)),
      assigneeId: field.optional(field.nullable(field.id)),
      faqEntryId: field.optional(field.id),
    },
  },
  'post.created': {
    scopes: ['thread'],
    description: 'A reply was posted.',
    payload: { threadId: field.id, postId: field.id, authorId: field.id, replyToId: field.nullable(field.id) },
  },
  'post.edited': {
    scopes: ['thread'],
    description: 'A post’s text was edited.',
    payload: { threadId: field.id, postId: field.id, editedAt: field.time },
  },
  'post.deleted': { scopes: ['thread'], description: 'A post was deleted (a tombstone stays).', payload: { threadId: field.id, postId: field.id } },
  'reaction.changed': { scopes: ['thread'], description: 'The reactions to a post changed.', payload: { threadId: field.id, postId: field.id } },
} satisfies EventCatalogue;

export const threadEvent = eventsOf(threadEvents);
