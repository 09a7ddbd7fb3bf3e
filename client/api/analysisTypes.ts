// The client's view of the leverage and routes answers: the ranked paths the list shows, plus
// the summary each opens on (levers by sector; every destination with its bar, and the blocked ones).
import type { Citations, LeverSectorGroup, NodeRef } from "../../contract/index.ts";
import type { RankedPaths } from "./types.ts";

export type { Lever, LeverFigure, LeverSectorGroup, Conflict } from "../../contract/index.ts";

export interface LeverageView extends RankedPaths {
  sectors: LeverSectorGroup[];
  /** Citations by document id, for every quote the levers show. */
  documents: Citations;
}

export interface RoutesView extends RankedPaths {
  /** Per path, its bottleneck as a fraction of the largest one (null when undocumented). */
  bars: (number | null)[];
  /** Without a destination: destinations reached only through avoided nodes, and what blocks each. */
  blocked: { to: NodeRef; blockedBy: NodeRef[] }[];
}
