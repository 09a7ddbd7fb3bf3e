// Loads the TCK's .feature files into plain, serialisable test cases.
// We let @cucumber/gherkin's own pickle compiler do the Gherkin work (Background steps,
// Scenario Outline expansion, `<x>` substitution, table escapes, CRLF) and only keep the
// pieces the runner needs, so the cases can be sent to worker processes as JSON.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from "@cucumber/gherkin";
import { IdGenerator, type GherkinDocument } from "@cucumber/messages";

export interface TckStep {
  /** Step text without its keyword (Given/When/Then/And are irrelevant to the meaning). */
  text: string;
  docString?: string;
  /** Data table as raw cell strings (escapes already resolved by the parser). */
  table?: string[][];
}

export interface TckCase {
  /** Stable identity: `<feature path> :: <scenario name> :: #<example row>` (row -1 = plain Scenario). */
  key: string;
  /** Feature path relative to `features/`, with forward slashes. */
  feature: string;
  /** `clauses/match`, `expressions/list`, ... */
  folder: string;
  /** Scenario name as written (placeholders not substituted, so it is stable across rows). */
  scenario: string;
  /** Index of the Examples row across all Examples tables of the outline; -1 for a plain Scenario. */
  exampleIndex: number;
  steps: TckStep[];
}

export function caseKey(feature: string, scenario: string, exampleIndex: number): string {
  return `${feature} :: ${scenario} :: #${exampleIndex}`;
}

function listFeatureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFeatureFiles(full));
    else if (entry.endsWith(".feature")) out.push(full);
  }
  return out;
}

/** Maps each AST node id of a scenario / examples row to (scenario name, row index). */
function indexScenarios(doc: GherkinDocument): Map<string, { name: string; row: number }> {
  const byId = new Map<string, { name: string; row: number }>();
  const children = doc.feature?.children ?? [];
  // Rules may nest scenarios; the TCK does not use them but handling them costs nothing.
  const scenarios = children.flatMap((c) =>
    c.scenario ? [c.scenario] : (c.rule?.children ?? []).flatMap((rc) => (rc.scenario ? [rc.scenario] : [])),
  );
  for (const sc of scenarios) {
    byId.set(sc.id, { name: sc.name, row: -1 });
    let row = 0;
    for (const ex of sc.examples) {
      for (const r of ex.tableBody) byId.set(r.id, { name: sc.name, row: row++ });
    }
  }
  return byId;
}

export function parseFeature(source: string, feature: string): TckCase[] {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  const doc = parser.parse(source);
  const ids = indexScenarios(doc);
  const folder = feature.split("/").slice(0, -1).join("/");
  return compile(doc, feature, newId).map((pickle) => {
    // astNodeIds = [scenario id] or [scenario id, examples row id]; the last one is the most specific.
    const info = ids.get(pickle.astNodeIds[pickle.astNodeIds.length - 1]!);
    if (!info) throw new Error(`cannot locate scenario of pickle "${pickle.name}" in ${feature}`);
    const steps: TckStep[] = pickle.steps.map((s) => {
      const step: TckStep = { text: s.text };
      // Docstrings of CRLF files may keep a trailing \r on each line: normalise.
      if (s.argument?.docString) step.docString = s.argument.docString.content.replace(/\r\n?/g, "\n");
      if (s.argument?.dataTable) step.table = s.argument.dataTable.rows.map((r) => r.cells.map((c) => c.value));
      return step;
    });
    return {
      key: caseKey(feature, info.name, info.row),
      feature,
      folder,
      scenario: info.name,
      exampleIndex: info.row,
      steps,
    };
  });
}

/** All cases of a kit (`<kitDir>/features/**.feature`), in a stable order. */
export function loadKit(kitDir: string): TckCase[] {
  const featuresDir = join(kitDir, "features");
  return listFeatureFiles(featuresDir).flatMap((file) =>
    parseFeature(readFileSync(file, "utf8"), relative(featuresDir, file).split(sep).join("/")),
  );
}
