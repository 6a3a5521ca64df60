// Where a CPU profile of the hub spent its time: self time by function and by package.
// Packages are the `node_modules/<pkg>` (or `@scope/pkg`) part of a script's URL; the hub's own
// code counts as `cantiere`, each file named as its source (server/dist/x.js as
// server/src/x.ts); Node's own JavaScript as `node:`; V8 builtins and native code, which have no
// URL, as `(native)`. Idle time, garbage collection and `(program)` (V8's time outside
// JavaScript) are reported apart.
//
//   node bench/api/profile.mjs <file.cpuprofile> [--top 25]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SPECIAL = { '(idle)': 'idle', '(garbage collector)': 'gc', '(program)': 'program', '(root)': 'root' };

/** The package a script belongs to, and how to name its file. */
export function packageOf(url) {
  if (!url) return { pkg: '(native)', file: '' };
  if (url.startsWith('node:')) return { pkg: 'node:', file: url };
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = file.slice(modules + '/node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { pkg, file: rest.slice(pkg.split('/').length).join('/') };
  }
  const dist = file.match(/(?:^|\/)server\/dist\/(.+)\.js$/);
  if (dist) return { pkg: 'cantiere', file: `cantiere:server/src/${dist[1]}.ts` };
  const repo = file.match(/(?:^|\/)((?:server|bench|scripts)\/.+)$/);
  if (repo) return { pkg: 'cantiere', file: `cantiere:${repo[1]}` };
  return { pkg: 'other', file };
}

/**
 * Self time in milliseconds of every node: sample i lasts until sample i + 1. With a `window`
 * ({ from, to } in microseconds of the monotonic clock, which V8's profiler and
 * process.hrtime share on Linux), only the samples taken inside it.
 */
function selfTimes(profile, window) {
  const self = new Map();
  const { samples, timeDeltas } = profile;
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += timeDeltas[i];
    if (window && (at < window.from || at > window.to)) continue;
    const micros = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + micros / 1000);
  }
  return self;
}

/** Whether a window overlaps the time the profile covers: if not, the clocks differ and the window cannot be used. */
export function overlaps(profile, window) {
  return window.from < profile.endTime && window.to > profile.startTime;
}

export function analyze(profile, window = null) {
  const self = selfTimes(profile, window && overlaps(profile, window) ? window : null);
  const totals = { idle: 0, gc: 0, program: 0, root: 0, busy: 0, all: 0 };
  const functions = new Map();
  const packages = new Map();
  const files = new Map();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    totals.all += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const special = SPECIAL[functionName];
    if (special && !url) {
      totals[special] += ms;
      if (special !== 'idle') totals.busy += ms;
      continue;
    }
    totals.busy += ms;
    const { pkg, file } = packageOf(url);
    const key = `${functionName || '(anonymous)'}\u0000${file}\u0000${lineNumber}`;
    const entry = functions.get(key) ?? { name: functionName || '(anonymous)', pkg, file, line: lineNumber + 1, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    if (pkg === 'cantiere') files.set(file, (files.get(file) ?? 0) + ms);
  }
  const byMs = (a, b) => b.ms - a.ms;
  return {
    totals,
    functions: [...functions.values()].sort(byMs),
    packages: [...packages].map(([pkg, ms]) => ({ pkg, ms })).sort(byMs),
    files: [...files].map(([file, ms]) => ({ file, ms })).sort(byMs),
  };
}

const pct = (ms, of) => `${((100 * ms) / of).toFixed(1)}%`.padStart(6);
const msText = (ms) => `${ms.toFixed(0)} ms`.padStart(9);

/** The analysis as text: shares are of the busy time (all but idle). */
export function formatAnalysis({ totals, functions, packages, files }, top = 25) {
  const lines = [];
  const busy = totals.busy || 1;
  lines.push(
    `sampled ${(totals.all / 1000).toFixed(1)} s: busy ${(totals.busy / 1000).toFixed(1)} s, idle ${(totals.idle / 1000).toFixed(1)} s; ` +
      `of the busy time GC ${pct(totals.gc, busy).trim()}, (program) ${pct(totals.program, busy).trim()}`,
  );
  lines.push('', `top ${top} functions by self time (share of busy time)`);
  for (const f of functions.slice(0, top)) {
    const where = f.pkg === 'cantiere' ? `${f.file}:${f.line}` : f.pkg === '(native)' ? '(native)' : `${f.pkg} ${f.file}:${f.line}`;
    lines.push(`${msText(f.ms)} ${pct(f.ms, busy)}  ${f.name.slice(0, 40).padEnd(40)}  ${where}`);
  }
  lines.push('', 'packages by self time');
  const rows = [...packages, { pkg: '(garbage collector)', ms: totals.gc }, { pkg: '(program)', ms: totals.program }].sort((a, b) => b.ms - a.ms);
  for (const p of rows.slice(0, top)) lines.push(`${msText(p.ms)} ${pct(p.ms, busy)}  ${p.pkg}`);
  if (files.length) {
    lines.push('', "the hub's own code by file");
    for (const f of files.slice(0, 10)) lines.push(`${msText(f.ms)} ${pct(f.ms, busy)}  ${f.file}`);
  }
  return lines.join('\n');
}

/** The newest .cpuprofile of a directory. */
export function newestProfile(dir) {
  const found = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error(`no .cpuprofile in ${dir}`);
  return found[0];
}

export function analyzeFile(file, window = null) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { ...analyze(profile, window), windowed: Boolean(window && overlaps(profile, window)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (!positionals.length) {
    console.error('usage: node bench/api/profile.mjs <file.cpuprofile | directory> [--top 25]');
    process.exit(2);
  }
  const target = fs.statSync(positionals[0]).isDirectory() ? newestProfile(positionals[0]) : positionals[0];
  console.log(`${target}\n`);
  console.log(formatAnalysis(analyzeFile(target), Number(values.top)));
}
