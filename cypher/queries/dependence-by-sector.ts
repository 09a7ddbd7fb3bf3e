import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "dependence-by-sector",
  title: "Dependence by sector",
  description:
    "The state's DEPENDS_ON relationships grouped by sector: on whom, how many documented claims, the largest share given.",
  params: z.strictObject({ state: z.string().default("kazakhstan") }),
});
