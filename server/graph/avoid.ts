// Resolves an `avoid` list (entity ids and named sets such as `russia-controlled`) into the set
// of node ids a path may not touch, through the store so both stores resolve it identically.
import { InvalidInputError } from "../errors.ts";
import type { GraphStore } from "../store/types.ts";
import { namedSet } from "./namedSets.ts";

export interface ResolvedAvoid {
  ids: Set<string>;
  /** The named sets used, with their members, so an answer can say what it avoided. */
  sets: { id: string; members: string[] }[];
}

export async function resolveAvoid(
  store: GraphStore,
  tokens: readonly string[],
  field = "avoid",
): Promise<ResolvedAvoid> {
  const ids = new Set<string>();
  const sets: ResolvedAvoid["sets"] = [];
  for (const token of tokens) {
    const named = namedSet(token);
    if (named) {
      const members = [...(await store.closure(named.root, named.steps))].sort();
      members.forEach((m) => ids.add(m));
      sets.push({ id: named.id, members });
    } else if (await store.node(token)) {
      ids.add(token);
    } else {
      throw InvalidInputError.field(field, `unknown entity or named set ${JSON.stringify(token)}`);
    }
  }
  return { ids, sets };
}
