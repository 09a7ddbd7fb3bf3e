// The display tones of the explorer: entity-type colours come from the wire contract (one
// palette for the screen and the server's exports); the dimmed, edge and highlight tones are the
// canvas's own.
export { TYPE_COLORS, FALLBACK_COLOR, colorOf } from "../../contract/palette.ts";

export const DIM_NODE = "#d5d9de";
export const DIM_EDGE = "#eceef1";
export const EDGE_COLOR = "#b4bcc6";
export const HIGHLIGHT_EDGE = "#e4572e";
export const CANVAS_BG = "#fbfcfd";
