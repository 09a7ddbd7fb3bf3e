// The whole graph (first draw) and neighbourhoods.
import { z } from "zod";
import { Subgraph } from "./common.ts";

export const GraphAnswer = Subgraph.extend({ generation: z.number() });
export type GraphAnswer = z.infer<typeof GraphAnswer>;

export const NeighbourhoodAnswer = Subgraph;
