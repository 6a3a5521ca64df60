// Runs one subject of bench:api in this process: the module named by BENCH_SUBJECT (a path from
// the repository's root), loaded as `node <module>` would run it, with the same environment and
// signals. Every subject thus has the same command line, which names none of them: tools that
// stop a development session's servers by name (`…dist/main.js`, a baseline's file name) leave
// the bench's own alone.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = path.resolve(repo, process.env.BENCH_SUBJECT ?? '');
if (!process.env.BENCH_SUBJECT) throw new Error('BENCH_SUBJECT names the module to run');
// The hub is CommonJS (server/dist), the baselines are ES modules.
if (script.endsWith('.mjs')) await import(pathToFileURL(script).href);
else createRequire(import.meta.url)(script);
