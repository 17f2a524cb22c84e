import { KnownLoader } from "../src/services/known-loader";

/** A loader of squares that records the batches it was asked for. */
function squares() {
  const batches: number[][] = [];
  const loader = new KnownLoader<number, number>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => key * key);
  });
  return { loader, batches };
}

describe("KnownLoader", () => {
  it("answers a primed key at once, from get and from load, without a batch", async () => {
    const { loader, batches } = squares();
    loader.prime(3, 9);
    expect(loader.get(3)).toBe(9);
    expect(await loader.load(3)).toBe(9);
    expect(await loader.loadMany([3])).toEqual([9]);
    expect(batches).toEqual([]);
  });

  it("batches what it does not know, then answers it at once", async () => {
    const { loader, batches } = squares();
    loader.prime(1, 1);
    const pending = [loader.get(2), loader.get(4)];
    expect(pending.every((value) => value instanceof Promise)).toBe(true);
    expect(await Promise.all(pending)).toEqual([4, 16]);
    expect(loader.get(4)).toBe(16);
    expect(batches).toEqual([[2, 4]]);
  });

  it("keeps the first value given for a key, and forgets it when cleared", async () => {
    const { loader, batches } = squares();
    loader.prime(5, 24).prime(5, 26);
    expect(loader.get(5)).toBe(24);
    loader.clear(5);
    expect(await loader.get(5)).toBe(25);
    expect(batches).toEqual([[5]]);
  });

  it("hands a primed error to whoever loads the key", async () => {
    const { loader, batches } = squares();
    loader.prime(7, new Error("gone"));
    await expect(loader.get(7)).rejects.toThrow("gone");
    expect(batches).toEqual([]);
  });
});
