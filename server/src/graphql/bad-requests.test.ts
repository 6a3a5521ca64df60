import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../test/hub';
import { signUpAs } from '../../test/factories';
import { PUBLIC_ERROR_CODES } from '../errors';
import { QUERY_LIMITS } from './server';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface Answer {
  status: number;
  contentType: string;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
}

async function send(hub: TestHub, init: { method?: string; body?: string; headers?: Record<string, string>; search?: string }): Promise<Answer> {
  const response = await fetch(`${hub.url}/graphql${init.search ?? ''}`, {
    method: init.method ?? 'POST',
    headers: init.headers,
    body: init.body,
  });
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text);
  } catch {
    // Asserted below: the answer must be JSON.
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, body };
}

const json = (accept?: string) => ({ 'content-type': 'application/json', ...(accept ? { accept } : {}) });
const operation = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

/** A GraphQL error in the closed set of codes, as JSON, with nothing of the server's insides. */
function expectCleanError(answer: Answer, expected: { status: number; code?: string; reason?: string }) {
  expect(answer.status, answer.text).toBe(expected.status);
  expect(answer.contentType).toMatch(/^application\/(json|graphql-response\+json); charset=utf-8$/);
  expect(answer.text).not.toMatch(/<html|<!doctype/i);
  expect(answer.text).not.toMatch(/stack|node_modules|\/(work|tmp|home|root|usr|opt|srv|app)\/|\bat \S+ \(|\.[cm]?[jt]s:\d+/i);
  const [error] = answer.body.errors ?? [];
  expect(error, answer.text).toBeDefined();
  expect(PUBLIC_ERROR_CODES).toContain(error.extensions?.code);
  if (expected.code) expect(error.extensions?.code).toBe(expected.code);
  if (expected.reason) expect(error.extensions?.reason).toBe(expected.reason);
  return error;
}

function nestedQuery(levels: number): string {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Query") { fields { type { ${selection} } } } }`;
}

/** Operations refused before execution, with what the message must say. */
const REFUSED_OPERATIONS: Array<{ name: string; query: string; variables?: Record<string, unknown>; message: RegExp; reason: string }> = [
  { name: 'a syntax error', query: '{ municipalities( ', message: /syntax/i, reason: 'invalidQuery' },
  { name: 'an unknown field', query: '{ nope }', message: /nope/, reason: 'invalidQuery' },
  { name: 'a query deeper than the limit', query: nestedQuery(QUERY_LIMITS.maxDepth + 2), message: /depth/i, reason: 'invalidQuery' },
  {
    name: 'more aliases than the limit',
    query: `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: provinces { code }`).join(' ')} }`,
    message: /alias/i,
    reason: 'invalidQuery',
  },
  {
    name: `more than ${QUERY_LIMITS.maxTokens} tokens`,
    query: `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`,
    message: /tokens/i,
    reason: 'invalidQuery',
  },
  {
    name: 'more directives than the limit',
    query: `{ __typename ${'@include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)}}`,
    message: /directive/i,
    reason: 'invalidQuery',
  },
  {
    name: 'nested pages past the cost limit',
    query: `query($n: Int) { communities(first: $n) { edges { node { threads(first: $n) { edges { node { posts(first: $n) { edges { node { body } } } } } } } } } }`,
    variables: { n: 100 },
    message: /expensive/i,
    reason: 'tooExpensive',
  },
  { name: 'a variable of the wrong type', query: 'query($n: Int) { municipalities(first: $n) { totalCount } }', variables: { n: 'ten' }, message: /\$n/, reason: '' },
];

