// The table view of a Cypher answer: every row, virtualised (only the rows in sight are in the
// DOM, so 10 000 rows scroll as smoothly as 10), a sticky header, and graph values in Browser
// notation; a node that is in the loaded graph is a button that selects it.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { CypherResult } from "../api/types.ts";
import { colorOf } from "../graph/palette.ts";
import { graphValue, valueText } from "../results/cypherValues.ts";
import { select } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";

const ROW_HEIGHT = 28;

function Cell({ value }: { value: unknown }) {
  const { display } = useKnowledgeGraph();
  const g = graphValue(value);
  if (g?.kind === "node") {
    const type = g.labels.find((l) => l !== "Entity") ?? "";
    const text = valueText(g);
    if (!display.hasNode(g.id)) return <span title={text}>{text}</span>;
    return (
      <button type="button" className="chip" style={{ borderColor: colorOf(type) }} onClick={() => select(g.id)}>
        {text}
      </button>
    );
  }
  const text = valueText(value);
  return <span title={text}>{text}</span>;
}

export function ResultsTable({ result }: { result: CypherResult }) {
  const { columns, rows } = result;
  const scroller = useRef<HTMLDivElement>(null);
  const rowsV = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = rowsV.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = rowsV.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div className="results-table" ref={scroller} data-testid="results-table" tabIndex={0}>
      <table style={{ minWidth: `${columns.length * 140}px` }} aria-rowcount={rows.length + 1}>
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
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((v) => (
            <tr key={v.key} style={{ height: ROW_HEIGHT }} aria-rowindex={v.index + 2} data-row={v.index}>
              {rows[v.index]!.map((value, j) => (
                <td key={j}>
                  <Cell value={value} />
                </td>
              ))}
            </tr>
          ))}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
