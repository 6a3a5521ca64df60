import { registerLiveReactions } from '../../realtime/live-reactions';
import {
  HelpDeskDocument as HelpDeskQuery,
  HelpDeskQuestionsDocument as HelpDeskQuestionsQuery,
  QuestionQueueDocument as QuestionQueueQuery,
} from '../../gql/graphql';

// The help desk page lists the questions the viewer may read (HelpDeskQuestionsQuery); the
// experts' queue lists the open ones (QuestionQueueQuery). AskQuestion refetches the questions of
// the help desk page, and taking a question from the queue (AssignQuestion) refetches the queue:
// their own events skip those. Public questions are announced in the help desk's room, private
// ones in each expert's own.
registerLiveReactions('helpdesk', {
  events: {
    'thread.created': { refetch: [HelpDeskQuestionsQuery, QuestionQueueQuery], skipOwn: { refetch: [HelpDeskQuestionsQuery] } },
    'question.created': { refetch: [HelpDeskQuestionsQuery, QuestionQueueQuery], skipOwn: { refetch: [HelpDeskQuestionsQuery] } },
    'thread.updated': { refetch: [HelpDeskQuestionsQuery, QuestionQueueQuery], skipOwn: { refetch: [QuestionQueueQuery] } },
    // Made an expert, or no longer one: the queue and the private questions open or close.
    'membership.changed': { refetch: [HelpDeskQuery, HelpDeskQuestionsQuery, QuestionQueueQuery] },
    // Verified at last: the private questions of the person's organisation join the list.
    'notification.created': { refetch: ({ payload }) => (payload.kind === 'AFFILIATION_VERIFIED' ? [HelpDeskQuestionsQuery] : []) },
  },
  scopes: {
    community: [HelpDeskQuery, HelpDeskQuestionsQuery, QuestionQueueQuery],
    user: [HelpDeskQuery, HelpDeskQuestionsQuery, QuestionQueueQuery],
  },
});
