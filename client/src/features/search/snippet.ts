/** A piece of a search snippet: plain text, or a word the search matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Snippets come from Markdown: its emphasis marks and mention syntax would only get in the way. */
function withoutMarkup(text: string): string {
  return text
    .replace(/@\[([^\]\n]+)\]\(user:[^)]*\)/g, '@$1')
    .replace(/\[([^\]\n]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '');
}

/**
 * The hub marks each match in a snippet as [[word]]. Splitting the string (rather than turning
 * it into HTML) keeps whatever the author wrote as plain text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  return snippet
    .split(/\[\[([\s\S]*?)\]\]/)
    .map((text, index) => ({ text: withoutMarkup(text), match: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
