// Shared by every package's jest.config.js. @swc/jest compiles TypeScript
// about twice as fast as ts-jest here, and keeps the decorator metadata
// type-graphql reads (esbuild-based runners drop it).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        // Keep import() as is: PGlite and Prisma's schema engine load ES modules with it.
        module: { type: "commonjs", ignoreDynamic: true },
      },
    ],
  },
  // Each test file starts its own database and server; two at a time suits a 2-core machine.
  maxWorkers: 2,
  testTimeout: 60_000,
};
