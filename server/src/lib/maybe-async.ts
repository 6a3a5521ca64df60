/**
 * Values that may already be at hand. GraphQL resolves a field's value at once when it is not a
 * promise; in a page of 50 posts, every promise a field did not need costs an allocation and a
 * turn of the event loop, several times per post.
 */
export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | null)?.then === 'function';
}

/**
 * `fn(value)`, at once when the value is at hand. (Not named `then`: a module exporting `then`
 * is itself a thenable, and `await import()` of it would call it.)
 */
export function andThen<T, R>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return isPromise(value) ? value.then(fn) : fn(value);
}

/** A per-request memo whose settled entries answer synchronously. */
export class SettledMemo<T> {
  private readonly values = new Map<string, MaybePromise<T>>();

  get(key: string, compute: () => Promise<T>): MaybePromise<T> {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const pending = compute().then((value) => {
      this.values.set(key, value);
      return value;
    });
    this.values.set(key, pending);
    return pending;
  }
}
