import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../test/hub';

const started: TestHub[] = [];
afterEach(async () => {
  // A hub whose database was taken away may fail to close cleanly: that is not what is tested here.
  await Promise.all(started.splice(0).map((hub) => hub.close().catch(() => undefined)));
});

async function start(): Promise<TestHub> {
  const hub = await startTestHub();
  started.push(hub);
  return hub;
}

async function probe(hub: TestHub, path: '/healthz' | '/readyz') {
  const response = await fetch(`${hub.url}${path}`);
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() };
}

describe('health probes', () => {
  it('answer 200 on /healthz and /readyz when the database answers and every migration is applied', async () => {
    const hub = await start();
    expect(await probe(hub, '/healthz')).toEqual({ status: 200, cache: 'no-store', body: { ok: true } });
    expect(await probe(hub, '/readyz')).toEqual({ status: 200, cache: 'no-store', body: { ready: true } });
  });

  it('answer 503 on /readyz while a migration is pending, and 200 again once it is applied', async () => {
    const hub = await start();
    const em = hub.orm.em.fork();
    const [last] = await em.execute('select id, name, executed_at from mikro_orm_migrations order by id desc limit 1');
    await em.execute('delete from mikro_orm_migrations where id = ?', [last.id]);
    expect(await probe(hub, '/readyz')).toEqual({
      status: 503,
      cache: 'no-store',
      body: { ready: false, reason: 'migrationsPending', pending: 1 },
    });
    expect((await probe(hub, '/healthz')).status).toBe(200);
    await em.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [last.id, last.name, last.executed_at]);
    expect((await probe(hub, '/readyz')).status).toBe(200);
  });

  it('answer 503 on /readyz when the database is gone, while /healthz still answers 200', async () => {
    const hub = await start();
    expect((await probe(hub, '/readyz')).status).toBe(200);
    // Stops the embedded server, or drops the PostgreSQL database and its connections.
    await hub.database.close();
    const startedAt = Date.now();
    expect(await probe(hub, '/readyz')).toEqual({ status: 503, cache: 'no-store', body: { ready: false, reason: 'databaseUnavailable' } });
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(await probe(hub, '/healthz')).toEqual({ status: 200, cache: 'no-store', body: { ok: true } });
  });
});
