// bench:api: the hub's GraphQL API against baselines doing the same work, in the same run, on
// the same data (see bench/README.md):
//
//   npm run bench:api -- [--rounds 3] [--duration 10] [--warmup 2] [--scenarios S1,S2,S3,W1]
//                        [--connections 10,50] [--requests 20] [--fresh] [--json out.json]
//                        [--profile] [--no-build] [--no-readme]
//
// BENCH_DATABASE_URL names a PostgreSQL server to use (database cantiere_bench on it); without
// it a throw-away server is started from the system's binaries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, isDeepStrictEqual } from 'node:util';
import { openBenchDatabase } from './database.mjs';
import { seed } from './seed.mjs';
import { SCENARIOS } from './scenarios.mjs';
import { PAIRS, REPO, SUBJECTS, buildHub, startHub, startSubject } from './subjects.mjs';
import { measure, probe, send } from './load.mjs';
import { countStatements, startStatementCounter } from './statement-counter.mjs';
import { findWriteThread, resetWriteThread } from './write-thread.mjs';
import { machine, renderMarkdown, summarize, writeReadme } from './report.mjs';
import { analyzeFile, formatAnalysis, newestProfile } from './profile.mjs';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    scenarios: { type: 'string', default: 'S1,S2,S3,W1' },
    connections: { type: 'string', default: '10,50' },
    requests: { type: 'string', default: '20' },
    fresh: { type: 'boolean', default: false },
    json: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
  },
});

const settings = {
  rounds: Number(args.rounds),
  duration: Number(args.duration),
  warmup: Number(args.warmup),
  connections: args.connections.split(',').map(Number),
  scenarios: args.scenarios.split(',').map((s) => s.trim().toUpperCase()),
  countRequests: Number(args.requests),
};
for (const scenario of settings.scenarios) if (!SCENARIOS[scenario]) throw new Error(`unknown scenario ${scenario} (S1, S2, S3, W1)`);
if (![settings.rounds, settings.duration, settings.countRequests, ...settings.connections].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error('--rounds, --duration, --requests and --connections take whole numbers above zero');
}

const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// Everything started is stopped on the way out, an interrupted run included.
const cleanups = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()().catch((error) => console.error(`cleanup: ${error.message}`));
}
process.once('SIGINT', () => cleanUp().then(() => process.exit(130)));

/** The subjects a set of scenarios needs: the hub and their baselines. */
function subjectsOf(scenarios) {
  return ['hub', ...new Set(scenarios.flatMap((scenario) => PAIRS[scenario].map((pair) => pair.baseline)))];
}

async function startAll(keys, options) {
  const running = {};
  for (const key of keys) {
    running[key] = key === 'hub' ? await startHub(options, log) : await startSubject(key, options);
    cleanups.push(running[key].stop);
  }
  return running;
}

/**
 * Runs `work` against a live subject: one found stopped (a signal from outside, a crash) is
 * started again, and work during which it stopped is done again, a few times at most.
 */
const restarts = {};
async function withLive(running, key, options, what, work) {
  for (let attempt = 1; ; attempt++) {
    if (running[key].exit) {
      const index = cleanups.indexOf(running[key].stop);
      if (index >= 0) cleanups.splice(index, 1);
      restarts[key] = (restarts[key] ?? 0) + 1;
      log(`${SUBJECTS[key].label} had stopped (code ${running[key].exit.code}, signal ${running[key].exit.signal}): starting it again`);
      Object.assign(running, await startAll([key], options));
    }
    const result = await work(running[key]);
    if (!running[key].exit) return result;
    if (attempt >= 3) throw new Error(`${SUBJECTS[key].label} stopped during ${what} ${attempt} times`);
    log(`${SUBJECTS[key].label} stopped during ${what}: again`);
  }
}

async function stop(server) {
  await server.stop();
  const index = cleanups.indexOf(server.stop);
  if (index >= 0) cleanups.splice(index, 1);
}

async function stopAll(running) {
  for (const server of Object.values(running)) await stop(server);
}

/** One request of each scenario to each subject that takes it, before any load: a wrong answer stops the run. */
async function probeAll(running, options, fixture, reset) {
  for (const scenario of settings.scenarios) {
    const answers = {};
    for (const key of subjectsOf([scenario])) {
      if (scenario === 'W1') await reset();
      const label = `${scenario} on ${SUBJECTS[key].label}`;
      answers[key] = await withLive(running, key, options, label, (server) => probe(label, server.url, SUBJECTS[key].request(fixture, scenario)));
    }
    // The hand-written feed is meant to give the hub's very answer.
    if (scenario === 'S2' && answers.handwritten && !isDeepStrictEqual(answers.hub, answers.handwritten)) {
      log('warning: the hand-written S2 answer differs from the hub’s');
    }
  }
}

