import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm run dev -w server` listens; the dev server forwards API and socket traffic there. */
const hubUrl = process.env.CANTIERE_HUB_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
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
    sourcemap: true,
    // The entry chunk holds React, Apollo Client and the router (~130 KB gzipped); pages are lazy.
    chunkSizeWarningLimit: 500,
  },
});
