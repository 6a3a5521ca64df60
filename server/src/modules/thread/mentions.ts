/**
 * A mention as the composer writes it, `@[Name](user:<id>)`; the id is the first group. Also read
 * by PostgreSQL (search hides mentions from readers who may not see people): keep it to the
 * syntax both regular expression engines share.
 */
export const MENTION_PATTERN_SOURCE =
  '@\\[[^\\]\\n]{1,100}\\]\\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)';

const MENTION = new RegExp(MENTION_PATTERN_SOURCE, 'g');

/** The user ids mentioned in a Markdown text, written as `@[Name](user:<id>)` by the composer. */
export function mentionedUserIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MENTION)].map((match) => match[1]))];
}
