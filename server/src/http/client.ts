import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import { injectMeta, type PageMeta } from './public-pages';
import express, { type Express, type RequestHandler } from 'express';
import { preferredEncoding } from './media-type';

/**
 * Compression, in two parts:
 *
 * - The client's assets (hashed, immutable, ~1 MB of JS and CSS) are compressed once, when Vite
 *   builds them: client/vite.config.ts writes a `.br` (quality 11) and a `.gz` (level 9) beside
 *   each, and `precompressedAssets` sends the best one the browser accepts. Brotli at its best
 *   quality is 15-25% smaller than gzip on these files but takes about a second per megabyte, far
 *   too slow per request; at the quality a server can afford per request (4) it is no better
 *   than gzip.
 * - Everything produced or read per request (GraphQL answers, index.html, the favicon, an asset
 *   built without its compressed copies) goes through the `compression` package, which since
 *   1.8 speaks brotli as well as gzip; brotli 4 keeps it as fast as gzip. Responses under 1 kB
 *   are left alone. Compressed GraphQL answers carry no secrets for BREACH to guess at: the
 *   session travels in a cookie, and no response body echoes a token.
 */
export function dynamicCompression(): RequestHandler {
  return compression({ threshold: 1024, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } });
}

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The files of `dir` that have compressed copies beside them, by URL path ("/index-abc.js"). */
function compressedCopies(dir: string): Map<string, Encoding[]> {
  const copies = new Map<string, Encoding[]>();
  if (!fs.existsSync(dir)) return copies;
  const names = new Set(fs.readdirSync(dir));
  for (const name of names) {
    const encodings = (['br', 'gzip'] as const).filter((encoding) => names.has(name + SUFFIX[encoding]));
    if (encodings.length) copies.set(`/${name}`, encodings);
  }
  return copies;
}

/** Sends `x.br` or `x.gz` for `x` when the browser accepts it; anything else falls through to the plain file. */
export function precompressedAssets(dir: string): RequestHandler {
  const copies = compressedCopies(dir);
  return (req, res, next) => {
    const encodings = copies.get(req.path);
    if (!encodings || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.vary('Accept-Encoding');
    const encoding = preferredEncoding(req.headers['accept-encoding'], encodings);
    if (encoding !== 'br' && encoding !== 'gzip') return next();
    res.setHeader('Content-Encoding', encoding);
    res.type(path.extname(req.path));
    // Ranges of an encoded body would need the encoded length on both sides: whole files only.
    res.sendFile(req.path.slice(1) + SUFFIX[encoding], { root: dir, immutable: true, maxAge: '1y', acceptRanges: false }, (error) => {
      if (error) next(error);
    });
  };
}

/**
 * Serves the built client (client/dist), with every unknown path outside /graphql, /realtime
 * and /assets answered by index.html for the client's router. Source maps are not served in
 * production: they would publish the sources as written.
 */
export function serveClient(
  app: Express,
  clientDir: string,
  production: boolean,
  /** Title and description of a public page, written into index.html for crawlers and link previews. */
  metaFor?: (path: string) => Promise<PageMeta | null>,
) {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('text').send('Cantiere: the client is not built. Run `npm run build -w client`, or use `npm start`.');
    });
    return;
  }
  if (production) {
    app.use((req, _res, next) => next(req.path.endsWith('.map') ? Object.assign(new Error('Not found'), { status: 404 }) : undefined));
  }
  const assets = path.join(clientDir, 'assets');
  app.use('/assets', precompressedAssets(assets));
  // A missing asset is a 404, not index.html: a stale page asking for an old chunk must see it fail.
  app.use('/assets', express.static(assets, { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  const indexHtml = fs.readFileSync(index, 'utf8');
  app.get(/^\/(?!graphql|realtime|assets\/).*/, async (req, res, next) => {
    try {
      const meta = metaFor ? await metaFor(req.path) : null;
      if (!meta) return res.sendFile(index);
      res.type('html').set('cache-control', 'no-cache').send(injectMeta(indexHtml, meta));
    } catch (error) {
      next(error);
    }
  });
}
