/**
 * A small, fast, seeded random source (sfc32), so that the same options make
 * the same data: a benchmark run on another machine reads the same rows.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A 32-bit unsigned integer. */
  nextUint32(): number {
    const a = this.a,
      b = this.b,
      c = this.c,
      d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = ((c << 21) | (c >>> 11)) + t;
    this.c |= 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** A new generator seeded from this one: for streams that must not shift when another changes. */
  fork(salt: number): Random {
    return new Random((this.nextUint32() ^ Math.imul(salt, 0x85ebca6b)) >>> 0);
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

/**
 * Draws items with Zipf-like weights (the item at rank r weighs 1 / r^exponent),
 * the way word and name frequencies fall off in real text.
 */
export class Zipf<T> {
  private readonly cumulative: Float64Array;

  constructor(
    readonly items: readonly T[],
    exponent: number,
  ) {
    if (items.length === 0) throw new Error("Zipf needs at least one item");
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let rank = 0; rank < items.length; rank++) {
      total += 1 / Math.pow(rank + 1, exponent);
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < items.length; rank++) this.cumulative[rank]! /= total;
  }

  /** The share of draws that give the item at `rank` (0-based). */
  share(rank: number): number {
    return this.cumulative[rank]! - (rank === 0 ? 0 : this.cumulative[rank - 1]!);
  }

  draw(random: Random): T {
    const x = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < x) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }
}

const hex: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/**
 * A UUID version 7 (as the schema's `uuid(7)` default makes) whose time is
 * `millis` and whose random bits come from `random`: ids sort by when the row
 * was recorded, and the same seed gives the same ids.
 */
export function uuid7(random: Random, millis: number): string {
  const high = Math.floor(millis / 0x1000000);
  const low = millis % 0x1000000;
  const r1 = random.nextUint32();
  const r2 = random.nextUint32();
  const r3 = random.nextUint32();
  return (
    hex[(high >>> 16) & 0xff]! +
    hex[(high >>> 8) & 0xff]! +
    hex[high & 0xff]! +
    hex[(low >>> 16) & 0xff]! +
    "-" +
    hex[(low >>> 8) & 0xff]! +
    hex[low & 0xff]! +
    "-" +
    hex[0x70 | ((r1 >>> 24) & 0x0f)]! +
    hex[(r1 >>> 16) & 0xff]! +
    "-" +
    hex[0x80 | ((r1 >>> 8) & 0x3f)]! +
    hex[r1 & 0xff]! +
    "-" +
    hex[(r2 >>> 24) & 0xff]! +
    hex[(r2 >>> 16) & 0xff]! +
    hex[(r2 >>> 8) & 0xff]! +
    hex[r2 & 0xff]! +
    hex[(r3 >>> 24) & 0xff]! +
    hex[(r3 >>> 16) & 0xff]!
  );
}
