// The package's "exports" map gives no "types" condition, so TypeScript's bundler resolution
// misses its own declarations; this re-exports them from the path the map does expose.
declare module "@neo4j-cypher/react-codemirror" {
  export * from "@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts";
}
