import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "single-source-facts",
  title: "Facts resting on a single source",
  description:
    "Every relationship whose quotes all come from one document, with that document: the facts no second source confirms. Set document=brief-sanctions to see one source's.",
  params: z.strictObject({ document: z.string().nullable().default(null) }),
});
