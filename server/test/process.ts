import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const SERVER_DIR = path.resolve(__dirname, '..');

export interface HubProcess {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  /** Resolves with the URL once the hub prints that it is ready; rejects if it exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

/** Runs `src/main.ts` as `npm start` would run the hub, in its own process. */
export function spawnHub(env: Record<string, string>): HubProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /Cantiere is ready at (\S+)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`hub exited with ${code}: ${stderr}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

/** One GraphQL call with no client state, returning the parsed body and the session cookie. */
export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, unknown> }> },
    cookie: response.headers.get('set-cookie')?.split(';')[0],
  };
}
