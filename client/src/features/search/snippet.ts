/** A piece of a search snippet: plain text, or a word the search matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * The hub marks each match in a snippet as [[word]]. Splitting the string (rather than turning
 * it into HTML) keeps whatever the author wrote as plain text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  return snippet
    .split(/\[\[([\s\S]*?)\]\]/)
    .map((text, index) => ({ text, match: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
