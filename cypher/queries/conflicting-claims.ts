import { z } from "zod";
import { defineQuery } from "../../server/queries/descriptor.ts";

export default defineQuery({
  id: "conflicting-claims",
  title: "Conflicting claims",
  description:
    "Relationships flagged with conflictsWith, each pair once, the two figures and their sources side by side.",
  params: z.strictObject({}),
});
