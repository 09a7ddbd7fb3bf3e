import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "sanctions-network",
  title: "Sanctions network",
  description:
    "Every SANCTIONED relationship with the sanctioning party, the target, where the target is located and whom it helps circumvent sanctions. Set locatedIn=kazakhstan for the sanctioned Kazakh companies.",
  params: z.strictObject({ locatedIn: z.string().nullable().default(null) }),
});
