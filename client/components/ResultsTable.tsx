// Cypher results as a table: nodes and relationships shown by name or type, lists and
// scalars as text. Large results are capped on screen (the graph view holds them all).
import type { CypherResult } from "../api/types.ts";

const MAX_ROWS = 200;

function cell(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return `[${v.map(cell).join(", ")}]`;
  const o = v as Record<string, unknown>;
  const props = (o.properties ?? o) as Record<string, unknown>;
  if (typeof props.name === "string") return props.name;
  if (typeof o.type === "string" && (o.from || o.start || o.source)) return `:${o.type}`;
  return JSON.stringify(v);
}

export function ResultsTable({ result, missing }: { result: CypherResult; missing: number }) {
  const { columns, rows, graph } = result;
  return (
    <div className="results" data-testid="cypher-results">
      <p role="status">
        {rows.length} row{rows.length === 1 ? "" : "s"}
        {graph.nodes.length > 0 &&
          ` · ${graph.nodes.length} entities and ${graph.edges.length} relationships shown in the graph`}
        {missing > 0 && ` · ${missing} not in the loaded graph`}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, MAX_ROWS).map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => (
                    <td key={j}>{cell(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > MAX_ROWS && <p>Showing the first {MAX_ROWS} rows.</p>}
    </div>
  );
}
