import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const clientDir = fileURLToPath(new URL('../..', import.meta.url));
const serverDir = path.resolve(clientDir, '../server');
const distDir = path.join(clientDir, 'dist');

const isBuilt = () => existsSync(path.join(distDir, 'index.html'));

/** Where the built client is: tests that read the build itself look there. */
export const CLIENT_DIST = distDir;

/**
 * Builds the client when there is no build yet: the hub serves whatever is in client/dist. Test
 * files run in parallel, so one builds while the others wait for it.
 */
export async function ensureClientBuilt() {
  if (isBuilt()) return;
  const lock = path.join(tmpdir(), 'cantiere-client-build.lock');
  try {
    mkdirSync(lock);
  } catch {
    while (existsSync(lock)) await sleep(500);
    if (isBuilt()) return;
    throw new Error('another test file failed to build the client');
  }
  try {
    const build = spawnSync('npm', ['run', 'build'], { cwd: clientDir, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed in client/');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A port nobody is listening on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real hub (GraphQL, sessions, the built client) on a free port with an empty data
 * folder, or on E2E_DATABASE_URL when set, and resolves once it says it is ready. `extraEnv`
 * sets more variables (e.g. NODE_ENV=production).
 */
export async function startHub(extraEnv = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cantiere-e2e-'));
  // The journeys sign several people up from one address, run after run on one database: the
  // sign-up limit has its own server tests.
  const env = { SIGN_UP_LIMIT_PER_IP: '1000', ...process.env, ...extraEnv, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, CLIENT_DIR: distDir };
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) {
    env.DATABASE_URL = process.env.E2E_DATABASE_URL;
    env.SEED_DEMO = 'true';
  }
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let url;
  try {
    url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the hub did not start within 90 s:\n${output}`)), 90_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const ready = /Cantiere is ready at (\S+)/.exec(output);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      });
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the hub exited with code ${code} before it was ready:\n${output}`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
