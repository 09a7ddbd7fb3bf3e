import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "military-dependence",
  title: "CSTO and military dependence",
  description:
    "Every relationship of the state with theme military or security — arms and training dependence, CSTO membership, the January 2022 intervention — with figures and a quote.",
  params: z.strictObject({ state: z.string().default("kazakhstan") }),
});
