import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, EntityName } from '@mikro-orm/core';
import { leanQuery, leanReader } from '../db/lean-rows';

/** Entities of one kind by id, one query per batch: how lists avoid one query per row. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
    return inOrder(ids, found);
  });
}

/** The same, as lean objects (see `leanReader`): for requests that only read. */
export function leanByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  const reader = leanReader(em, entity);
  return new DataLoader(async (ids) => {
    const rows = await leanQuery(em, `select ${reader.columns('x')} from "${reader.table}" x where x.id = any(?)`, [[...ids]]);
    return inOrder(ids, rows.map((row) => reader.read(row)));
  });
}

/** Rows found for `ids`, in the order of `ids`, null where one is missing. */
export function inOrder<T extends { id: string }>(ids: readonly string[], found: T[]): Array<T | null> {
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Objects read together with their parent (a post's author, a person's comune), set by `carry`. */
const carried = new WeakSet<object>();

/** Attaches a related object that the same statement read: resolving that field then costs no query and no promise. */
export function carry<P extends object, K extends keyof P>(parent: P, property: K, value: P[K] & object): void {
  parent[property] = value;
  carried.add(value);
}

/** A many-to-one as the parent holds it: the object itself when it was carried along, else loaded by its id. */
export function related<T extends { id: string }>(reference: { id: string }, loader: DataLoader<string, T | null>): T | Promise<T | null> {
  return carried.has(reference) ? (reference as T) : loader.load(reference.id);
}
