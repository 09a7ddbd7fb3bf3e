// The pieces every answer is built from: graph records, evidence (quote + document id), the
// citations an answer lists once per document, figures and node references.
import { z } from "zod";

export const PropertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const Properties = z.record(z.string(), PropertyValue);

/** A node as both stores hold it: its type as `label`, every other field in `properties`. */
export const WireNode = z.object({ id: z.string(), label: z.string(), properties: Properties });
export type WireNode = z.infer<typeof WireNode>;

/** A relationship as both stores hold it; evidence as the parallel `sources` / `quotes` lists. */
export const WireEdge = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: Properties,
});
export type WireEdge = z.infer<typeof WireEdge>;

export const Subgraph = z.object({ nodes: z.array(WireNode), edges: z.array(WireEdge) });
export type Subgraph = z.infer<typeof Subgraph>;

export const Evidence = z.object({ quote: z.string(), document: z.string() });
export type Evidence = z.infer<typeof Evidence>;

export const Citation = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

/** One citation per document an answer quotes, keyed by document id. */
export const Citations = z.record(z.string(), Citation);
export type Citations = z.infer<typeof Citations>;

export const Figures = z.object({
  theme: z.string().optional(),
  sector: z.string().optional(),
  share: z.number().optional(),
  amount: z.number().optional(),
  unit: z.string().optional(),
  year: z.number().optional(),
  yearFrom: z.number().optional(),
  yearTo: z.number().optional(),
  note: z.string().optional(),
  conflictsWith: z.array(z.string()).optional(),
});
export type Figures = z.infer<typeof Figures>;

export const NodeRef = z.object({ id: z.string(), name: z.string(), type: z.string() });
export type NodeRef = z.infer<typeof NodeRef>;

/** A claim from another document that disagrees with a shown figure (relations list each other in `conflictsWith`). */
export const Conflict = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  figures: Figures,
  evidence: z.array(Evidence),
});
export type Conflict = z.infer<typeof Conflict>;

/** One hop of a path, read along the path: `backward` when the relationship points against it. */
export const Hop = z.object({
  edge: z.string(),
  type: z.string(),
  from: NodeRef,
  to: NodeRef,
  direction: z.enum(["forward", "backward"]),
  figures: Figures,
  evidence: z.array(Evidence),
  /** Disagreeing claims about this hop's figure, when another document gives a different one. */
  conflicts: z.array(Conflict).optional(),
});
export type Hop = z.infer<typeof Hop>;

export const AvoidedSet = z.object({ id: z.string(), members: z.array(z.string()) });