describe.each(['development', 'test', 'production'])('bad requests in %s mode', (mode) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ NODE_ENV: mode });
  });
  afterAll(() => hub.close());

  it.each(REFUSED_OPERATIONS)('refuses $name: 400 for graphql-response+json, 200 for application/json, no SQL', async ({ query, variables, message, reason }) => {
    hub.resetSqlLog();
    const strict = await send(hub, { body: operation(query, variables), headers: json(`${GRAPHQL_RESPONSE}, application/json;q=0.9`) });
    const error = expectCleanError(strict, { status: 400, code: 'BAD_USER_INPUT', ...(reason ? { reason } : {}) });
    expect(strict.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(error.message).toMatch(message);
    expect(strict.body).not.toHaveProperty('data');

    const legacy = await send(hub, { body: operation(query, variables), headers: json('application/json') });
    expectCleanError(legacy, { status: 200, code: 'BAD_USER_INPUT' });
    expect(legacy.contentType).toMatch(/^application\/json/);
    expect(legacy.body).not.toHaveProperty('data');

    const noAccept = await send(hub, { body: operation(query, variables), headers: json() });
    expectCleanError(noAccept, { status: 200, code: 'BAD_USER_INPUT' });
    expect(hub.sql).toEqual([]);
  });

  it('answers malformed JSON with 400 and a GraphQL error', async () => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json', undefined]) {
      const answer = await send(hub, { body: '{"query": "{ provinces { code } }"', headers: json(accept) });
      expectCleanError(answer, { status: 400, code: 'BAD_USER_INPUT', reason: 'invalidJson' });
    }
  });

  it('answers a body over the limit with 413 and a GraphQL error', async () => {
    const body = operation(`{ provinces { code } } # ${'x'.repeat(200_000)}`);
    expectCleanError(await send(hub, { body, headers: json() }), { status: 413, code: 'BAD_USER_INPUT', reason: 'tooLarge' });
  });

  it('answers a body in another charset with 415 and a GraphQL error', async () => {
    for (const charset of ['latin1', 'iso-8859-1', 'windows-1252']) {
      const answer = await send(hub, { body: operation('{ provinces { code } }'), headers: { 'content-type': `application/json; charset=${charset}` } });
      expectCleanError(answer, { status: 415, code: 'BAD_USER_INPUT', reason: 'unsupportedCharset' });
    }
  });

  it('answers a body in an unknown content encoding with 415 and a GraphQL error', async () => {
    const answer = await send(hub, { body: operation('{ provinces { code } }'), headers: { ...json(), 'content-encoding': 'x-unknown' } });
    expectCleanError(answer, { status: 415, code: 'BAD_USER_INPUT', reason: 'unsupportedEncoding' });
  });

  it('answers requests that are not GraphQL over HTTP with 4xx and JSON, whatever they accept', async () => {
    expectCleanError(await send(hub, { body: JSON.stringify({ qeury: '{ __typename }' }), headers: json('application/json') }), { status: 400 });
    expectCleanError(await send(hub, { body: JSON.stringify({ query: 42 }), headers: json('application/json') }), { status: 400 });
    expectCleanError(await send(hub, { body: '[1, 2]', headers: json('application/json') }), { status: 400 });
    // A browser opening /graphql gets JSON, not Apollo's landing page.
    const page = await send(hub, { method: 'GET', headers: { accept: 'text/html' } });
    expectCleanError(page, { status: 400 });
    const get = await send(hub, { method: 'GET', search: '?query=%7B', headers: { 'apollo-require-preflight': 'true' } });
    expectCleanError(get, { status: 200, code: 'BAD_USER_INPUT', reason: 'invalidQuery' });
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await fetch(`${hub.url}/nowhere/at/all`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: 'Not found' });
  });

  it('answers a malformed address with a short JSON error', async () => {
    const response = await fetch(`${hub.url}/assets/%E0%A4%A`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    expect(text).not.toMatch(/<html|stack|node_modules|\/(work|tmp)\//i);
  });
});

