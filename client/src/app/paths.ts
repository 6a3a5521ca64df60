/** The hub's addresses in one place, so that a link and its route never drift apart. */

/** Slug of the help desk community; it has its own pages under /sportello. */
export const HELP_DESK_SLUG = 'sportello';

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
