import path from "node:path";
import { readEnv } from "../src/env";

describe("the API's environment", () => {
  it("defaults to the embedded database under .data, on port 4000, for the web app on port 3000", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ API_PORT: 4000, WEB_ORIGIN: ["http://localhost:3000"] });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(path.resolve(__dirname, "..", "..", "..", ".data", "pglite"));
  });

  it("cancels SQL statements after 5 s unless DATABASE_STATEMENT_TIMEOUT_MS says otherwise (0: never)", () => {
    expect(readEnv({}).DATABASE_STATEMENT_TIMEOUT_MS).toBe(5000);
    expect(readEnv({ DATABASE_STATEMENT_TIMEOUT_MS: "250" }).DATABASE_STATEMENT_TIMEOUT_MS).toBe(250);
    expect(readEnv({ DATABASE_STATEMENT_TIMEOUT_MS: "0" }).DATABASE_STATEMENT_TIMEOUT_MS).toBe(0);
  });

  it("runs as production, with a 10 s request deadline, unless told otherwise", () => {
    expect(readEnv({})).toMatchObject({ NODE_ENV: "production", REQUEST_TIMEOUT_MS: 10_000 });
    expect(readEnv({ REQUEST_TIMEOUT_MS: "2500" }).REQUEST_TIMEOUT_MS).toBe(2_500);
  });

  it("allows the web app's origin on WEB_PORT when no WEB_ORIGIN is given, as `npm start` runs both", () => {
    expect(readEnv({ WEB_PORT: "3100" }).WEB_ORIGIN).toEqual(["http://localhost:3100"]);
    expect(readEnv({ WEB_PORT: "3100", WEB_ORIGIN: "https://a.example" }).WEB_ORIGIN).toEqual(["https://a.example"]);
  });

  it("keeps web sessions 12 hours unless SESSION_TTL_HOURS says otherwise, and refuses a lifetime that is not one", () => {
    expect(readEnv({}).SESSION_TTL_HOURS).toBe(12);
    expect(readEnv({ SESSION_TTL_HOURS: "0.5" }).SESSION_TTL_HOURS).toBe(0.5);
    for (const bad of ["0", "-1", "forever"]) expect(() => readEnv({ SESSION_TTL_HOURS: bad })).toThrow(/SESSION_TTL_HOURS/);
  });

  it("reads an empty variable as unset", () => {
    const env = readEnv({ DATABASE_URL: "", API_PORT: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.API_PORT).toBe(4000);
  });

  it("takes a PostgreSQL URL and a list of web origins", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://parley@db:5432/parley", WEB_ORIGIN: "https://a.example, https://b.example" });
    expect(env.DATABASE_URL).toBe("postgresql://parley@db:5432/parley");
    expect(env.WEB_ORIGIN).toEqual(["https://a.example", "https://b.example"]);
  });

  it.each([
    { API_PORT: "http" },
    { DATABASE_URL: "mysql://db/parley" },
    { SEED_IF_EMPTY: "yes" },
    { DATABASE_STATEMENT_TIMEOUT_MS: "5s" },
    { DATABASE_STATEMENT_TIMEOUT_MS: "-1" },
    { REQUEST_TIMEOUT_MS: "0" },
    { REQUEST_TIMEOUT_MS: "soon" },
  ])("refuses %j with a clear message", (bad) => {
    expect(() => readEnv(bad)).toThrow(/Invalid environment/);
  });
});
