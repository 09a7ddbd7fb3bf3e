// Colour legend of entity types; each entry doubles as a filter toggle (pressed = shown).
import { toggleIn, setFilters } from "../state/actions.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { colorOf } from "../graph/palette.ts";

export function Legend({ types }: { types: [string, number][] }) {
  const hidden = useExplorer((s) => s.filters.hiddenTypes);
  if (!types.length) return null;
  return (
    <ul className="legend" aria-label="Entity types (click to show or hide)">
      {types.map(([type, count]) => (
        <li key={type}>
          <button
            type="button"
            aria-pressed={!hidden.has(type)}
            className={hidden.has(type) ? "legend-item off" : "legend-item"}
            onClick={() => setFilters({ hiddenTypes: toggleIn(hidden, type) })}
          >
            <span className="swatch" style={{ background: colorOf(type) }} aria-hidden="true" />
            {type} <span className="count">{count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
