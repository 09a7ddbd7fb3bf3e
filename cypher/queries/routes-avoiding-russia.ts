import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "routes-avoiding-russia",
  title: "Flow routes avoiding Russia",
  description:
    "Outgoing flow paths (EXPORTS_VIA, CONNECTS_TO, SUPPLIES, up to 3 hops) from a state that touch no node the controller controls, operates, owns, leases or leads, and none located in it. /api/routes ranks such routes by bottleneck volume.",
  params: z.strictObject({ from: z.string().default("kazakhstan"), controller: z.string().default("russia") }),
});
