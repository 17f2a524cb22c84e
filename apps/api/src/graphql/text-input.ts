import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, GraphQLError, visit } from "graphql";
import { ErrorCode } from "../errors";
import { cannotBeStored, unstorableAt } from "../text";

// A string PostgreSQL cannot hold (text.ts) is the client's error: refused
// here, once, for every argument of every field (literal or variable),
// before anything runs. Cursors, decoded later, are checked where they are
// decoded (paging/cursor.ts).

function unstorableTextError(where: string, text: string): GraphQLError {
  const offset = unstorableAt(text);
  const what = text[offset] === "\u0000" ? "NUL (U+0000)" : "half a character (a lone surrogate)";
  return new GraphQLError(`${where} contains ${what} at offset ${offset}, which no text in Parley can hold`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 }, offset },
  });
}

/**
 * The path to the first string in `value` (the request's variables, parsed
 * JSON) that PostgreSQL cannot hold (text.ts), if any. Iterative: JSON nested 50,000 deep fits
 * in the 100 kB body limit, and must not overflow the stack.
 */
function findUnstorable(value: unknown): { path: string; text: string } | undefined {
  const pending: [unknown, string][] = [[value, ""]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === "string") {
      if (cannotBeStored(current)) return { path, text: current };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
    } else if (typeof current === "object" && current !== null) {
      for (const [key, item] of Object.entries(current)) pending.push([item, `${path}.${key}`]);
    }
  }
  return undefined;
}

/** What `unstorableLiteral` found in each document (null: nothing), so that a document asked again is not walked again. */
const literalsFound = new WeakMap<DocumentNode, { where: string; text: string } | null>();

function unstorableLiteral(document: DocumentNode): { where: string; text: string } | undefined {
  let found = literalsFound.get(document);
  if (found === undefined) literalsFound.set(document, (found = firstUnstorableLiteral(document) ?? null));
  return found ?? undefined;
}

function firstUnstorableLiteral(document: DocumentNode): { where: string; text: string } | undefined {
  let found: { where: string; text: string } | undefined;
  visit(document, {
    StringValue(node) {
      if (found === undefined && cannotBeStored(node.value))
        found = {
          where: node.loc ? `The string at ${node.loc.startToken.line}:${node.loc.startToken.column}` : "A string",
          text: node.value,
        };
    },
  });
  return found;
}

/** Refuses, as BAD_USER_INPUT, a request whose variables (those its operation declares) or string literals hold text PostgreSQL cannot store. */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const variables = request.variables ?? {};
          for (const definition of operation?.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            const found = findUnstorable(variables[name]);
            if (found !== undefined) throw unstorableTextError(`Variable "$${name}${found.path}"`, found.text);
          }
          const literal = unstorableLiteral(document);
          if (literal) throw unstorableTextError(literal.where, literal.text);
        },
      };
    },
  };
}
