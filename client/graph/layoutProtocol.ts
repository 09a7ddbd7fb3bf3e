// Messages between the main thread and the layout worker (plain arrays: cheap to clone).

export interface LayoutRequest {
  nodes: { id: string; x: number; y: number }[];
  edges: [string, string][];
  iterations: number;
}

export interface LayoutResponse {
  positions: [string, number, number][];
}
