import { CommunityKind } from '../community/community.entity';
import type { CommunityFacts, ViewerFacts } from '../community/community.policy';
import { MENTION_PATTERN_SOURCE } from './mentions';
import { QuestionStatus, QuestionVisibility, ThreadKind } from './thread.entity';
import type { ThreadFacts } from './thread.policy';

/**
 * What a reader without an account may see (a visitor, a search engine, a link preview; partners
 * and the hub's jobs read as much): the help desk's public knowledge, and no person in it.
 * The pure rules live here; `canOnThread`, the SQL read rule, search and the `User` fields apply them.
 */

/** A public help desk question with an accepted answer (CLOSED): solved, and readable by anyone, signed in or not. */
export function isPublicKnowledge(thread: ThreadFacts, community: CommunityFacts): boolean {
  return (
    community.kind === CommunityKind.HELP_DESK &&
    thread.kind === ThreadKind.QUESTION &&
    thread.visibility === QuestionVisibility.PUBLIC &&
    thread.status === QuestionStatus.CLOSED &&
    !!thread.acceptedPostId
  );
}

/**
 * Whether the viewer may know who people are: their names, job titles and the names they are
 * mentioned by. Without an account one sees their organisation (the comune, ANCI Lombardia…)
 * and role-neutral words only.
 */
export function canSeePeople(viewer: ViewerFacts | null): boolean {
  return viewer !== null;
}

/** What a mention (`@[Sara Galli](user:<id>)`) becomes for a viewer who may not see people: the texts are Italian. */
export const HIDDEN_MENTION = '@partecipante';

const MENTIONS = new RegExp(MENTION_PATTERN_SOURCE, 'g');

/** A text written in the hub with every mention replaced by the neutral word, names and ids alike. */
export function withoutMentions(text: string): string {
  return text.replace(MENTIONS, HIDDEN_MENTION);
}

/** A text shown to `viewer`: as written, or without the people it mentions. */
export function textFor(viewer: ViewerFacts | null, text: string): string {
  return canSeePeople(viewer) ? text : withoutMentions(text);
}
