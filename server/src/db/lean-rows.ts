import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads for answering, not for writing: rows of an entity's table turned into plain objects
 * shaped like the entity (scalars under their property names, a many-to-one as `{ id }`), with
 * none of the ORM's tracking. Building tracked entities costs several times the CPU of the SQL
 * itself, and a read-only request writes nothing back.
 *
 * A lean object must never reach the EntityManager (as a filter value, a relation or an entity to
 * flush): use cases run on their own EntityManager and read managed entities there.
 */
export interface LeanReader<T> {
  /** `alias.column as "prefix.column", …` for the entity's eager columns. */
  columns(alias: string, prefix?: string): string;
  /** The object for a row read with `columns(alias, prefix)`. */
  read(row: Record<string, unknown>, prefix?: string): T;
  table: string;
}

interface Column {
  property: string;
  column: string;
  /** A many-to-one: read as `{ id }`. */
  reference: boolean;
  /** The ORM's connection leaves timestamps as text (its own hydration parses them): so does this reader. */
  date: boolean;
}

const readers = new Map<EntityClass<unknown>, LeanReader<unknown>>();

function columnsOf(meta: EntityMetadata): Column[] {
  const columns: Column[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.lazy || prop.fieldNames?.length !== 1) continue;
    const reference = prop.kind === ReferenceKind.MANY_TO_ONE;
    if (prop.kind !== ReferenceKind.SCALAR && !reference) continue;
    columns.push({ property: prop.name, column: prop.fieldNames[0], reference, date: prop.runtimeType === 'Date' });
  }
  return columns;
}

/** The lean reader of an entity, built once from its ORM metadata. */
export function leanReader<T>(em: EntityManager, entity: EntityClass<T>): LeanReader<T> {
  const known = readers.get(entity);
  if (known) return known as LeanReader<T>;
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  const columns = columnsOf(meta);
  // The row's keys under each prefix, worked out once rather than for every value of every row.
  const keysByPrefix = new Map<string, string[]>();
  const keysOf = (prefix: string) => {
    let keys = keysByPrefix.get(prefix);
    if (!keys) keysByPrefix.set(prefix, (keys = columns.map(({ column }) => prefix + column)));
    return keys;
  };
  const reader: LeanReader<T> = {
    table: meta.tableName,
    columns: (alias, prefix = '') => columns.map(({ column }) => `${alias}.${column} as "${prefix}${column}"`).join(', '),
    read(row, prefix = '') {
      const object: Record<string, unknown> = {};
      const keys = keysOf(prefix);
      for (let i = 0; i < columns.length; i++) {
        const { property, reference, date } = columns[i];
        const value = row[keys[i]] ?? null;
        if (value === null) object[property] = null;
        else if (reference) object[property] = { id: value };
        else object[property] = date && typeof value === 'string' ? new Date(value) : value;
      }
      return object as T;
    },
  };
  readers.set(entity, reader);
  return reader;
}

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/** `?` placeholders (the ORM's style, used across the code) as PostgreSQL's `$1, $2, …`. */
function positional(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const statementNames = new Map<string, string>();

/** ORM configurations whose connections share one server session, where a name prepared on one is seen by all. */
const sharedSessions = new WeakSet<object>();

/**
 * For the embedded database: its socket server carries every pool connection into one PGlite
 * session, so a statement named on one connection already exists on the next one, which does not
 * know it. There, lean reads send unnamed statements (planned each time).
 */
export function withoutNamedStatements(em: EntityManager): void {
  sharedSessions.add(em.config);
}

/** One name per statement text: PostgreSQL parses and plans it once per connection, not on every request. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `lean_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a read-only statement as a named prepared statement on a connection of the ORM's pool and
 * returns plain rows. The ORM writes the parameters into the SQL text, so PostgreSQL plans every
 * statement anew (3 ms for a feed page, more than running it); prepared, the plan is reused.
 * Parameters are `?`; a list is one array parameter (`x.id = any(?)`). The statement is logged
 * like the ORM's own, so the tests that count statements count these too. Inside a transaction
 * it runs on the transaction's connection, so a use case may read what it does not change as
 * lean rows; it never flushes the EntityManager's pending changes first (the ORM's own reads may).
 */
export async function leanQuery<R = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<R[]> {
  const text = positional(sql);
  // A transaction's knex client hands out the transaction's own connection.
  const knex = ((em.getTransactionContext() as { client?: unknown } | undefined)?.client ?? em.getKnex().client) as { acquireConnection(): Promise<PgClient>; releaseConnection(connection: PgClient): Promise<void> };
  const started = Date.now();
  const connection = await knex.acquireConnection();
  try {
    const name = sharedSessions.has(em.config) ? undefined : statementName(text);
    const { rows } = await connection.query({ name, text, values: params });
    em.config.getLogger().logQuery({ query: text, params, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows as R[];
  } catch (error) {
    em.config.getLogger().logQuery({ query: text, params, took: Date.now() - started, level: 'error' });
    throw em.getDriver().convertException(error as Error);
  } finally {
    await knex.releaseConnection(connection);
  }
}
