import DataLoader from "dataloader";

/** A value now, or later: what a field resolver may return to graphql-js. */
export type MaybePromise<T> = T | Promise<T>;

/** Applies `map` to a value now, or to a promised one when it comes. */
export function then<T, U>(value: MaybePromise<T>, map: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(map) : map(value);
}

/**
 * A DataLoader that also hands out, without a promise, every value it has
 * been primed with or has loaded. A day's statement cards come primed from
 * one query; answering their fields synchronously keeps graphql-js on its
 * synchronous path, where a promise per field (thousands a day) cost it a
 * microtask, a `Promise.all` per object and the garbage of both.
 */
export class KnownLoader<K, V> extends DataLoader<K, V> {
  private readonly known: Map<K, V>;

  constructor(batch: DataLoader.BatchLoadFn<K, V>) {
    const known = new Map<K, V>();
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, index) => {
        const value = values[index];
        if (!(value instanceof Error) && !known.has(key)) known.set(key, value as V);
      });
      return values;
    });
    this.known = known;
  }

  /** The value for `key`: at once when it is known, else loaded with the rest of the batch. */
  get(key: K): MaybePromise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }

  override load(key: K): Promise<V> {
    return this.known.has(key) ? Promise.resolve(this.known.get(key) as V) : super.load(key);
  }

  // As DataLoader's own cache does, the first value given for a key stays. A known value is kept
  // here alone (load answers from it): DataLoader would wrap each in a promise, a day's thousands of rows.
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (value instanceof Error || isPromiseLike(value)) return super.prime(key, value);
    if (!this.known.has(key)) this.known.set(key, value);
    return this;
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof value === "object" && value !== null && "then" in value && typeof value.then === "function";
}
