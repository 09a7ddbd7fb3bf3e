// The graphs queries run over: small random property graphs written as one CREATE statement
// (run as-is on both engines), and the knowledge base of graph-data/, loaded into Neo4j by the
// store's loader and into the embedded engine the way the embedded store builds it.
import type { Prng } from "./prng.ts";
import { literal, type Lit } from "./literals.ts";
import type { PropType, Schema } from "./schema.ts";
import { loadKnowledgeBase } from "../../graph-data/load.ts";
import { ENTITY_LABEL, ENTITY_TYPES } from "../../graph-data/schema/index.ts";
import { toGraphRecords, type GraphRecords } from "../../server/store/records.ts";

export interface RandomGraph {
  kind: "random";
  /** One CREATE statement building the whole graph. */
  setup: string;
  schema: Schema;
}
export interface KbGraph {
  kind: "kb";
  records: GraphRecords;
  schema: Schema;
}
export type TestGraph = RandomGraph | KbGraph;

const NAMES = ["ann", "Bob", "cy", "dee", "", "ann b"];
const TAGS = ["x", "y", "z"];

export const RANDOM_SCHEMA_BASE = {
  labels: ["A", "B", "C"],
  relTypes: ["R", "S", "T"],
  nodeProps: { id: "string", num: "int", score: "float", name: "string", flag: "bool", tags: "list<string>" },
  relProps: { id: "string", w: "int", weight: "float", note: "string" },
} satisfies Omit<Schema, "nodeIds" | "strings">;

function value(rng: Prng, type: PropType): Lit {
  switch (type) {
    case "int":
      return BigInt(rng.int(-3, 6));
    case "float":
      return rng.pick([0.5, -1.5, 2.0, 3.25, 0.0, 10.0, -0.75]);
    case "string":
      return rng.pick(NAMES);
    case "bool":
      return rng.chance(0.5);
    case "list<string>":
      return Array.from({ length: rng.int(1, 3) }, () => rng.pick(TAGS));
    case "list<int>":
      return Array.from({ length: rng.int(1, 3) }, () => BigInt(rng.int(0, 4)));
  }
}

function propMap(rng: Prng, id: string, props: Record<string, PropType>, presence: number): string {
  const parts = [`id: ${literal(id)}`];
  for (const [k, t] of Object.entries(props))
    if (k !== "id" && rng.chance(presence)) parts.push(`${k}: ${literal(value(rng, t))}`);
  return `{${parts.join(", ")}}`;
}

/** A graph of 3–9 nodes and up to 14 relationships (self-loops and parallel ones included). */
export function randomGraph(rng: Prng): RandomGraph {
  const nodeCount = rng.int(3, 9);
  const relCount = rng.int(0, 14);
  const parts: string[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const labels = RANDOM_SCHEMA_BASE.labels.filter(() => rng.chance(0.4));
    parts.push(
      `(n${i}${labels.map((l) => `:${l}`).join("")} ${propMap(rng, `n${i}`, RANDOM_SCHEMA_BASE.nodeProps, 0.6)})`,
    );
  }
  for (let i = 0; i < relCount; i++) {
    const [a, b] = [rng.int(0, nodeCount - 1), rng.chance(0.1) ? -1 : rng.int(0, nodeCount - 1)];
    const type = rng.pick(RANDOM_SCHEMA_BASE.relTypes);
    const end = b < 0 ? a : b;
    parts.push(`(n${a})-[:${type} ${propMap(rng, `r${i}`, RANDOM_SCHEMA_BASE.relProps, 0.6)}]->(n${end})`);
  }
  return {
    kind: "random",
    setup: `CREATE ${parts.join(", ")}`,
    schema: {
      ...RANDOM_SCHEMA_BASE,
      nodeIds: Array.from({ length: nodeCount }, (_, i) => `n${i}`),
      strings: [...NAMES, ...TAGS],
    },
  };
}

const KB_NODE_PROPS: Record<string, PropType> = {
  id: "string",
  name: "string",
  nameFr: "string",
  subtype: "string",
  date: "string",
  aliases: "list<string>",
  mentions: "list<string>",
};
const KB_REL_PROPS: Record<string, PropType> = {
  id: "string",
  sector: "string",
  theme: "string",
  unit: "string",
  share: "float",
  amount: "float",
  year: "int",
  yearFrom: "int",
  sources: "list<string>",
};

/** The knowledge base with a schema naming its labels, types, properties and some of its values. */
export function kbGraph(): KbGraph {
  const records = toGraphRecords(loadKnowledgeBase());
  const sectors = new Set(records.relationships.map((r) => r.properties.sector).filter((s) => typeof s === "string"));
  const ids = ["russia", "kazakhstan", "china", ...records.nodes.filter((_, i) => i % 7 === 0).map((n) => n.id)];
  return {
    kind: "kb",
    records,
    schema: {
      labels: [ENTITY_LABEL, ...ENTITY_TYPES],
      relTypes: [...new Set(records.relationships.map((r) => r.type))].sort(),
      nodeProps: KB_NODE_PROPS,
      relProps: KB_REL_PROPS,
      nodeIds: [...new Set(ids)],
      strings: ["Russia", "Kazakhstan", "oil", ...sectors].map(String),
      big: true,
    },
  };
}
