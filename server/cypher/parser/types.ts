// Type grammar of type predicates (`x IS :: INTEGER NOT NULL`, `x :: LIST<STRING> | MAP`): Neo4j 5's
// type names and their synonyms, normalised to one name each.
import type { TypeSpec } from "../ast.ts";
import type { Cursor } from "./cursor.ts";

/** Keyword sequences and the type they name, longest first where one is a prefix of another. */
const NAMES: [string[], string][] = [
  [["TIME", "WITHOUT", "TIME", "ZONE"], "LOCAL TIME"],
  [["TIME", "WITH", "TIME", "ZONE"], "ZONED TIME"],
  [["TIMESTAMP", "WITHOUT", "TIME", "ZONE"], "LOCAL DATETIME"],
  [["TIMESTAMP", "WITH", "TIME", "ZONE"], "ZONED DATETIME"],
  [["ANY", "PROPERTY", "VALUE"], "PROPERTY VALUE"],
  [["PROPERTY", "VALUE"], "PROPERTY VALUE"],
  [["LOCAL", "TIME"], "LOCAL TIME"],
  [["ZONED", "TIME"], "ZONED TIME"],
  [["LOCAL", "DATETIME"], "LOCAL DATETIME"],
  [["ZONED", "DATETIME"], "ZONED DATETIME"],
  [["SIGNED", "INTEGER"], "INTEGER"],
  [["ANY", "NODE"], "NODE"],
  [["ANY", "VERTEX"], "NODE"],
  [["ANY", "RELATIONSHIP"], "RELATIONSHIP"],
  [["ANY", "EDGE"], "RELATIONSHIP"],
  [["ANY", "MAP"], "MAP"],
  [["ANY", "VALUE"], "ANY"],
  ...(
    [
      ["NOTHING", "NOTHING"],
      ["NULL", "NULL"],
      ["BOOL", "BOOLEAN"],
      ["BOOLEAN", "BOOLEAN"],
      ["STRING", "STRING"],
      ["VARCHAR", "STRING"],
      ["INT", "INTEGER"],
      ["INTEGER", "INTEGER"],
      ["INTEGER64", "INTEGER"],
      ["INTEGER32", "INTEGER"],
      ["INTEGER16", "INTEGER"],
      ["INTEGER8", "INTEGER"],
      ["INT64", "INTEGER"],
      ["INT32", "INTEGER"],
      ["INT16", "INTEGER"],
      ["INT8", "INTEGER"],
      ["FLOAT", "FLOAT"],
      ["FLOAT64", "FLOAT"],
      ["FLOAT32", "FLOAT"],
      ["DATE", "DATE"],
      ["DURATION", "DURATION"],
      ["POINT", "POINT"],
      ["NODE", "NODE"],
      ["VERTEX", "NODE"],
      ["RELATIONSHIP", "RELATIONSHIP"],
      ["EDGE", "RELATIONSHIP"],
      ["MAP", "MAP"],
      ["PATH", "PATH"],
      ["PATHS", "PATH"],
    ] as const
  ).map(([w, n]): [string[], string] => [[w], n]),
];

function atom(c: Cursor): TypeSpec {
  let spec: TypeSpec;
  if (c.isKw("LIST") || c.isKw("ARRAY")) {
    c.next();
    c.expectOp("<");
    const inner = union(c);
    c.expectOp(">");
    spec = { k: "base", name: "LIST", notNull: false, inner };
  } else if (c.isKw("ANY") && c.isOp("<", 1)) {
    c.next();
    c.next();
    spec = union(c);
    c.expectOp(">");
  } else {
    const hit = NAMES.find(([words]) => words.every((w, i) => c.isKw(w, i)));
    if (!hit) {
      if (!c.eatKw("ANY")) return c.fail("a type name");
      spec = { k: "base", name: "ANY", notNull: false };
    } else {
      c.i += hit[0].length;
      spec = { k: "base", name: hit[1], notNull: false };
    }
  }
  if (c.eatKw("NOT", "NULL") || c.eatOp("!")) {
    if (spec.k === "union") spec = { k: "union", alts: spec.alts.map((a) => ({ ...a, notNull: true }) as TypeSpec) };
    else spec.notNull = true;
  }
  return spec;
}

function union(c: Cursor): TypeSpec {
  const alts = [atom(c)];
  while (c.eatOp("|")) alts.push(atom(c));
  return alts.length === 1 ? alts[0] : { k: "union", alts };
}

export const parseType = union;
