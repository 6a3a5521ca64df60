import MarkdownIt, { type StateInline } from 'markdown-it';
import { MENTION_PATTERN } from './mentions';

/**
 * Posts are Markdown as people wrote it. Raw HTML is never rendered: with `html: false`
 * markdown-it escapes it as text. Images are off too: a post must not load pictures from other
 * sites on a weak connection, nor tell them who is reading.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
markdown.disable('image');

/** `@[Sara Galli](user:<id>)` becomes one "mention" token instead of an "@" and a link. */
function mention(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
  const match = MENTION_PATTERN.exec(state.src.slice(state.pos));
  if (!match) return false;
  if (!silent) {
    const token = state.push('mention', '', 0);
    token.content = match[1];
    token.meta = { userId: match[2] };
  }
  state.pos += match[0].length;
  return true;
}

markdown.inline.ruler.before('link', 'mention', mention);
markdown.renderer.rules.mention = (tokens, index) =>
  `<span class="cantiere-mention">@${markdown.utils.escapeHtml(tokens[index].content)}</span>`;

function isExternal(href: string): boolean {
  try {
    return new URL(href, window.location.href).origin !== window.location.origin;
  } catch {
    return true;
  }
}

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

// A link to another site opens in a new tab that cannot reach back into this page.
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (isExternal(String(token.attrGet('href') ?? ''))) token.attrSet('target', '_blank');
  token.attrSet('rel', 'noopener noreferrer');
  return renderLinkOpen(tokens, index, options, env, self);
};

/** HTML for a post, safe to insert: every character of the author's text comes out escaped. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
