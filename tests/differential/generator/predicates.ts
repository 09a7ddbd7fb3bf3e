// Boolean expressions about the graph: label tests, pattern predicates (`(n)-->()`,
// `exists((n)-[:R]->())`), EXISTS subqueries, relationship type and endpoint tests, node
// equality, and quantifiers over lists.
import { deeper, fresh, varsOf, withVar, type Gen } from "./context.ts";
import { quantifier } from "./collections.ts";
import { expr } from "./expressions.ts";
import { patternText } from "./patterns.ts";

export function graphPredicate(g: Gen): string | undefined {
  const nodes = varsOf(g, "node"),
    rels = varsOf(g, "rel");
  const d = deeper(g);
  const options: (() => string | undefined)[] = [
    () => quantifier(d),
    () => (nodes.length ? `${g.rng.pick(nodes)}:${g.rng.pick(g.schema.labels)}` : undefined),
    () => (nodes.length ? patternText(d, g.rng.pick(nodes), undefined, true) : undefined),
    () => (nodes.length ? `exists(${patternText(d, g.rng.pick(nodes), undefined, true)})` : undefined),
    () => (nodes.length ? `NOT exists(${patternText(d, g.rng.pick(nodes), undefined, false)})` : undefined),
    () => {
      if (!nodes.length) return undefined;
      if (g.rng.chance(0.5)) return `EXISTS { ${patternText(d, g.rng.pick(nodes), undefined, true)} }`;
      const m = fresh(g, "m");
      const inner = withVar(d, m, "node");
      return `EXISTS { MATCH ${patternText(d, g.rng.pick(nodes), m, false)} WHERE ${expr(deeper(inner), "bool")} }`;
    },
    () => (rels.length ? `type(${g.rng.pick(rels)}) = '${g.rng.pick(g.schema.relTypes)}'` : undefined),
    () =>
      rels.length && nodes.length
        ? `${g.rng.pick(["startNode", "endNode"])}(${g.rng.pick(rels)}) = ${g.rng.pick(nodes)}`
        : undefined,
    () => (nodes.length > 1 ? `${g.rng.pick(nodes)} ${g.rng.pick(["=", "<>"])} ${g.rng.pick(nodes)}` : undefined),
  ];
  for (let i = 0; i < 10; i++) {
    const out = g.rng.pick(options)();
    if (out !== undefined) return out;
  }
  return undefined;
}
