// Stands in for the `server-only` package in tests (see vitest.config.ts): the real one throws
// when imported outside a React server build, and the tests are the server here.
export {};
