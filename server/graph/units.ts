// Volumes in comparable units: "million tonnes", "Mt", "thousand barrels" become a base unit and
// a factor so a 1.4 million-tonne pipeline and a 4,165,000-tonne corridor compare correctly.
// Units it cannot read stay as they are (compared only with the same unit string).

const SCALE: [RegExp, number][] = [
  [/^(billion|bn|milliard)s?\s+/i, 1e9],
  [/^(million|mn|mln)s?\s+/i, 1e6],
  [/^(thousand|k)\s+/i, 1e3],
];
const ABBREVIATIONS: Record<string, [number, string]> = {
  mt: [1e6, "tonnes"],
  bcm: [1e9, "cubic metres"],
  kt: [1e3, "tonnes"],
};

export interface Normalised {
  value: number;
  unit: string;
}

export function normalise(amount: number, unit: string): Normalised {
  const u = unit.trim();
  const abbreviation = ABBREVIATIONS[u.toLowerCase()];
  if (abbreviation) return { value: amount * abbreviation[0], unit: abbreviation[1] };
  for (const [re, factor] of SCALE)
    if (re.test(u)) return { value: amount * factor, unit: normaliseBase(u.replace(re, "")) };
  return { value: amount, unit: normaliseBase(u) };
}

const normaliseBase = (u: string) =>
  u
    .toLowerCase()
    .replace(/^tons?$/, "tonnes")
    .replace(/^tonne$/, "tonnes");
