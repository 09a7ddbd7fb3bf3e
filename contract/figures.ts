// How a relation's figures read on a drawing, the same in the explorer's exports and the
// server's: a share as "80 %", an amount with a short unit ("1.4 Mt", "4.2 bn USD"), the year
// span by the contract's year rule. Undocumented figures are left out, never guessed.
import { describeSpan, type Dated } from "./years.ts";

export interface Figures extends Dated {
  share?: unknown;
  amount?: unknown;
  unit?: unknown;
}

const SHORT_UNITS: Readonly<Record<string, string>> = {
  "million tonnes": "Mt",
  tonnes: "t",
  "billion USD": "bn USD",
  "billion EUR": "bn EUR",
  "million USD": "M USD",
  percent: "%",
};

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** A share in 0–1 as a percentage with at most one decimal: 0.8 → "80 %", 0.355 → "35.5 %". */
export const formatShare = (share: number): string => `${Math.round(share * 1000) / 10} %`;

export function formatAmount(amount: number, unit?: string): string {
  const short = unit ? (SHORT_UNITS[unit] ?? unit) : "";
  return `${amount.toLocaleString("en")}${short ? ` ${short}` : ""}`;
}

/** The figures of a relation in reading order (share, amount, years); empty when it has none. */
export function figureParts(f: Figures): string[] {
  const share = num(f.share);
  const amount = num(f.amount);
  const parts: string[] = [];
  if (share !== undefined) parts.push(formatShare(share));
  if (amount !== undefined) parts.push(formatAmount(amount, typeof f.unit === "string" ? f.unit : undefined));
  const span = describeSpan(f);
  if (span) parts.push(span);
  return parts;
}

/** Node radius by degree, the same on screen, in the browser's exports and in the server's GEXF. */
export const nodeSize = (degree: number): number => Math.min(3 + 2.2 * Math.sqrt(degree), 22);
