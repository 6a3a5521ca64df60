/** A short plain-text excerpt of a Markdown text, for lists: no markup characters, no line breaks. */
export function markdownExcerpt(markdown: string, maxLength = 220): string {
  const plain = markdown
    .replace(/@\[([^\]\n]+)\]\(user:[^)]+\)/g, '@$1')
    .replace(/\[([^\]\n]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>#~]+/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > maxLength ? `${plain.slice(0, maxLength - 1).trimEnd()}…` : plain;
}
