// pg-boss 10 rather than graphile-worker 0.16: it only polls, so it runs on one connection of the
// embedded PGlite (which never delivers NOTIFY between connections, while graphile-worker keeps one
// connection LISTENing), and its cron schedules live in a table that one process at a time turns
// into at most one job per tick for the whole cluster.
import { createHash } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';

export interface JobLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** What a job gets besides its payload. */
export interface JobContext {
  log: JobLog;
  /** One statement on the runner's own connections (there is no transaction across calls). */
  query<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface JobDefinition {
  /** Letters, digits, `-` and `_`; it names the queue and the schedule. */
  name: string;
  /** Cron in UTC, e.g. '17 * * * *': run once per tick for the whole cluster. */
  schedule?: string;
  /** A throw fails the attempt; pg-boss retries it (twice by default). */
  run(payload: unknown, context: JobContext): Promise<void>;
}

export interface EnqueueOptions {
  /** Not before this time. */
  runAt?: Date;
  /**
   * Idempotency key: while a job of the same name and key is queued, running, or finished less
   * than 12 hours ago (when pg-boss archives it), enqueueing it again does nothing.
   */
  key?: string;
}

export interface JobRunner {
  /** Queues a one-off run of a defined job. */
  enqueue(name: string, payload?: object, options?: EnqueueOptions): Promise<void>;
  /** Stops polling, lets running jobs finish (up to a few seconds), then closes the connections. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  connectionString: string;
  /**
   * Connections the runner may open. 1 is enough (nothing holds a connection between statements):
   * on the embedded database the ORM pool must leave that one free under pglite-socket's limit.
   */
  maxConnections: number;
  jobs: JobDefinition[];
  log: JobLog;
  /** How often each process looks for due jobs (default 2000, at least 500) and schedule ticks (the same, in whole seconds up to 30). */
  pollIntervalMs?: number;
}

const SCHEMA = 'pgboss';
const STOP_TIMEOUT_MS = 5000;
const DEADLOCK_DETECTED = '40P01';

/** Starts the workers and schedules of `jobs`, creating or migrating pg-boss's own schema first. */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { log, jobs } = options;
  const names = new Set(jobs.map((job) => job.name));
  if (names.size !== jobs.length) throw new Error('two job definitions have the same name');
  const pollSeconds = Math.max(0.5, (options.pollIntervalMs ?? 2000) / 1000);
  const cronSeconds = Math.max(1, Math.min(30, Math.round(pollSeconds)));

  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections, application_name: 'cantiere-jobs' });
  pool.on('error', (err) => log.error('job runner: idle connection failed', { err }));
  // Every statement and every running job, so that stop() ends the pool only once they are done:
  // a worker's poll in flight when pg-boss stops may still hand over a job.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const forget = () => inFlight.delete(work);
    work.then(forget, forget);
    return work;
  };
  const query: JobContext['query'] = (text, values) => track(pool.query(text, values));

  const boss = new PgBoss({
    db: { executeSql: (text, values) => query(text, values) },
    schema: SCHEMA,
    pollingIntervalSeconds: pollSeconds,
    cronMonitorIntervalSeconds: cronSeconds,
    cronWorkerIntervalSeconds: cronSeconds,
  });
  boss.on('error', (err) => log.error('job runner failed', { err }));

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      await boss.stop({ graceful: true, wait: true, close: false, timeout: STOP_TIMEOUT_MS });
      await settle(inFlight, deadline);
      await pool.end();
    })();
    return stopping;
  };

  try {
    await boss.start();
    for (const job of jobs) {
      await createQueue(boss, job.name);
      if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: 'UTC' });
      else await boss.unschedule(job.name);
      await boss.work(job.name, { pollingIntervalSeconds: pollSeconds, batchSize: 1 }, ([claimed]) =>
        track(runOne(job, claimed, { log, query })),
      );
    }
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }

  return {
    async enqueue(name, payload = {}, { runAt, key } = {}) {
      if (!names.has(name)) throw new Error(`no job is defined with the name ${name}`);
      if (stopping) throw new Error('the job runner is stopped');
      await boss.send(name, payload, { startAfter: runAt, id: key === undefined ? undefined : keyId(name, key) });
    },
    stop,
  };
}

async function runOne(job: JobDefinition, claimed: PgBoss.Job<unknown>, context: JobContext) {
  const fields = { job: job.name, jobId: claimed.id };
  const log: JobLog = {
    info: (msg, more) => context.log.info(msg, { ...fields, ...more }),
    error: (msg, more) => context.log.error(msg, { ...fields, ...more }),
  };
  try {
    await job.run(claimed.data, { ...context, log });
  } catch (err) {
    log.error('job failed', { err });
    throw err;
  }
}

/**
 * Two processes creating the same queue at once deadlock in pg-boss's create_queue (each
 * waits on the other's row in `queue` and on the partition's foreign key); the survivor has
 * created it, so the victim only has to check again.
 */
async function createQueue(boss: PgBoss, name: string) {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 3) throw error;
    }
  }
}

/** A stable job id for a name and key: pg-boss skips a job whose id is already in its table. */
function keyId(name: string, key: string): string {
  const hex = createHash('sha1').update(`${name}\n${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Waits until nothing is in flight, looking again after each turn of the event loop, or until the deadline. */
async function settle(inFlight: Set<Promise<unknown>>, deadline: number) {
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    const remaining = deadline - Date.now();
    if (inFlight.size === 0 || remaining <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...inFlight]),
      new Promise((resolve) => (timer = setTimeout(resolve, remaining))),
    ]);
    clearTimeout(timer);
  }
}
