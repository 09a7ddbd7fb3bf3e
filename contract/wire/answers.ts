// The ranked answers: paths, leverage and routes. Each carries its hops with figures and
// evidence and a `documents` map citing every document it quotes.
import { z } from "zod";
import { AvoidedSet, Citations, Evidence, Hop, NodeRef } from "./common.ts";

export const PathsAnswer = z.object({
  from: z.string(),
  to: z.string(),
  avoided: z.array(AvoidedSet),
  truncated: z.boolean(),
  paths: z.array(
    z.object({
      rank: z.number(),
      length: z.number(),
      strength: z.number(),
      nodes: z.array(NodeRef),
      hops: z.array(Hop),
    }),
  ),
  documents: Citations,
});
export type PathsAnswer = z.infer<typeof PathsAnswer>;

export const Factor = z.object({
  edge: z.string(),
  type: z.string(),
  share: z.number().nullable(),
  evidence: z.array(Evidence),
});

export const LeveragePath = z.object({
  rank: z.number(),
  kind: z.string(),
  score: z.number().nullable(),
  knownProduct: z.number(),
  factors: z.array(Factor),
  nodes: z.array(NodeRef),
  hops: z.array(Hop),
  alternatives: z.array(z.array(Hop)),
});
export type LeveragePath = z.infer<typeof LeveragePath>;

export const LeverageAnswer = z.object({
  controller: z.string(),
  dependent: z.string(),
  total: z.number(),
  truncated: z.boolean(),
  paths: z.array(LeveragePath),
  documents: Citations,
});
export type LeverageAnswer = z.infer<typeof LeverageAnswer>;

export const Bottleneck = z.object({
  edge: z.string(),
  amount: z.number(),
  unit: z.string(),
  year: z.number().optional(),
  normalised: z.object({ value: z.number(), unit: z.string() }),
});

export const Route = z.object({
  rank: z.number(),
  bottleneck: Bottleneck.nullable(),
  allHopsDocumented: z.boolean(),
  nodes: z.array(NodeRef),
  hops: z.array(Hop),
  alternatives: z.array(z.array(Hop)),
});
export type Route = z.infer<typeof Route>;

export const RoutesAnswer = z.object({
  from: z.string(),
  to: z.string().nullable(),
  avoided: z.array(AvoidedSet),
  truncated: z.boolean(),
  routes: z.array(Route),
  explanation: z
    .object({
      reason: z.string(),
      blockedPaths: z.array(z.object({ nodes: z.array(NodeRef), blockedBy: z.array(NodeRef) })),
    })
    .optional(),
  documents: Citations,
});
export type RoutesAnswer = z.infer<typeof RoutesAnswer>;
