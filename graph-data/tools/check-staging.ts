// Temporary helper for the curation pass: parses graph-data/staging/*.yaml and reports
// quotes that do not occur verbatim (whitespace folded) in their document, and unknown ids.
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";

const fold = (s: string) => s.replace(/\s+/gu, " ").trim();
const docs = parse(readFileSync("graph-data/documents.yaml", "utf8")).documents as { id: string; file: string }[];
const text = new Map(docs.map((d) => [d.id, fold(readFileSync(`../shared/seeds/${d.file}`, "utf8"))]));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("graph-data/staging").map((f) => `graph-data/staging/${f}`);
let bad = 0;
const ids = new Set<string>();
const rels: { from: string; to: string; type: string }[] = [];
for (const f of files) {
  const y = parse(readFileSync(f, "utf8")) ?? {};
  for (const e of y.entities ?? []) ids.add(e.id);
  for (const r of y.relations ?? []) {
    rels.push(r);
    for (const ev of r.evidence ?? []) {
      const t = text.get(ev.document);
      if (!t) {
        console.log(`${f}: unknown document ${ev.document}`);
        bad++;
        continue;
      }
      if (!t.includes(fold(ev.quote))) {
        console.log(`${f}: quote not verbatim in ${ev.document}: ${ev.quote}`);
        bad++;
      }
      if (ev.quote.length > 300) {
        console.log(`${f}: quote over 300 chars: ${ev.quote.slice(0, 60)}`);
        bad++;
      }
    }
  }
}
for (const r of rels)
  for (const end of [r.from, r.to])
    if (!ids.has(end)) {
      console.log(`dangling id ${end} in ${r.from} ${r.type} ${r.to}`);
      bad++;
    }
console.log(`${ids.size} entities, ${rels.length} relations, ${bad} problems`);
process.exit(bad ? 1 : 0);
