// The explorer's UI state: what is selected, filtered, highlighted and which tool is open.
// Everything here is serialisable (urlState.ts) except `hovered`, which is transient.
import { createStore } from "./store.ts";

export type Tool = "explore" | "leverage" | "routes" | "paths" | "cypher" | "export";
export const TOOLS: Tool[] = ["explore", "leverage", "routes", "paths", "cypher", "export"];

export interface Filters {
  /** Entity types and relationship types switched off by the analyst. */
  hiddenTypes: ReadonlySet<string>;
  hiddenRelTypes: ReadonlySet<string>;
  /** Source documents and their MENTIONS are drawn only when the analyst asks (absent: hidden). */
  showDocuments?: boolean;
  /** Dated relations outside [yearFrom, yearTo] are hidden; undated ones show with no window. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Within a year window, undated relations show only when this is on (the timeline's toggle). */
  includeUndated: boolean;
}

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Per edge, a 0–1 weight the reducers draw as width (a lever's share); unweighted edges keep the path width. */
  weights?: ReadonlyMap<string, number>;
}

export interface ToolForms {
  controller: string;
  dependent: string;
  routeFrom: string;
  routeTo: string;
  routeAvoid: string[];
  pathFrom: string;
  pathTo: string;
  maxHops: number;
  pathAvoid: string[];
  cypher: string;
  cypherMode: "merge" | "replace";
  /** Index of the chosen ranked path in the open tool's result list, -1 for none. */
  choice: number;
  /** Id of the lever isolated in the leverage summary, "" for all of them. */
  lever: string;
}

export interface ExplorerState {
  tool: Tool;
  selected: string | null;
  hovered: string | null;
  filters: Filters;
  /** Nodes hidden with "hide neighbours". */
  hidden: ReadonlySet<string>;
  /** When set, only these nodes are in view (a Cypher result that replaced the view). */
  scope: ReadonlySet<string> | null;
  highlight: Highlight | null;
  forms: ToolForms;
}

export const DEFAULT_FORMS: ToolForms = {
  controller: "russia",
  dependent: "kazakhstan",
  routeFrom: "kazakhstan",
  // No destination: every destination the flows reach, ranked by bottleneck.
  routeTo: "",
  routeAvoid: ["russia-controlled"],
  pathFrom: "",
  pathTo: "",
  maxHops: 4,
  pathAvoid: [],
  cypher: "MATCH (a:State)-[r]->(b) RETURN a, r, b LIMIT 25",
  cypherMode: "merge",
  choice: -1,
  lever: "",
};

export const INITIAL_STATE: ExplorerState = {
  tool: "explore",
  selected: null,
  hovered: null,
  filters: { hiddenTypes: new Set(), hiddenRelTypes: new Set(), yearFrom: null, yearTo: null, includeUndated: false },
  hidden: new Set(),
  scope: null,
  highlight: null,
  forms: DEFAULT_FORMS,
};

export const explorerStore = createStore<ExplorerState>(INITIAL_STATE);
export type ExplorerStore = typeof explorerStore;
