import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "entity-evidence",
  title: "Evidence for one entity",
  description:
    "Every quote documenting a relationship of the entity, one row per quote, with the document it comes from.",
  params: z.strictObject({ id: z.string().default("novorossiysk-port") }),
});
