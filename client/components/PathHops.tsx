// The hops of one ranked path, folded by default: each relation with its figures and the
// quotes and citations that support it.
import type { PathHop } from "../api/types.ts";

export function PathHops({ hops, name }: { hops: PathHop[]; name: (id: string) => string }) {
  return (
    <details className="hops">
      <summary>
        Evidence for the {hops.length} hop{hops.length === 1 ? "" : "s"}
      </summary>
      <ol>
        {hops.map((h, i) => (
          <li key={i}>
            <p className="relation-head">
              {name(h.backward ? h.to : h.from)} <strong>{h.type}</strong> {name(h.backward ? h.from : h.to)}
              {h.figure && <span className="figure"> {h.figure}</span>}
            </p>
            {h.evidence.map((e, j) => (
              <blockquote key={j} lang="fr">
                <p>“{e.quote}”</p>
                <footer>
                  <cite>{e.citation}</cite>
                </footer>
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}
