// Existence checks for ids named in a request: an unknown entity is a 404 naming the field.
import { AppError } from "../errors.ts";
import type { GraphStore } from "../store/types.ts";

export async function requireEntities(store: GraphStore, fields: Record<string, string | readonly string[]>) {
  for (const [field, value] of Object.entries(fields)) {
    for (const id of typeof value === "string" ? [value] : value) {
      if (!(await store.node(id)))
        throw new AppError("NotFound", `unknown entity ${JSON.stringify(id)}`, { field, entity: id });
    }
  }
}
