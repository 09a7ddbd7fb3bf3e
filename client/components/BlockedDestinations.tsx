// Destinations the flows reach only through avoided nodes, each with what blocks it, so an
// empty route to the Black Sea reads "blocked by the Port of Novorossiysk", not silence.
import type { RoutesView } from "../api/analysisTypes.ts";

export function BlockedDestinations({ blocked }: { blocked: RoutesView["blocked"] }) {
  if (!blocked.length) return null;
  return (
    <section className="blocked" aria-label="Blocked destinations">
      <h3>Blocked destinations</h3>
      <ul>
        {blocked.map((b) => (
          <li key={b.to.id} data-destination={b.to.id}>
            <strong>{b.to.name}</strong> — blocked by {b.blockedBy.map((n) => n.name).join(", ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
