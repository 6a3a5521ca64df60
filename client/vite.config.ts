import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm run dev -w server` listens; the dev server forwards API and socket traffic there. */
const hubUrl = process.env.CANTIERE_HUB_URL ?? 'http://127.0.0.1:4000';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes `x.br` (brotli 11) and `x.gz` (gzip 9) beside every built asset worth it, once per
 * build: the hub sends them as they are (server/src/http/client.ts). Brotli at its best quality
 * is far too slow to run per request, and only at that quality does it beat gzip on these files.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cantiere-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => name.startsWith('assets/') && /\.(js|css|svg|json)$/.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          const content = await readFile(file);
          if (content.length < 1024) return;
          const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length };
          await Promise.all([writeFile(`${file}.br`, await brotli(content, { params })), writeFile(`${file}.gz`, await gzip(content, { level: 9 }))]);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/graphql': { target: hubUrl, changeOrigin: false },
      '/realtime': { target: hubUrl, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    // Officials often use old browsers on old laptops: stay on widely supported syntax.
    target: 'es2020',
    // Maps stay in dist/ to read a stack trace from a report, but the bundles do not point at
    // them, and the hub does not serve them in production: the sources are not published.
    sourcemap: 'hidden',
    // The entry chunk holds React, Apollo Client and the router (~130 KB gzipped); pages are lazy.
    chunkSizeWarningLimit: 500,
  },
});
