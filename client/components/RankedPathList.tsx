// The ranked results of the leverage, routes and path tools: each path as a readable chain
// of names with its headline figure and factors, and its hops' evidence on demand; choosing
// one highlights it and dims the rest.
import type { RankedPaths } from "../api/types.ts";
import type { AsyncState } from "../hooks/useAsync.ts";
import { highlightPath } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { PathHops } from "./PathHops.tsx";

interface Props {
  result: AsyncState<RankedPaths>;
  empty: string;
  /** Per path, a 0–1 bar drawn beside its headline figure (routes: bottleneck against the largest). */
  bars?: (number | null)[];
}

export function RankedPathList({ result, empty, bars }: Props) {
  const { index } = useKnowledgeGraph();
  const choice = useExplorer((s) => s.forms.choice);
  if (result.loading) return <p role="status">Searching…</p>;
  if (result.error)
    return (
      <p role="alert" className="error">
        {result.error}
      </p>
    );
  if (!result.value) return null;
  const { paths, reason } = result.value;
  if (!paths.length)
    return (
      <p role="status" className="empty">
        {reason ? `No result: ${reason}.` : empty}
      </p>
    );
  const name = (id: string) => index.nodes.get(id)?.name ?? id;
  const factorLabel = (f: { label: string; edge?: string }) => {
    const e = f.edge ? index.edges.get(f.edge) : undefined;
    return e ? `${name(e.from)} ${e.type} ${name(e.to)}${e.sector ? ` (${e.sector})` : ""}` : f.label;
  };
  return (
    <ol className="ranked-paths" aria-label="Ranked paths">
      {paths.map((p, i) => (
        <li key={i}>
          <button
            type="button"
            aria-pressed={choice === i}
            className={choice === i ? "path chosen" : "path"}
            onClick={() =>
              choice === i
                ? highlightPath(null, -1)
                : highlightPath({ nodes: new Set(p.nodes), edges: new Set(p.edges) }, i)
            }
          >
            <span className="path-rank">#{i + 1}</span>
            <span className="path-score">{p.score}</span>
            {bars && (
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(bars[i] ?? 0) * 100}%` }} />
              </span>
            )}
            <span className="path-chain">
              {p.nodes.map((n, j) => (
                <span key={j}>
                  {j > 0 && (
                    <span className="path-rel">
                      {" "}
                      –{p.hops[j - 1]?.type ?? ""}
                      {p.hops[j - 1]?.backward ? "←" : "→"}{" "}
                    </span>
                  )}
                  {name(n)}
                </span>
              ))}
            </span>
          </button>
          {p.factors.length > 0 && (
            <dl className="factors">
              {p.factors.map((f, j) => (
                <div key={j}>
                  <dt>{factorLabel(f)}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {p.hops.length > 0 && <PathHops hops={p.hops} name={name} />}
        </li>
      ))}
    </ol>
  );
}
