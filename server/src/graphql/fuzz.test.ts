import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../test/hub';
import { createCommunity, REPLY, signUpAs, startThread } from '../../test/factories';
import { buildHubSchema } from './schema';

/**
 * Schema-driven fuzzing: every query and mutation of the schema, with hostile arguments drawn by
 * fast-check from a fixed seed, sent over HTTP as an anonymous visitor and as a member. Whatever
 * comes in, the hub answers with a GraphQL error or data: never a 5xx, never a stack trace, SQL or
 * a file path, never a private community's or a private question's text to someone outside it.
 * FUZZ_RUNS sets the number of operations (2,000 in CI; `npm run test:fuzz` sends 10,000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const SECRET = 'ZQXJ-segreto-del-comune';

let hub: TestHub;
let schema: GraphQLSchema;
let anonymous: TestClient;
let member: TestClient;
const knownIds: string[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  schema = await buildHubSchema();
  anonymous = hub.client();
  const owner = await signUpAs(hub, { displayName: 'Titolare Riservata' });
  const hidden = await createCommunity(owner.client, { visibility: 'PRIVATE', name: `Comunità ${SECRET}`, description: SECRET });
  const thread = await startThread(owner.client, hidden.id, { title: `Discussione ${SECRET}`, body: SECRET });
  await owner.client.request(REPLY, { input: { threadId: thread.id, body: `Risposta ${SECRET}` } });
  const asked = await owner.client.request<{ askQuestion: { id: string } }>(
    'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
    { i: { title: `Domanda ${SECRET}`, body: SECRET, visibility: 'PRIVATE', tags: [SECRET.slice(0, 20)] } },
  );
  knownIds.push(hidden.id, thread.id, asked.data!.askQuestion.id, owner.userId);
  // The member belongs to another comune and to no community: the secret is never theirs to read.
  member = (await signUpAs(hub, { istatCode: '015146', displayName: 'Curiosa Esterna' })).client;
}, 60_000);
afterAll(() => hub.close());

/** Hostile strings: empty, huge, control characters, NUL, lone surrogates, SQL and path fragments, look-alike ids. */
const hostileString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', "'; drop table app_user; --", '../../etc/passwd', '%_\\', '0', '-1', 'null'),
  fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', 'bz8xMDAwMDAwMDAwMDAw', 'k:[true]', 'o:-5', 'o:99999999999999999999'),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 2000 }),
  fc.constantFrom(...['community:', 'user:', 'thread:'].map((prefix) => `${prefix}x`)),
);
const hostileInt = fc.oneof(fc.constantFrom(0, -1, 1, 100, 101, 2147483647, -2147483648), fc.integer());

function valueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  const nullable = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: valueOf(type, depth) });
  return nullable;
}

function valueOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueFor(type.ofType, depth), { maxLength: depth > 1 ? 2 : 30 });
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value as string)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(type)) {
    if (depth > 2) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: [] });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return hostileInt;
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return fc.oneof(hostileString, fc.constantFrom(...knownIds));
      default:
        return hostileString;
    }
  }
  return fc.constant(null);
}

/** A selection of the scalars of a type, and of its object fields one level down. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const parts = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) return [field.name];
    if (isObjectType(named) && depth < 2) return [`${field.name} { ${selectionOf(named, depth + 1)} }`];
    return [];
  });
  return parts.length ? parts.join(' ') : '__typename';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((arg, i) => `$a${i}: ${arg.type.toString()}`);
  const args = field.args.map((arg, i) => `${arg.name}: $a${i}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ` { ${selectionOf(named, 0)} }` : '';
  const header = variables.length ? `(${variables.join(', ')})` : '';
  const call = args.length ? `(${args.join(', ')})` : '';
  return {
    query: `${kind} Fuzz${header} { ${field.name}${call}${selection} }`,
    variables: fc.tuple(...field.args.map((arg) => valueFor(arg.type, 0))).map((values) => Object.fromEntries(values.map((v, i) => [`a${i}`, v]))),
  };
}

// Mutations that end the member's session would stop the run from testing as a member.
const SKIPPED_MUTATIONS = new Set(['signOut', 'revokeSession']);

const LEAKS = [/\bat \S+ \(/, /\/work\/|node_modules|\.ts:\d+/, /\b(select|insert|update|delete)\b.+\b(from|into|set)\b/i, /stack/i];

describe('fuzzing every operation of the schema', () => {
  it(`answers ${RUNS} hostile operations cleanly, and leaks nothing private`, async () => {
    const query = schema.getQueryType()!;
    const mutation = schema.getMutationType()!;
    const operations = [
      ...Object.values(query.getFields()).map((field) => operationFor('query', field)),
      ...Object.values(mutation.getFields())
        .filter((field) => !SKIPPED_MUTATIONS.has(field.name))
        .map((field) => operationFor('mutation', field)),
    ];
    const cases = fc.tuple(fc.constantFrom(...operations.keys()), fc.boolean()).chain(([index, asMember]) =>
      operations[index].variables.map((variables) => ({ index, asMember, variables })),
    );
    const samples = fc.sample(cases, { numRuns: RUNS, seed: SEED });
    const failures: string[] = [];
    let answered = 0;
    let withData = 0;
    // A few at a time: the fuzzer should find bugs, not measure the machine.
    for (let i = 0; i < samples.length; i += 8) {
      await Promise.all(
        samples.slice(i, i + 8).map(async ({ index, asMember, variables }) => {
          const { query: text } = operations[index];
          const client = asMember ? member : anonymous;
          const response = await fetch(`${hub.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
            body: JSON.stringify({ query: text, variables }),
          });
          const body = await response.text();
          answered++;
          if (body.includes('"data":{')) withData++;
          const where = `${text.slice(0, 80)} ${JSON.stringify(variables).slice(0, 120)}`;
          if (response.status >= 500) failures.push(`${response.status}: ${where} -> ${body.slice(0, 200)}`);
          if (!body.startsWith('{')) failures.push(`not JSON: ${where} -> ${body.slice(0, 120)}`);
          for (const leak of LEAKS) if (leak.test(body)) failures.push(`leak ${leak}: ${where} -> ${body.slice(0, 200)}`);
          if (body.includes(SECRET)) failures.push(`private text: ${where}`);
        }),
      );
    }
    expect(answered).toBe(RUNS);
    // Not only refusals: some operations got through to the resolvers and answered with data.
    expect(withData).toBeGreaterThan(0);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);
});
