// Colours per entity type (legend, nodes, exports) and the dimmed / highlight tones.
// Chosen to stay distinguishable for common colour-vision deficiencies and to keep 3:1
// contrast against the light canvas background.

export const TYPE_COLORS: Record<string, string> = {
  State: "#1f5fa8",
  Organisation: "#7b3fa0",
  Company: "#c0392b",
  Infrastructure: "#d0740b",
  Person: "#2e8540",
  Event: "#b8336a",
  Agreement: "#5a6b7b",
  Place: "#0f8a8a",
  Sector: "#8a6d1f",
  Commodity: "#6b4226",
  Group: "#4b6e1f",
};

export const FALLBACK_COLOR = "#666e78";
export const DIM_NODE = "#d5d9de";
export const DIM_EDGE = "#eceef1";
export const EDGE_COLOR = "#b4bcc6";
export const HIGHLIGHT_EDGE = "#e4572e";
export const CANVAS_BG = "#fbfcfd";

export const colorOf = (type: string): string => TYPE_COLORS[type] ?? FALLBACK_COLOR;
