/** The hub's addresses in one place, so that a link and its route never drift apart. */

/** The person's own profile: their affiliation, what to do about it, their devices. */
export const PROFILE_PATH = '/profilo';

/** The claims that referenti and admins verify. */
export const AFFILIATION_REQUESTS_PATH = '/verifiche';

/** Slug of the help desk community; it has its own pages under /sportello. */
export const HELP_DESK_SLUG = 'sportello';

/** Where a comune asks the help desk a question. */
export const ASK_PATH = '/sportello/nuova-domanda';

export function communityPath(slug: string): string {
  return slug === HELP_DESK_SLUG ? '/sportello' : `/comunita/${encodeURIComponent(slug)}`;
}

export function membersPath(slug: string): string {
  return `/comunita/${encodeURIComponent(slug)}/membri`;
}

export function newThreadPath(slug: string): string {
  return `/comunita/${encodeURIComponent(slug)}/nuova-discussione`;
}

/** The anchor of one post on its thread page. */
export function postAnchor(postId: string): string {
  return `messaggio-${postId}`;
}

export function threadPath(threadId: string, postId?: string | null): string {
  return `/discussioni/${encodeURIComponent(threadId)}${postId ? `#${postAnchor(postId)}` : ''}`;
}

export function faqEntryPath(id: string): string {
  return `/faq/${encodeURIComponent(id)}`;
}
