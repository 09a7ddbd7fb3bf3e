// One colour per entity type, for the explorer's nodes and legend and for every export the
// server draws, so a Company is the same red on screen, in a PNG and in an SVG. Chosen to stay
// distinguishable for common colour-vision deficiencies and at 3:1 against the light canvas.

export const TYPE_COLORS: Readonly<Record<string, string>> = {
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
  Document: "#3d405b",
};

export const FALLBACK_COLOR = "#666e78";

export const colorOf = (type: string): string => TYPE_COLORS[type] ?? FALLBACK_COLOR;
