import { readFile } from "node:fs/promises";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm" with { "resolution-mode": "import" };

type SchemaEngineClass = typeof SchemaEngine;

let engineClass: Promise<SchemaEngineClass> | undefined;

/**
 * The engine arms 10 s timers (guards on its advisory lock) that it never
 * clears: left as they are, they keep a finished command alive for 10 s.
 * Its imports are wasm-bindgen shims named `__wbg_setTimeout_<hash>`; this
 * passes the engine timers that do not hold the process open.
 */
function withUnrefTimers(runtime: Record<string, unknown>): Record<string, unknown> {
  const imports = { ...runtime };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, milliseconds: number) => setTimeout(callback, milliseconds >>> 0).unref();
  }
  return imports;
}

/**
 * Prisma's schema engine, compiled to WebAssembly, running over a driver adapter.
 * Prisma's CLI would download a native engine to migrate; this works offline
 * and on PGlite, which no native engine can reach.
 *
 * The package is an ES module that imports its `.wasm` file, which Node 20
 * cannot do: instantiate it by hand, once per process (wasm-bindgen keeps a
 * single instance, and a second start fails).
 */
function loadSchemaEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = require.resolve("@prisma/schema-engine-wasm").replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const module = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": withUnrefTimers(runtime) });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine;
  })();
  return engineClass;
}

/**
 * `@prisma/adapter-pg` runs a migration script by splitting it at every ";"
 * and sending the pieces one at a time, each to whichever pooled connection is
 * free: a statement that holds a ";" (a function's body) arrives cut in two.
 * Prisma's own engine sends a script whole, as one simple query (one
 * connection, one implicit transaction); this makes the adapter do the same.
 * PGlite's adapter already runs a script whole.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pg = adapter as SqlDriverAdapter & {
    underlyingDriver?: () => { query?: (sql: string) => Promise<unknown> };
    onError?: (error: unknown) => never;
  };
  const driver = adapter.adapterName === "@prisma/adapter-pg" ? pg.underlyingDriver?.() : undefined;
  if (typeof driver?.query !== "function") return adapter;
  const query = driver.query.bind(driver);
  pg.executeScript = async (script: string) => {
    try {
      await query(script);
    } catch (error) {
      // The adapter's own conversion, so that the engine reports the database's message and code.
      if (pg.onError) pg.onError(error);
      throw error;
    }
  };
  return adapter;
}

/**
 * Runs `work` with a schema engine for the given Prisma schema over the given
 * adapter, then frees the engine and closes every connection it opened: the
 * engine holds a session-level advisory lock while migrating, and a pool left
 * open would make the next migrator wait for it.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string } | undefined,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const Engine = await loadSchemaEngineClass();
  const opened: SqlDriverAdapter[] = [];
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = runScriptsWhole(await connection);
    opened.push(adapter);
    return adapter;
  };
  const trackingFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const ignoreLogs = () => undefined;
  const engine = await Engine.new(
    { datamodels: schema ? [[schema.path, schema.content]] : undefined },
    ignoreLogs,
    bindMigrationAwareSqlAdapterFactory(trackingFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
