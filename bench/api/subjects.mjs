// The servers bench:api measures, the requests each gets for a scenario, and which baseline
// each scenario of the hub is held against (with the targets of the issue).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS } from './scenarios.mjs';
import { OPERATIONS as POSTGRAPHILE } from './baselines/postgraphile-operations.mjs';
import { freePort, run, startServer } from './processes.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const graphqlRequest = (fixture, operation) => ({
  path: '/graphql',
  headers: { 'content-type': 'application/json', cookie: `cantiere_session=${fixture.token}` },
  body: JSON.stringify({ query: operation.query, variables: operation.variables(fixture) }),
});

/** The hub's requests are the scenarios themselves; the hand-written server and bare Apollo take the same bodies. */
const asTheHubDoes = (fixture, scenario) => graphqlRequest(fixture, SCENARIOS[scenario]);

export const SUBJECTS = {
  hub: {
    label: 'hub',
    script: 'server/dist/main.js',
    ready: /Cantiere is ready at (http:\/\/\S+)/,
    request: asTheHubDoes,
  },
  handwritten: {
    label: 'hand-written pg',
    script: 'bench/api/baselines/handwritten.mjs',
    ready: /ready at (http:\/\/\S+)/,
    request: asTheHubDoes,
  },
  bareApollo: {
    label: 'bare Apollo',
    script: 'bench/api/baselines/bare-apollo.mjs',
    ready: /ready at (http:\/\/\S+)/,
    request: asTheHubDoes,
  },
  postgraphile: {
    label: 'PostGraphile',
    script: 'bench/api/baselines/postgraphile.mjs',
    ready: /ready at (http:\/\/\S+)/,
    request: (fixture, scenario) => graphqlRequest(fixture, POSTGRAPHILE[scenario]),
  },
};

/**
 * The targets: the hub's throughput as a share of the baseline's at least `ratio`, and
 * where `p99` is set, its p99 latency at 50 connections no worse than the baseline's.
 */
export const PAIRS = {
  S1: [{ baseline: 'bareApollo', ratio: 0.5 }],
  S2: [
    { baseline: 'handwritten', ratio: 0.4 },
    { baseline: 'postgraphile', ratio: 1.0, p99: true },
  ],
  S3: [{ baseline: 'postgraphile', ratio: 1.0, p99: true }],
  W1: [{ baseline: 'handwritten', ratio: 0.35 }],
};

/** Starts one subject on a free port with its database; `nodeArgs` go before the script (e.g. --cpu-prof). */
export async function startSubject(key, { databaseUrl, dataDir, nodeArgs = [] }) {
  const subject = SUBJECTS[key];
  const port = await freePort();
  const env = { BENCH_SUBJECT: subject.script, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' };
  if (key === 'hub') Object.assign(env, { SEED_DEMO: 'false', DATA_DIR: dataDir, CLIENT_DIR: path.join(REPO, 'client/dist') });
  // Through subject-process.mjs: one command line for all, naming none (see there why).
  return startServer({ name: subject.label, args: [...nodeArgs, path.join(REPO, 'bench/api/subject-process.mjs')], env, ready: subject.ready, cwd: REPO });
}

export function buildHub(log) {
  log('building the hub (npm run build -w server)');
  return run('npm', ['run', 'build', '-w', 'server'], { cwd: REPO, quiet: true });
}

/**
 * The hub is being worked on while the bench runs: a start that fails (a half-written dist)
 * is retried after building again.
 */
export async function startHub(options, log, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startSubject('hub', options);
    } catch (error) {
      if (attempt >= attempts) throw error;
      log(`the hub did not start (${error.message.split('\n')[0]}); building it again`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await buildHub(log).catch((failure) => log(`build failed: ${failure.message.split('\n').slice(0, 5).join(' ')}`));
    }
  }
}
