import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "leverage-over-kazakhstan",
  title: "Russia's leverage over Kazakhstan",
  description:
    "Everything the dependent state depends on (DEPENDS_ON) that the controller is, controls, operates, owns, leases or hosts on its territory, with the documented share and quote; known shares first.",
  params: z.strictObject({
    controller: z.string().default("russia"),
    dependent: z.string().default("kazakhstan"),
  }),
});
