// The wire contract between the server and the explorer: every answer's shape (zod), and the
// rules both sides apply — the year window and the entity-type palette. The server's HTTP tests
// validate its answers against these schemas; the client parses what it receives with them.
// Nothing here imports the server or the client.
export * from "./wire/common.ts";
export * from "./wire/answers.ts";
export * from "./wire/entity.ts";
export * from "./wire/meta.ts";
export * from "./wire/cypher.ts";
export * from "./wire/search.ts";
export * from "./wire/graph.ts";
export * from "./years.ts";
export * from "./palette.ts";
