// Side panel for the selected entity: names, type, description, expand/hide neighbours, and
// every relationship grouped by type (RelationGroup renders figures, evidence, conflicts).
import { useMemo } from "react";
import { entityDetail, neighbours } from "../graph/entityDetail.ts";
import { colorOf } from "../graph/palette.ts";
import { hideNodes, select, showNodes } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { RelationGroup } from "./RelationGroup.tsx";

export function EntityPanel() {
  const selected = useExplorer((s) => s.selected);
  const kg = useKnowledgeGraph();
  const detail = useMemo(() => (selected ? entityDetail(kg.index, selected) : null), [kg, selected]);
  if (!selected) return null;
  if (!detail) {
    return (
      <aside className="entity-panel" aria-label="Entity details">
        <p role="status">No entity “{selected}” in the loaded graph.</p>
      </aside>
    );
  }
  const { entity, groups } = detail;
  const near = neighbours(kg.index, entity.id);
  const docs = new Map((kg.meta?.documents ?? []).map((d) => [d.id, d]));
  return (
    <aside className="entity-panel" aria-labelledby="entity-title" data-testid="entity-panel">
      <header>
        <button type="button" className="close" aria-label="Close the entity panel (Esc)" onClick={() => select(null)}>
          ×
        </button>
        <p className="entity-type">
          <span className="swatch" style={{ background: colorOf(entity.type) }} aria-hidden="true" />
          {entity.type}
          {entity.subtype ? ` · ${entity.subtype}` : ""}
          {entity.date ? ` · ${entity.date}` : ""}
        </p>
        <h2 id="entity-title">{entity.name}</h2>
        {entity.nameFr && entity.nameFr !== entity.name && (
          <p className="name-fr" lang="fr">
            {entity.nameFr}
          </p>
        )}
        {entity.aliases.length > 0 && <p className="aliases">Also: {entity.aliases.join(", ")}</p>}
      </header>
      {entity.description && <p className="description">{entity.description}</p>}
      <div className="panel-actions">
        <button type="button" onClick={() => showNodes(near)} disabled={!near.length}>
          Expand neighbours ({near.length})
        </button>
        <button type="button" onClick={() => hideNodes(near, entity.id)} disabled={!near.length}>
          Hide neighbours
        </button>
      </div>
      {groups.length === 0 && <p>No relationships recorded for this entity.</p>}
      {groups.map((g) => (
        <RelationGroup key={g.type} type={g.type} relations={g.relations} documents={docs} />
      ))}
    </aside>
  );
}