async function main() {
  const before = machine('', REPO);
  if (before.loadAverage > 0.5) log(`warning: load average ${before.loadAverage.toFixed(2)}: other work on this machine will weigh on the figures`);
  if (!args['no-build']) await buildHub(log);
  const database = await openBenchDatabase({ fresh: args.fresh, log });
  cleanups.push(database.stop);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-hub-'));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));

  // The hub's first start applies its migrations and loads the comuni; the seed needs both.
  log('starting the hub to migrate, then seeding');
  const direct = { databaseUrl: database.url, dataDir };
  let running = await startAll(['hub'], direct);
  const fixture = await seed(database.url);
  fixture.writeThreadId = await findWriteThread(database.url);
  log(`data: ${fixture.counts.communities} communities, ${fixture.counts.threads} threads, ${fixture.counts.posts} posts`);
  const reset = () => resetWriteThread(database.url, fixture);

  const keys = subjectsOf(settings.scenarios);
  Object.assign(running, await startAll(keys.filter((key) => key !== 'hub'), direct));
  await probeAll(running, direct, fixture, reset);
  log(`probes answered: ${keys.map((key) => SUBJECTS[key].label).join(', ')}`);

  // Rounds: each measures every subject once per scenario and connection count; the order of
  // the subjects turns from round to round, so a slower moment of the machine weighs on all.
  const measurements = {};
  for (let round = 0; round < settings.rounds; round++) {
    for (const scenario of settings.scenarios) {
      const subjects = subjectsOf([scenario]);
      const order = subjects.map((_, i) => subjects[(i + round) % subjects.length]);
      for (const connections of settings.connections) {
        for (const key of order) {
          const result = await withLive(running, key, direct, `${scenario} at ${connections} connections`, (server) =>
            measure({
              baseUrl: server.url,
              request: SUBJECTS[key].request(fixture, scenario),
              connections,
              duration: settings.duration,
              warmup: settings.warmup,
              before: scenario === 'W1' ? reset : undefined,
            }),
          );
          (((measurements[scenario] ??= {})[connections] ??= {})[key] ??= []).push(result);
          const failed = result.non2xx + result.withErrors + result.socketErrors + result.timeouts;
          log(
            `round ${round + 1}/${settings.rounds} ${scenario} c=${connections} ${SUBJECTS[key].label.padEnd(15)} ` +
              `${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms${failed ? `  FAILED ${failed}` : ''}`,
          );
        }
      }
    }
  }
  await stopAll(running);

  // Statement counts: each subject again, this time through the counting proxy.
  const counter = await startStatementCounter(database.url);
  const proxy = { stop: () => counter.close() };
  cleanups.push(proxy.stop);
  const statementCounts = {};
  const proxied = { databaseUrl: counter.url, dataDir };
  running = await startAll(keys, proxied);
  for (const scenario of settings.scenarios) {
    for (const key of subjectsOf([scenario])) {
      const request = SUBJECTS[key].request(fixture, scenario);
      const count = await withLive(running, key, proxied, `the statement count of ${scenario}`, async (server) => {
        if (scenario === 'W1') await reset();
        return countStatements(counter, () => send(server.url, request), { requests: settings.countRequests });
      });
      (statementCounts[scenario] ??= {})[key] = count;
      log(`statements ${scenario} ${SUBJECTS[key].label.padEnd(15)} ${count.perRequest.toFixed(2)}/request (idle ${count.idlePerSecond.toFixed(1)}/s subtracted, background ${count.backgroundPerSecond.toFixed(1)}/s set aside)`);
    }
  }
  await stopAll(running);
  await stop(proxy);

  let profile = null;
  if (args.profile) profile = await profileHub({ database, dataDir, fixture, reset });

  const summary = summarize(measurements);
  const results = { machine: { ...machine(database.version, REPO), loadAverage: before.loadAverage }, settings, restarts, fixture: { counts: fixture.counts }, summary, statementCounts };
  const markdown = renderMarkdown(results);
  console.log(`\n${markdown}\n`);
  if (profile) console.log(`${profile.text}\n`);
  if (!args['no-readme']) {
    writeReadme(path.join(REPO, 'bench/README.md'), markdown);
    log('results written to bench/README.md');
  }
  if (args.json) {
    fs.writeFileSync(args.json, JSON.stringify({ ...results, measurements, profile: profile?.analysis ?? null }, null, 2));
    log(`raw figures written to ${args.json}`);
  }
}

/**
 * A hub of its own under --cpu-prof for the load of the selected scenarios (apart from the
 * measurements, which the profiler would slow), stopped with SIGTERM so the profile is written.
 */
async function profileHub({ database, dataDir, fixture, reset }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-profile-'));
  const connections = Math.max(...settings.connections);
  log(`profiling the hub: ${settings.scenarios.join(', ')} at ${connections} connections, ${settings.duration} s each`);
  const hub = await startHub({ databaseUrl: database.url, dataDir, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir] }, log);
  cleanups.push(hub.stop);
  const microseconds = () => Number(process.hrtime.bigint() / 1000n);
  const window = { from: microseconds(), to: 0 };
  for (const scenario of settings.scenarios) {
    await measure({
      baseUrl: hub.url,
      request: SUBJECTS.hub.request(fixture, scenario),
      connections,
      duration: settings.duration,
      warmup: 0,
      before: scenario === 'W1' ? reset : undefined,
    });
  }
  window.to = microseconds();
  if (hub.exit) log('warning: the profiled hub stopped before the end of the load: the profile covers part of it');
  await stop(hub);
  const file = newestProfile(dir);
  // Only the samples taken under load: the hub's start (module loading, migrations) is left out.
  const analysis = analyzeFile(file, window);
  log(`profile written to ${file}${analysis.windowed ? '' : ' (its clock did not match: start-up included)'}`);
  return { file, analysis: { totals: analysis.totals, functions: analysis.functions.slice(0, 50), packages: analysis.packages, files: analysis.files }, text: formatAnalysis(analysis) };
}

try {
  await main();
} catch (error) {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
