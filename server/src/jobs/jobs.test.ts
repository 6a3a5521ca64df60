import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import type { DatabaseHandle } from '../db/database';
import { startJobRunner, type JobDefinition, type JobLog, type JobRunner } from './job-runner';
import { PRUNE_EVENTS, pruneEventsJob } from './prune-events.job';

let database: DatabaseHandle;
let sql: pg.Client;
let runners: JobRunner[] = [];
let errors: Array<{ msg: string; fields?: Record<string, unknown> }> = [];
const log: JobLog = { info: () => undefined, error: (msg, fields) => errors.push({ msg, fields }) };

beforeEach(async () => {
  database = await createTestDatabase(inject('testDatabase'));
  sql = new pg.Client({ connectionString: database.clientUrl });
  await sql.connect();
});
afterEach(async () => {
  await Promise.all(runners.map((runner) => runner.stop()));
  runners = [];
  await sql.end();
  await database.close();
  expect(errors).toEqual([]);
  errors = [];
});

/** One connection per runner: two runners and this test's client stay within the embedded database's limit. */
async function startRunner(jobs: JobDefinition[]) {
  const runner = await startJobRunner({ connectionString: database.clientUrl, maxConnections: 1, jobs, log, pollIntervalMs: 500 });
  runners.push(runner);
  return runner;
}

