import type { Operation } from "./collect-fields";
import type { TypeRead } from "./read-type";

/** A selection the read path does not compile; the operation is then executed by the resolvers. */
export class NotCompiled extends Error {
  constructor(readonly what: string) {
    super(`${what} does not compile`);
  }
}

/** One operation being compiled: what it reads against, the declarations by name, and fresh table aliases. */
export interface Compilation extends Operation {
  reads: Readonly<Record<string, TypeRead>>;
  nextAlias(): string;
}

export function readOf(compilation: Compilation, name: string): TypeRead {
  const read = compilation.reads[name];
  if (!read) throw new NotCompiled(name);
  return read;
}

/** The table a type's rows are found in by id, slug or a list: a type of computed values has none. */
export function tableOf(read: TypeRead): NonNullable<TypeRead["table"]> {
  if (!read.table) throw new NotCompiled(`${read.name} listed by itself`);
  return read.table;
}
