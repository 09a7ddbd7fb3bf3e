import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../../server/cypher");

/** Value (non-type) imports of every module in a folder of the engine. */
function valueImports(folder: string): { file: string; from: string }[] {
  const out: { file: string; from: string }[] = [];
  for (const file of readdirSync(join(ROOT, folder))) {
    const src = readFileSync(join(ROOT, folder, file), "utf8");
    for (const m of src.matchAll(/^import (?!type )[^;]*?from "([^"]+)";/gms)) out.push({ file, from: m[1] });
  }
  return out;
}

describe("engine layering", () => {
  it("expressions never import the executor (only its types)", () => {
    expect(valueImports("expressions").filter((i) => i.from.includes("/executor/"))).toEqual([]);
  });

  it("functions and the catalog never import the executor or the expression compiler", () => {
    const bad = [...valueImports("functions"), ...valueImports("catalog")].filter(
      (i) => i.from.includes("/executor/") || i.from.includes("expressions/compile"),
    );
    expect(bad).toEqual([]);
  });
});
