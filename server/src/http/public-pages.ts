import { isUUID } from 'class-validator';
import type { RequestScope } from '../core/request-scope';
import { FaqEntry } from '../modules/helpdesk/faq.entity';
import { threadFacts } from '../modules/thread/thread.access';
import { canOnThread } from '../modules/thread/thread.policy';
import { withoutMentions } from '../modules/thread/public-reading.policy';

/** What search engines and link previews read of a page: they run no JavaScript, so the hub writes it into index.html. */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's own address, e.g. `/faq/<id>`: a path, to be joined to the hub's public origin. */
  canonicalPath: string;
}

/** The site's name after each page's, as the client writes `document.title` (app.documentTitle). */
const SITE = 'Cantiere';
const DESCRIPTION_LENGTH = 160;

const FAQ_LIST: PageMeta = {
  title: `Domande frequenti — ${SITE}`,
  description:
    'Le risposte degli esperti dello sportello del Centro di Competenza di ANCI Lombardia ai quesiti dei comuni: ' +
    'PNRR, appalti, partenariato pubblico-privato, gestioni associate, ambiente.',
  canonicalPath: '/faq',
};

/** A text written in Markdown as one plain line of at most `max` characters, without the people it mentions. */
export function plainExcerpt(markdown: string, max = DESCRIPTION_LENGTH): string {
  const text = withoutMentions(markdown)
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/gm, '')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** `/faq/abc/?x=1#y` → `['faq', 'abc']`. */
function segmentsOf(path: string): string[] {
  const bare = path.split(/[?#]/, 1)[0];
  try {
    return bare.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return [];
  }
}

async function faqEntryMeta(scope: RequestScope, id: string): Promise<PageMeta | null> {
  const entry = await scope.em.findOne(FaqEntry, { id });
  if (!entry) return null;
  return {
    title: `${withoutMentions(entry.question)} — ${SITE}`,
    description: plainExcerpt(entry.answer),
    canonicalPath: `/faq/${entry.id}`,
  };
}

async function questionMeta(scope: RequestScope, id: string): Promise<PageMeta | null> {
  const thread = await scope.loaders.thread.load(id);
  if (!thread) return null;
  const community = await scope.loaders.community.load(thread.community.id);
  // Read as nobody, whoever asks: a page's meta is for crawlers and previews, which never sign in.
  if (!community || !canOnThread(null, 'read', threadFacts(thread), community, null)) return null;
  const answer = thread.acceptedPostId ? await scope.loaders.post.load(thread.acceptedPostId) : null;
  return {
    title: `${thread.title} — ${SITE}`,
    description: answer && !answer.deletedAt ? plainExcerpt(answer.body) : FAQ_LIST.description,
    canonicalPath: `/discussioni/${thread.id}`,
  };
}

/**
 * The meta of a page that anyone may read: the FAQ (`/faq`), one of its entries (`/faq/<id>`),
 * a solved public question of the help desk (`/discussioni/<id>`). Null for any other path, and
 * for any content that is not public, whoever the scope's actor is: the page then keeps the
 * generic meta of index.html and says nothing of what exists.
 */
export async function publicPageMeta(path: string, scope: RequestScope): Promise<PageMeta | null> {
  const [section, id, ...rest] = segmentsOf(path);
  if (rest.length) return null;
  if (section === 'faq' && id === undefined) return FAQ_LIST;
  if (id === undefined || !isUUID(id)) return null;
  if (section === 'faq') return faqEntryMeta(scope, id.toLowerCase());
  if (section === 'discussioni') return questionMeta(scope, id.toLowerCase());
  return null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/**
 * index.html with the page's title, description, Open Graph title and description and canonical
 * link, each replacing the one already there or added at the end of <head>. Every value is
 * HTML-escaped: titles and answers are written by the hub's users.
 */
export function injectMeta(indexHtml: string, meta: PageMeta): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const tags: Array<[RegExp, string]> = [
    [/<title\b[^>]*>[\s\S]*?<\/title>/i, `<title>${title}</title>`],
    [/<meta\b[^>]*\bname\s*=\s*["']description["'][^>]*>/i, `<meta name="description" content="${description}" />`],
    [/<meta\b[^>]*\bproperty\s*=\s*["']og:title["'][^>]*>/i, `<meta property="og:title" content="${title}" />`],
    [/<meta\b[^>]*\bproperty\s*=\s*["']og:description["'][^>]*>/i, `<meta property="og:description" content="${description}" />`],
    [/<link\b[^>]*\brel\s*=\s*["']canonical["'][^>]*>/i, `<link rel="canonical" href="${escapeHtml(meta.canonicalPath)}" />`],
  ];
  let html = indexHtml;
  const added: string[] = [];
  for (const [existing, tag] of tags) {
    // A function, not a string, as the replacement: "$&" in a title must stay "$&".
    if (existing.test(html)) html = html.replace(existing, () => tag);
    else added.push(tag);
  }
  if (!added.length) return html;
  const block = added.map((tag) => `    ${tag}\n`).join('');
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, () => `${block}  </head>`) : block + html;
}
