import { AffiliationRequestsDocument as AffiliationRequestsQuery, ViewerDocument as ViewerQuery } from '../../gql/graphql';
import { registerLiveReactions } from '../../realtime/live-reactions';

// What the account pages show live: the person's own affiliation (in ViewerQuery, which the
// header, the home page and the profile all watch) and, for referenti and admins, the claims
// waiting for them (AffiliationRequestsQuery, on the verification page). DecideAffiliation brings
// the decided person's new state itself; the notifications it causes go to that person only.
registerLiveReactions('account', {
  events: {
    'notification.created': {
      refetch: ({ payload }) => {
        switch (payload.kind) {
          case 'AFFILIATION_REQUEST':
            // A new claim for the viewer to decide.
            return [AffiliationRequestsQuery];
          case 'AFFILIATION_VERIFIED':
          case 'AFFILIATION_DECLINED':
            // The viewer's own claim was decided: the profile, the badge and the way to the queue follow.
            return [ViewerQuery];
          default:
            return [];
        }
      },
    },
    // The person's place in a community changed, and with it what the hub lets them do: the queue
    // (when on screen) and their own facts are read again, both small.
    'membership.changed': { refetch: [ViewerQuery, AffiliationRequestsQuery] },
  },
  scopes: { user: [ViewerQuery, AffiliationRequestsQuery] },
});