function recorder(name: string, schedule?: string) {
  const runs: unknown[] = [];
  const definition: JobDefinition = {
    name,
    schedule,
    async run(payload) {
      runs.push(payload);
    },
  };
  return { definition, runs };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function one<T = Record<string, any>>(text: string, values: unknown[] = []): Promise<T> {
  return (await sql.query(text, values)).rows[0] as T;
}

const jobStates = async (name: string) =>
  (await sql.query('select state, retry_count from pgboss.job where name = $1 order by created_on', [name])).rows;

describe('job runner', () => {
  it('runs each queued one-off job exactly once with two runners polling the same database', async () => {
    const job = recorder('greet');
    const [first, second] = await Promise.all([startRunner([job.definition]), startRunner([job.definition])]);
    for (let i = 0; i < 10; i++) await (i % 2 ? first : second).enqueue('greet', { i });
    await until(() => job.runs.length >= 10);
    // Queued after the others: once it has run, both runners have polled past them.
    await first.enqueue('greet', { i: 'last' });
    await until(() => job.runs.length >= 11);
    expect(job.runs).toHaveLength(11);
    expect(new Set(job.runs.map((payload) => (payload as { i: unknown }).i)).size).toBe(11);
    const states = await jobStates('greet');
    expect(states).toHaveLength(11);
    expect(states.every((row) => row.state === 'completed' && row.retry_count === 0)).toBe(true);
  });

  it('queues a job once for one key, however often and by whichever runner it is enqueued', async () => {
    const job = recorder('recount');
    const [first, second] = await Promise.all([startRunner([job.definition]), startRunner([job.definition])]);
    const runAt = new Date(Date.now() + 1000);
    for (const runner of [first, second, first]) await runner.enqueue('recount', { community: 'c1' }, { runAt, key: 'community:c1' });
    await first.enqueue('recount', { community: 'c2' }, { runAt, key: 'community:c2' });
    await until(() => job.runs.length >= 2);
    await first.enqueue('recount', { community: 'c1' }, { key: 'community:c1' });
    await first.enqueue('recount', { community: 'last' });
    await until(() => job.runs.length >= 3);
    expect(job.runs).toEqual(expect.arrayContaining([{ community: 'c1' }, { community: 'c2' }, { community: 'last' }]));
    expect(job.runs).toHaveLength(3);
  });

  it('prunes the events older than the retention and keeps the recent ones', async () => {
    await sql.query(
      `insert into event (scope, seq, type, payload, actor_id, created_at) values
         ('community:old', 1, 'thread.created', '{}', null, now() - interval '30 days'),
         ('community:old', 2, 'thread.created', '{}', null, now() - interval '7 days 1 hour'),
         ('community:old', 3, 'thread.created', '{}', null, now() - interval '6 days 23 hours'),
         ('community:new', 1, 'thread.created', '{}', null, now())`,
    );
    const prune = pruneEventsJob(7);
    let pruned = 0;
    const counted: JobDefinition = {
      ...prune,
      async run(payload, context) {
        await prune.run(payload, context);
        pruned++;
      },
    };
    await startRunner([counted]);
    expect(await one('select cron from pgboss.schedule where name = $1', [PRUNE_EVENTS])).toEqual({ cron: prune.schedule });
    expect(prune.schedule).toMatch(/^\d+ \* \* \* \*$/);
    await runners[0].enqueue(PRUNE_EVENTS);
    await until(() => pruned === 1);
    const { rows } = await sql.query('select scope, seq from event order by scope, seq');
    expect(rows).toEqual([
      { scope: 'community:new', seq: 1 },
      { scope: 'community:old', seq: 3 },
    ]);
  });

  it('runs a scheduled job once per tick although two runners keep looking at the schedule', async () => {
    // The whole test stays within one minute unless it starts near the end of one.
    await until(async () => Number((await one('select extract(second from now()) as s')).s) < 45, 20_000);
    const { minute: firstMinute } = await one("select date_trunc('minute', now()) as minute");
    const tick = recorder('tick', '* * * * *');
    await Promise.all([startRunner([tick.definition]), startRunner([tick.definition])]);
    await until(() => tick.runs.length >= 1);
    // Each look is recorded in pgboss.version.cron_on; wait for three more, each a chance to queue the tick again.
    const looks = new Set<string>();
    await until(async () => {
      looks.add((await one('select cron_on::text as at from pgboss.version')).at);
      return looks.size >= 4;
    }, 20_000);
    await until(async () => {
      const pending = await one(
        "select count(*)::int as n from pgboss.job where name in ('tick', '__pgboss__send-it') and state in ('created', 'retry', 'active')",
      );
      return pending.n === 0;
    });
    const { minute: lastMinute } = await one("select date_trunc('minute', now()) as minute");
    const minutes = Math.round((lastMinute.getTime() - firstMinute.getTime()) / 60_000) + 1;
    if (minutes === 1) expect(tick.runs).toHaveLength(1);
    else expect(tick.runs.length).toBeLessThanOrEqual(minutes);
  }, 60_000);

  it('runs after a restart the job queued before the stop, and keeps the schedule', async () => {
    const later = recorder('later');
    const hourly = recorder('hourly', '5 * * * *');
    const first = await startRunner([later.definition, hourly.definition]);
    await first.enqueue('later', { n: 1 }, { runAt: new Date(Date.now() + 1500) });
    await first.stop();
    expect(later.runs).toEqual([]);
    expect(await jobStates('later')).toEqual([{ state: 'created', retry_count: 0 }]);
    expect(await one("select name, cron from pgboss.schedule where name = 'hourly'")).toEqual({ name: 'hourly', cron: '5 * * * *' });

    await startRunner([later.definition, hourly.definition]);
    await until(() => later.runs.length >= 1);
    expect(later.runs).toEqual([{ n: 1 }]);
    await until(async () => (await jobStates('later'))[0].state === 'completed');
    expect(await jobStates('later')).toEqual([{ state: 'completed', retry_count: 0 }]);
  });

  it('stops without leaving a connection or a timer behind', async () => {
    // Resources by type (TCPSocketWrap, Timeout…); ones left by earlier tests may go away meanwhile.
    const count = () => {
      const counts = new Map<string, number>();
      for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
      return counts;
    };
    const before = count();
    const nothingNew = () => [...count()].every(([type, n]) => n <= (before.get(type) ?? 0));
    const runner = await startRunner([recorder('noop', '* * * * *').definition]);
    await runner.enqueue('noop');
    expect(nothingNew()).toBe(false);
    await runner.stop();
    await until(nothingNew, 3000);
  });
});
