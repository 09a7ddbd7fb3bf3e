// The sectors the leverage summary groups levers by, as a registry: each names the relation
// `sector` values it gathers (the documents word the same flow differently: "arms", "tanks",
// "air-defence") or the leverage kinds that carry no sector (membership, intervention).
// A sector not listed here becomes a group of its own, so new data never disappears.

export interface LeverSector {
  id: string;
  label: string;
  sectors?: readonly string[];
  kinds?: readonly string[];
}

export const LEVER_SECTORS: readonly LeverSector[] = [
  { id: "oil-exports", label: "Oil exports", sectors: ["oil-exports", "transit", "oil", "crude-oil", "hydrocarbons"] },
  { id: "refining", label: "Refining and fuel", sectors: ["refining", "fuel"] },
  { id: "arms", label: "Arms", sectors: ["arms", "air-defence", "artillery", "tanks", "defence-industry"] },
  {
    id: "military-training",
    label: "Military training and assistance",
    sectors: ["military-training", "military-assistance", "military-exercises"],
  },
  { id: "food-and-goods", label: "Food and goods", sectors: ["food", "manufactured-goods", "consumer-goods"] },
  { id: "trade", label: "Trade", sectors: ["trade", "economy", "exports", "customs"] },
  { id: "payments", label: "Payments and finance", sectors: ["payments", "finance", "banking", "investment"] },
  { id: "nuclear", label: "Nuclear", sectors: ["nuclear", "uranium"] },
  { id: "power", label: "Power", sectors: ["electricity", "power-plants", "energy", "infrastructure-and-energy"] },
  { id: "gas", label: "Gas", sectors: ["gas"] },
  { id: "space", label: "Space", sectors: ["launches", "space"] },
  { id: "alliances", label: "Alliances and unions", kinds: ["membership"] },
  { id: "security", label: "Security interventions", kinds: ["intervention"] },
];

const BY_SECTOR = new Map(LEVER_SECTORS.flatMap((g) => (g.sectors ?? []).map((s) => [s, g] as const)));
const BY_KIND = new Map(LEVER_SECTORS.flatMap((g) => (g.kinds ?? []).map((k) => [k, g] as const)));

const labelOf = (sector: string) => sector.charAt(0).toUpperCase() + sector.slice(1).replaceAll("-", " ");

/** The group of a lever: by its relation's sector when it has one, else by its leverage kind. */
export function leverSectorOf(sector: string | undefined, kind: string): { id: string; label: string } {
  const g = (sector ? BY_SECTOR.get(sector) : undefined) ?? BY_KIND.get(kind);
  if (g) return { id: g.id, label: g.label };
  const id = sector ?? kind;
  return { id, label: labelOf(id) };
}
