// A list of entities picked one by one (e.g. "avoid"): chips with remove buttons plus a
// combobox to add another, and optionally the server's named sets ("russia-controlled").
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { EntityCombobox } from "./EntityCombobox.tsx";

interface Props {
  label: string;
  ids: string[];
  onChange: (ids: string[]) => void;
  withNamedSets?: boolean;
}

export function EntityListInput({ label, ids, onChange, withNamedSets }: Props) {
  const { index, meta } = useKnowledgeGraph();
  const sets = withNamedSets ? (meta?.namedSets ?? []) : [];
  const nameOf = (id: string) => index.nodes.get(id)?.name ?? id;
  return (
    <div className="entity-list">
      <EntityCombobox
        label={label}
        onChoose={(id) => !ids.includes(id) && onChange([...ids, id])}
        placeholder="Add an entity…"
      />
      {sets.length > 0 && (
        <div className="row named-sets">
          {sets.map((s) => (
            <label key={s.id} className="check" title={s.description}>
              <input
                type="checkbox"
                checked={ids.includes(s.id)}
                onChange={(e) => onChange(e.target.checked ? [...ids, s.id] : ids.filter((x) => x !== s.id))}
              />
              {s.id}
            </label>
          ))}
        </div>
      )}
      {ids.length > 0 && (
        <ul className="chips" aria-label={label}>
          {ids.map((id) => (
            <li key={id} className="chip">
              {nameOf(id)}
              <button
                type="button"
                aria-label={`Remove ${nameOf(id)}`}
                onClick={() => onChange(ids.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
