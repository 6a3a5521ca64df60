import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../test/hub';
import { signUpAs } from '../../test/factories';
import { QUERY_LIMITS } from './server';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

/** A type lookup nested `levels` deep: valid GraphQL whose only cost is its depth. */
function nestedQuery(levels: number): string {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Query") { fields { type { ${selection} } } } }`;
}

describe('query limits', () => {
  it('refuses a too-deep query before any SQL runs, even for a signed-in viewer', async () => {
    const { client } = await signUpAs(hub);
    hub.resetSqlLog();
    const result = await client.request(nestedQuery(QUERY_LIMITS.maxDepth + 2));
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalidQuery' });
    expect(result.errors![0].message).toMatch(/depth/i);
    expect(result.data).toBeUndefined();
    expect(hub.sql).toEqual([]);
  });

  it('accepts a nested query within the limit', async () => {
    const result = await hub.client().request(nestedQuery(QUERY_LIMITS.maxDepth - 4));
    expect(result.errors).toBeUndefined();
  });

  it('accepts the standard introspection query that developer tools send', async () => {
    const result = await hub.client().request(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses more aliases than allowed', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: provinces { code }`).join(' ');
    hub.resetSqlLog();
    const result = await hub.client().request(`{ ${aliases} }`);
    expect(result.errors![0].message).toMatch(/alias/i);
    expect(hub.sql).toEqual([]);
  });

  it('refuses nested lists whose pages multiply past the cost limit, page sizes given as variables', async () => {
    const { client } = await signUpAs(hub);
    const nested = `query($n: Int) { communities(first: $n) { edges { node { name
      threads(first: $n) { edges { node { title posts(first: $n) { edges { node { body } } } } } } } } } }`;
    hub.resetSqlLog();
    const refused = await client.request(nested, { n: 100 }, { accept: 'application/graphql-response+json' });
    expect(refused.status).toBe(400);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'tooExpensive' });
    expect(hub.sql).toEqual([]);
    const small = await client.request(nested, { n: 3 });
    expect(small.errors).toBeUndefined();
  });

  it('answers a malformed query with BAD_USER_INPUT', async () => {
    const result = await hub.client().request('{ municipalities( ');
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalidQuery' });
  });
});

describe('cross-site request forgery', () => {
  it('refuses a simple form-like POST that a browser would send without preflight', async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a GET query without a preflight-forcing header', async () => {
    const response = await fetch(`${hub.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});

describe('introspection', () => {
  it('is on outside production', async () => {
    const result = await hub.client().request('{ __schema { queryType { name } } }');
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is off in production', async () => {
    const production = await startTestHub({ NODE_ENV: 'production' });
    try {
      const result = await production.client().request('{ __schema { queryType { name } } }');
      expect(result.errors![0].message).toMatch(/introspection/i);
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    } finally {
      await production.close();
    }
  });
});

describe('error masking', () => {
  it('answers a failure inside the server as INTERNAL_SERVER_ERROR with a request id and no internals', async () => {
    const broken = await startTestHub();
    try {
      await broken.orm.em.fork().execute('drop table organization cascade');
      const response = await broken.client().request('{ municipalities(search: "berg") { totalCount } }');
      const [error] = response.errors!;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
      expect(error.message).toBe('Internal server error');
      expect(JSON.stringify(response)).not.toMatch(/organization|select|relation|stack/i);
    } finally {
      await broken.close();
    }
  });
});
