import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The Content-Security-Policy of the built client (client/dist), checked in headless Chromium by
 * client/e2e/delivery.test.mjs. Everything is served by the hub itself: Vite emits module scripts
 * and one stylesheet under /assets, without inline scripts or styles; React sets styles through
 * the DOM, which CSP allows. Bootstrap Italia's stylesheet draws its icons as `data:` SVGs and
 * carries one `data:` font. Markdown renders no images and no raw HTML. socket.io connects to the
 * same origin, which `'self'` covers for ws:/wss: too. Nothing may frame the hub.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/** Features a co-design hub never uses: a page of it cannot ask for them, nor can anything it embeds. */
const PERMISSIONS_POLICY = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'browsing-topics=()'].join(', ');

function options(overTls: boolean): HelmetOptions {
  const directives: Record<string, string[] | null> = Object.fromEntries(
    Object.entries(CONTENT_SECURITY_POLICY).map(([name, values]) => [name, [...values]]),
  );
  // On plain HTTP (a laptop, a test) upgrading would send the assets to an https:// that does not exist.
  directives['upgrade-insecure-requests'] = overTls ? [] : null;
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    // Internal addresses (a private community's slug, a thread id) stay inside the hub.
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // A browser that saw the header over plain HTTP would lock the host out of plain HTTP for a
    // year: only a request that arrived over TLS (directly or as told by a trusted proxy) gets it.
    strictTransportSecurity: overTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/**
 * Security headers for every response: CSP, nosniff, frame-ancestors 'none', a referrer policy,
 * cross-origin isolation of windows and resources, and HSTS when the request came over TLS.
 */
export function securityHeaders(): RequestHandler {
  const plain = helmet(options(false));
  const tls = helmet(options(true));
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    (req.secure ? tls : plain)(req, res, next);
  };
}
