import { CypherEngine } from "../server/cypher/index.ts";
import { buildRecords, SIZES } from "./synthetic.ts";
const size = SIZES[SIZES.length - 1];
const e = CypherEngine.fromRecords(buildRecords(size));
const q = "MATCH ()-[r:LINK]->() RETURN avg(r.w), count(*)";
const o = { timeoutMs: 120000, maxRows: 5e7 };
for (let i = 0; i < 5; i++) e.run(q, {}, o);
const ts: number[] = [];
for (let i = 0; i < 25; i++) { const t = performance.now(); e.run(q, {}, o); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b);
console.log(process.env.NOFOLD ? "general" : "fold", ts[12].toFixed(1), e.run(q).rows);
