import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;

/** A window of an ordered list: cursors are opaque positions in that order. */
export interface Window {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'o:';

function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const position = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(position) || position < 0) {
    throw badInput('after', 'invalid', 'Invalid cursor');
  }
  return position;
}

/** Turns `first`/`after` into an offset and limit, rejecting sizes outside 1..100. */
export function windowOf(first: number | null | undefined, after: string | null | undefined, defaultSize = 20): Window {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput('first', 'outOfRange', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/** Wraps one page of rows (already offset and limited) as a connection. */
export function connectionOf<T>(rows: T[], window: Window, totalCount: number): ConnectionShape<T> {
  const edges = rows.map((node, index) => ({ node, cursor: encodeCursor(window.offset + index) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A page of a list that live updates reorder (threads by last activity, notifications, the queue):
 * the cursor holds the sort key of the last row seen, not a position, so "load more" after a
 * change neither repeats nor skips a row.
 */
export interface KeysetWindow {
  /** The sort key after which the page starts; null for the first page. */
  after: Array<string | number | boolean> | null;
  limit: number;
}

const KEYSET_PREFIX = 'k:';

function encodeKey(key: Array<string | number | boolean | Date>): string {
  const plain = key.map((value) => (value instanceof Date ? value.toISOString() : value));
  return Buffer.from(`${KEYSET_PREFIX}${JSON.stringify(plain)}`).toString('base64url');
}

function decodeKey(cursor: string, length: number): Array<string | number | boolean> {
  const invalid = () => badInput('after', 'invalid', 'Invalid cursor');
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!decoded.startsWith(KEYSET_PREFIX)) throw invalid();
  let key: unknown;
  try {
    key = JSON.parse(decoded.slice(KEYSET_PREFIX.length));
  } catch {
    throw invalid();
  }
  const plain = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value) && String(value).length <= 100;
  if (!Array.isArray(key) || key.length !== length || !key.every(plain)) throw invalid();
  return key as Array<string | number | boolean>;
}

/** Turns `first`/`after` into a keyset window over a sort key of `keyLength` columns. */
export function keysetWindowOf(first: number | null | undefined, after: string | null | undefined, keyLength: number, defaultSize = 20): KeysetWindow {
  const { limit } = windowOf(first, null, defaultSize);
  return { after: after ? decodeKey(after, keyLength) : null, limit };
}

/**
 * Wraps rows read with `limit + 1` (the extra row only tells that more follow) as a connection
 * whose cursors are each row's sort key.
 */
export function keysetConnectionOf<T>(
  rows: T[],
  window: KeysetWindow,
  keyOf: (row: T) => Array<string | number | boolean | Date>,
  totalCount: number,
): ConnectionShape<T> {
  const page = rows.slice(0, window.limit);
  const edges = page.map((node) => ({ node, cursor: encodeKey(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The rows after a keyset window's cursor for lists ordered by (createdAt, id), both ascending or
 * both descending: a MikroORM filter to combine with the list's own with `$and`.
 */
export function afterCreated(window: KeysetWindow, order: 'asc' | 'desc'): Record<string, unknown> {
  if (!window.after) return {};
  const [createdAt, id] = window.after;
  const beyond = order === 'asc' ? '$gt' : '$lt';
  return { $or: [{ createdAt: { [beyond]: createdAt } }, { createdAt, id: { [beyond]: id } }] };
}