describe('arguments checked before any SQL', () => {
  let hub: TestHub;
  let client: Awaited<ReturnType<typeof signUpAs>>['client'];
  beforeAll(async () => {
    hub = await startTestHub();
    ({ client } = await signUpAs(hub));
  });
  afterAll(() => hub.close());

  /** Asks as a signed-in viewer: even the session lookup must not run for a refused argument. */
  async function refused(query: string, variables: Record<string, unknown> = {}) {
    hub.resetSqlLog();
    const answer = await client.request(query, variables);
    expect(hub.sql, 'SQL before the refusal').toEqual([]);
    expect(answer.status).toBe(200);
    expect(answer.data ?? null).toBeNull();
    const [error] = answer.errors ?? [];
    expect(error, JSON.stringify(answer)).toBeDefined();
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    return error;
  }

  it.each([
    ['a thread', '{ thread(id: "nope") { id } }', 'id'],
    ['a FAQ entry', '{ faqEntry(id: "42") { id } }', 'id'],
    ['a community in a search', '{ search(query: "bilancio", communityId: "x") { totalCount } }', 'communityId'],
    ['a thread inside an input', 'mutation { reply(input: { threadId: "1", body: "ciao" }) { id } }', 'input.threadId'],
  ])('refuses an id that is not a UUID (%s), naming the argument', async (_what, query, field) => {
    const error = await refused(query);
    expect(error.extensions).toMatchObject({ field, reason: 'invalid' });
  });

  it('names the item of a list of ids', async () => {
    const error = await refused('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [randomUUID(), 'bad'] });
    expect(error.extensions).toMatchObject({ field: 'ids.1', reason: 'invalid' });
  });

  it('refuses a null variable for a non-null argument as a whole, before the other fields run without the viewer', async () => {
    // A default lets a nullable variable stand for a non-null argument; an explicit null still may not.
    const error = await refused(`query($id: ID = "${randomUUID()}") { me { id } thread(id: $id) { id } }`, { id: null });
    expect(error.path).toEqual(['thread']);
    expect(error.message).toMatch(/"id"/);
  });

  it('refuses variables of the wrong type without looking the viewer up', async () => {
    hub.resetSqlLog();
    const answer = await client.request('query($n: Int) { me { id } municipalities(first: $n) { totalCount } }', { n: 'dieci' });
    expect(answer.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(answer.data).toBeUndefined();
    expect(hub.sql).toEqual([]);
  });

  it('lets a well-formed id through to the resolver', async () => {
    const answer = await client.request('query($id: ID!) { thread(id: $id) { id } }', { id: randomUUID() });
    expect(answer.errors![0].extensions!.code).toBe('NOT_FOUND');
    const comune = await client.request('{ municipality(istatCode: "016226") { name } }');
    expect(comune.data).toEqual({ municipality: { name: 'Valleve' } });
  });

  it('refuses a cursor the hub did not issue, and takes one it did', async () => {
    for (const after of ['zzz', 'not a cursor', Buffer.from('o:-1').toString('base64url'), Buffer.from('k:{').toString('base64url')]) {
      const error = await refused('query($after: String) { municipalities(after: $after) { totalCount } }', { after });
      expect(error.extensions).toMatchObject({ field: 'after', reason: 'invalid' });
    }
    const first = await client.request('{ municipalities(first: 2) { pageInfo { endCursor } } }');
    const next = await client.request('query($after: String) { municipalities(first: 2, after: $after) { edges { node { name } } } }', {
      after: first.data!.municipalities.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data!.municipalities.edges).toHaveLength(2);
  });

  it.each([
    ['a theme not in the list', '{ communities(theme: "CALCIO") { totalCount } }', 'theme', 'invalid'],
    ['a province that is not two letters', '{ municipalities(province: "BGX") { totalCount } }', 'province', 'invalid'],
    ['a page of 0', '{ municipalities(first: 0) { totalCount } }', 'first', 'outOfRange'],
    ['a page of 101', '{ municipalities(first: 101) { totalCount } }', 'first', 'outOfRange'],
    ['a page of 101 in a nested list', '{ helpDesk { threads(first: 101) { totalCount } } }', 'first', 'outOfRange'],
  ])('refuses %s, naming the argument', async (_what, query, field, reason) => {
    const error = await refused(query);
    expect(error.extensions).toMatchObject({ field, reason });
  });

  it.each([
    ['a NUL in a variable', { search: 'ber\u0000gamo' }],
    ['an unpaired high surrogate in a variable', { search: 'ber\ud800gamo' }],
    ['an unpaired low surrogate in a variable', { search: '\udc00bergamo' }],
    ['a high surrogate at the end', { search: 'bergamo\ud83d' }],
  ])('refuses %s, naming the argument', async (_what, variables) => {
    const error = await refused('query($search: String) { municipalities(search: $search) { totalCount } }', variables);
    expect(error.extensions).toMatchObject({ field: 'search', reason: 'invalidCharacters' });
  });

  it('refuses a NUL written in the query as an escape', async () => {
    const error = await refused('{ municipalities(search: "ber\\u0000gamo") { totalCount } }');
    expect(error.extensions).toMatchObject({ field: 'search', reason: 'invalidCharacters' });
  });

  it('refuses a NUL or a lone surrogate deep in an input, naming its path', async () => {
    const reply = 'mutation($input: ReplyInput!) { reply(input: $input) { id } }';
    const nul = await refused(reply, { input: { threadId: randomUUID(), body: 'ciao\u0000' } });
    expect(nul.extensions).toMatchObject({ field: 'input.body', reason: 'invalidCharacters' });
    const surrogate = await refused(reply, { input: { threadId: randomUUID(), body: 'ciao \udfff' } });
    expect(surrogate.extensions).toMatchObject({ field: 'input.body', reason: 'invalidCharacters' });
  });

  it('refuses a lone surrogate typed raw into the query text as a syntax error', async () => {
    hub.resetSqlLog();
    const answer = await client.request('{ municipalities(search: "ber\ud800gamo") { totalCount } }');
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalidQuery' });
    expect(hub.sql).toEqual([]);
  });

  it('accepts text with characters outside the BMP and accents', async () => {
    const answer = await client.request('query($search: String) { municipalities(search: $search) { totalCount } }', { search: 'Bèrgamo 🏔️' });
    expect(answer.errors).toBeUndefined();
  });
});
