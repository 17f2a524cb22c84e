// Node 20 has WebAssembly, but @types/node 20 does not declare it (only the DOM
// lib does); declare the part the schema engine loader uses.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
}
