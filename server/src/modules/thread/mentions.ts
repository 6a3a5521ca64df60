const MENTION = /@\[[^\]\n]{1,100}\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/g;

/** The user ids mentioned in a Markdown text, written as `@[Name](user:<id>)` by the composer. */
export function mentionedUserIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MENTION)].map((match) => match[1]))];
}
