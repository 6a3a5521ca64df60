// `npm start`: builds the server and the client when their sources are newer than the build,
// then runs the hub in this process's place. A fresh clone builds once (~20 s); later starts skip it.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(entries) {
  let newest = 0;
  for (const entry of entries) {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) continue;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      newest = Math.max(newest, newestMtime(fs.readdirSync(full).map((name) => path.join(entry, name))));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

function buildIfStale(name, output, sources, command) {
  const built = fs.existsSync(path.join(root, output)) ? fs.statSync(path.join(root, output)).mtimeMs : 0;
  if (built >= newestMtime(sources)) return;
  console.log(`Building the ${name}…`);
  const result = spawnSync('npm', command, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.utimesSync(path.join(root, output), new Date(), new Date());
}

buildIfStale('server', 'server/dist/main.js', ['server/src', 'server/tsconfig.json', 'server/tsconfig.build.json', 'package-lock.json'], ['run', 'build', '-w', 'server']);
buildIfStale('client', 'client/dist/index.html', ['client/src', 'client/index.html', 'client/vite.config.ts', 'client/public', 'package-lock.json'], ['run', 'build', '-w', 'client']);

const hub = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { stdio: 'inherit' });
// Ctrl-C reaches the hub through the terminal's process group; forward a plain kill too.
process.on('SIGTERM', () => hub.kill('SIGTERM'));
process.on('SIGINT', () => undefined);
hub.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
