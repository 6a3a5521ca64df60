/**
 * Mentions as the hub reads them in Markdown: `@[Sara Galli](user:<uuid>)`. The hub notifies the
 * people mentioned; the page shows the name highlighted.
 */

export const MENTION_PATTERN = /^@\[([^\]\n]{1,100})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/;

/** The text that mentions a person; brackets in a name would end the mention early, so they go. */
export function mentionMarkup(displayName: string, userId: string): string {
  const name = displayName.replace(/[[\]\n]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `@[${name}](user:${userId})`;
}

/** What is being typed after "@" just before the caret: up to two words of letters. */
const TYPING_MENTION = /(^|[\s(])@((?:\p{L}[\p{L}'’.-]*)(?: \p{L}[\p{L}'’.-]*)?)?$/u;

export interface MentionQuery {
  /** Where the "@" stands in the text. */
  start: number;
  /** The letters after it, possibly empty. */
  query: string;
}

/** The mention being typed at the caret, if any. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(Math.max(0, caret - 60), caret);
  const match = TYPING_MENTION.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** The text with the typed "@Sar" replaced by the mention, and where the caret goes next. */
export function insertMention(text: string, at: MentionQuery, caret: number, displayName: string, userId: string) {
  const markup = `${mentionMarkup(displayName, userId)} `;
  return { text: text.slice(0, at.start) + markup + text.slice(caret), caret: at.start + markup.length };
}
