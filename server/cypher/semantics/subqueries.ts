// What a CALL { } subquery body imports from the outer query: the variables of its scope clause
// (`(a, b)`, `(*)`), or those a leading importing `WITH a, b` names. Shared by the semantic pass and
// the executor so both agree on the body's starting scope.
import type { Clause } from "../ast.ts";

export function importedVars(c: Clause & { k: "subquery" }, outer: Set<string>): string[] {
  if (c.importing === "*") return [...outer];
  if (c.importing) return c.importing;
  const vars = new Set<string>();
  for (const part of c.query.parts) {
    const first = part.clauses[0];
    if (first?.k !== "with") continue;
    for (const it of first.proj.items) if (it.e.k === "var" && outer.has(it.e.name)) vars.add(it.e.name);
    if (first.proj.star) for (const v of outer) vars.add(v);
  }
  return [...vars];
}
