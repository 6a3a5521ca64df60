import { useMemo } from 'react';
import { renderMarkdown } from './markdown';

/** A post or description written in Markdown, rendered without any of the author's own HTML. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className={`cantiere-markdown ${className ?? ''}`.trim()}
      // Safe: markdown-it runs with html: false, so any tag the author typed arrives escaped as
      // text; links pass its validateLink (no javascript: or data: addresses) and mentions are
      // escaped by our own rule. No other source of markup reaches this string.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
