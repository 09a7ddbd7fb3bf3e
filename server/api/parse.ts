// Parse-once helpers: a request part goes through its route's zod schema exactly once and the
// typed value is handed on; a failure becomes InvalidInputError naming each offending field.
// Also the small schema pieces several routes share (id lists, years, bounded integers).
import { z } from "zod";
import { InvalidInputError } from "../errors.ts";

export function parse<S extends z.ZodType>(schema: S, value: unknown, part: "query" | "body" | "params"): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.flatMap((i) =>
      // An unknown key is reported under its own name: `maxhops` is the field the client got wrong.
      i.code === "unrecognized_keys"
        ? i.keys.map((k) => ({ field: [...i.path, k].join("."), message: "unknown parameter" }))
        : [{ field: i.path.length ? i.path.join(".") : part, message: i.message }],
    ),
  );
}

export const entityId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be an entity id (lowercase slug)");

/** `a,b` or repeated `x=a&x=b`, trimmed, empties dropped. */
export const csvList = z.union([z.string(), z.array(z.string())]).transform((v) =>
  (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean),
);

export const idList = csvList.pipe(z.array(entityId));

export const intParam = (min: number, max: number, def: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

export const yearParam = z.coerce.number().int().min(1000).max(2200).optional();

/** Rejects unknown query keys so a typo (`maxhops`) is a 400 rather than silently ignored. */
export const strictQuery = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);
