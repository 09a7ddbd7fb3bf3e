// Existence checks for ids named in a request: an unknown entity is a 404 naming the field.
// Answered from the per-generation catalog (the snapshot indexed by id), so a check costs a map
// lookup on either store rather than a database round trip per id and request.
import { AppError } from "../errors.ts";
import type { AppContext } from "./context.ts";

export async function requireEntities(ctx: AppContext, fields: Record<string, string | readonly string[]>) {
  const { nodes } = await ctx.catalogs.get();
  for (const [field, value] of Object.entries(fields)) {
    for (const id of typeof value === "string" ? [value] : value) {
      if (!nodes.has(id)) throw new AppError("NotFound", `unknown entity ${JSON.stringify(id)}`, { field, entity: id });
    }
  }
}
