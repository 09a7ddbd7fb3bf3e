// The ranked answers: paths, leverage and routes. Each carries its hops with figures and
// evidence and a `documents` map citing every document it quotes.
import { z } from "zod";
import { AvoidedSet, Citations, Conflict, Evidence, Hop, NodeRef } from "./common.ts";

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

/** One documented figure behind a lever: a dependence or supply relation with its share and evidence. */
export const LeverFigure = z.object({
  edge: z.string(),
  type: z.string(),
  share: z.number().nullable(),
  amount: z.number().optional(),
  unit: z.string().optional(),
  year: z.number().optional(),
  yearFrom: z.number().optional(),
  yearTo: z.number().optional(),
  sector: z.string().optional(),
  note: z.string().optional(),
  evidence: z.array(Evidence),
  conflictsWith: z.array(z.string()),
  conflicts: z.array(Conflict),
});
export type LeverFigure = z.infer<typeof LeverFigure>;

/** What the dependent relies on in one sector (an asset, or the controller itself), merged over its paths. */
export const Lever = z.object({
  id: z.string(),
  sector: z.string(),
  asset: NodeRef,
  kinds: z.array(z.string()),
  ranks: z.array(z.number()),
  figures: z.array(LeverFigure),
  maxShare: z.number().nullable(),
  years: z.array(z.number()),
  documents: z.array(z.string()),
  disputed: z.boolean(),
  edges: z.array(z.string()),
  chain: z.string(),
});
export type Lever = z.infer<typeof Lever>;

export const LeverSectorGroup = z.object({
  id: z.string(),
  label: z.string(),
  maxShare: z.number().nullable(),
  levers: z.array(Lever),
});
export type LeverSectorGroup = z.infer<typeof LeverSectorGroup>;

export const LeverageAnswer = z.object({
  controller: z.string(),
  dependent: z.string(),
  total: z.number(),
  truncated: z.boolean(),
  paths: z.array(LeveragePath),
  /** Every path (not only the page `limit` keeps) folded into levers, grouped by sector. */
  levers: z.array(LeverSectorGroup),
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
  /** Without a destination: destinations every flow path to which crosses an avoided node. */
  blocked: z.array(z.object({ to: NodeRef, blockedBy: z.array(NodeRef), path: z.array(NodeRef) })).optional(),
  explanation: z
    .object({
      reason: z.string(),
      blockedPaths: z.array(z.object({ nodes: z.array(NodeRef), blockedBy: z.array(NodeRef) })),
    })
    .optional(),
  documents: Citations,
});
export type RoutesAnswer = z.infer<typeof RoutesAnswer>;
