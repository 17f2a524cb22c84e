import { readFile } from "node:fs/promises";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm" with { "resolution-mode": "import" };
import { splitSqlStatements } from "./split-sql";

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
    const adapter = await connection;
    opened.push(adapter);
    // Migration scripts hold PL/pgSQL functions: run them a statement at a time, split where SQL splits.
    adapter.executeScript = async (script) => {
      for (const sql of splitSqlStatements(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
    };
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
