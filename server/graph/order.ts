// Deterministic ordering helpers: every ranking in server/graph/ ends with an explicit tie-break
// on ids, so the embedded store and Neo4j (which enumerate paths in different orders) agree.
import type { GraphPath } from "../store/types.ts";

export type Comparator<T> = (a: T, b: T) => number;

export const byNumberDesc = (a: number, b: number) => b - a;
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Node ids then edge ids, the final tie-break between two distinct paths. */
export const pathSignature = (p: GraphPath) =>
  `${p.nodes.map((n) => n.id).join("|")}#${p.edges.map((e) => e.id).join("|")}`;

export function chain<T>(...comparators: Comparator<T>[]): Comparator<T> {
  return (a, b) => {
    for (const c of comparators) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}
