import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "oil-export-routes",
  title: "Export routes and where they lead",
  description:
    "Every route, port or pipeline the state exports through (EXPORTS_VIA), with documented share, volume and year, and the next one or two hops of the route (CONNECTS_TO, TRANSITS, LOCATED_IN).",
  params: z.strictObject({ from: z.string().default("kazakhstan") }),
});
