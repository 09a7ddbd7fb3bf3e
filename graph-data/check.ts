// `npm run data:check`: parses graph-data/, runs every semantic check, prints counts by type
// and exits non-zero naming the file and the entry of each problem.
import { loadKnowledgeBase, KnowledgeBaseLoadError, type LoadProblem } from "./load.ts";
import { validateKnowledgeBase, countKnowledgeBase } from "./validate.ts";
import { readSeedTexts, SEEDS_DIR } from "./seeds.ts";

function report(problems: LoadProblem[]): never {
  for (const p of problems) console.error(`✗ ${p.file}${p.entry ? ` [${p.entry}]` : ""}: ${p.message}`);
  console.error(`\n${problems.length} problem(s) in graph-data/`);
  process.exit(1);
}

const dir = process.argv[2];
let kb;
try {
  kb = loadKnowledgeBase(dir);
} catch (err) {
  if (err instanceof KnowledgeBaseLoadError) report(err.problems);
  throw err;
}
const texts = readSeedTexts(kb.documents);
if (!texts) console.warn(`! ${SEEDS_DIR} not found: quotes were not checked against the documents`);
const problems = validateKnowledgeBase(kb, { texts: texts ?? undefined });
if (problems.length) report(problems);

const counts = countKnowledgeBase(kb);
const table = (title: string, c: Record<string, number>) =>
  `${title}\n${Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `  ${k.padEnd(24)} ${String(n).padStart(5)}`)
    .join("\n")}`;
console.log(
  `${kb.documents.length} documents, ${kb.entities.length} entities, ${kb.relations.length} relations, ${kb.relations.reduce((n, r) => n + r.evidence.length, 0)} quotes`,
);
console.log(table("entities by type", counts.entities));
console.log(table("relations by type", counts.relations));
console.log("✓ graph-data is valid");
