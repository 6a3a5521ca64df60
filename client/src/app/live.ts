// Every feature's reactions to live events, registered once for the page; a feature with live
// pages adds its `<feature>.live.ts` here. They name queries by their generated documents
// (gql/graphql), the very objects their `*.operations.ts` return, so that this entry chunk does
// not carry the text of every page's operations.
import '../features/account/account.live';
import '../features/communities/communities.live';
import '../features/helpdesk/helpdesk.live';
import '../features/notifications/notifications.live';
import '../features/threads/threads.live';
