// Side panel for the selected entity, kept short: names, type and description, then a summary
// (key figures, relations counted by type), a filter, and the relationship groups folded to
// their counts. The view's type and year filters apply here too, and say how much they hide.
import { useEffect, useMemo, useState } from "react";
import type { EntityRelation } from "../api/types.ts";
import { EntitySummary } from "../entity/EntitySummary.tsx";
import { panelModel } from "../entity/panelModel.ts";
import { entityDetail, neighbours } from "../graph/entityDetail.ts";
import { colorOf } from "../graph/palette.ts";
import { isEdgeVisible, isNodeVisible } from "../graph/visibility.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { hideNodes, select, showNodes } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { RelationGroup } from "./RelationGroup.tsx";
import "../styles/workbench.css";

const OPEN_ALL_UP_TO = 8;

export function EntityPanel() {
  const selected = useExplorer((s) => s.selected);
  const filters = useExplorer((s) => s.filters);
  const hidden = useExplorer((s) => s.hidden);
  const kg = useKnowledgeGraph();
  const [filterText, setFilterText] = useState("");
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    setFilterText("");
    setOpen(new Set());
  }, [selected]);
  const detail = useMemo(() => (selected ? entityDetail(kg.index, selected) : null), [kg, selected]);
  const model = useMemo(() => {
    if (!detail) return null;
    const s = explorerStore.get();
    const visible = (r: EntityRelation) =>
      kg.display.hasEdge(r.id) &&
      isEdgeVisible(kg.display.getEdgeAttributes(r.id), s) &&
      (!kg.display.hasNode(r.other.id) || isNodeVisible(r.other.id, kg.display.getNodeAttributes(r.other.id), s));
    return panelModel(detail, visible, filterText);
    // The filters and hidden nodes are read from the store; they are listed so the model follows them.
  }, [detail, kg, filterText, filters, hidden]);
  if (!selected) return null;
  if (!detail || !model) {
    return (
      <aside className="entity-panel" aria-label="Entity details">
        <p role="status">No entity “{selected}” in the loaded graph.</p>
      </aside>
    );
  }
  const { entity } = detail;
  const near = neighbours(kg.index, entity.id);
  const docs = new Map((kg.meta?.documents ?? []).map((d) => [d.id, d]));
  const filtering = filterText.trim() !== "";
  // A short panel needs no folding: with few relations every group starts open.
  const small = model.shown <= OPEN_ALL_UP_TO;
  const toggle = (type: string, on: boolean) =>
    setOpen((o) => {
      const next = new Set(o);
      if (on) next.add(type);
      else next.delete(type);
      return next;
    });
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
      <EntitySummary keyFigures={model.keyFigures} groups={model.groups} onOpenGroup={(t) => toggle(t, true)} />
      <div className="panel-actions">
        <button type="button" onClick={() => showNodes(near)} disabled={!near.length}>
          Expand neighbours ({near.length})
        </button>
        <button type="button" onClick={() => hideNodes(near, entity.id)} disabled={!near.length}>
          Hide neighbours
        </button>
      </div>
      <label className="panel-filter">
        Filter relations
        <input
          type="search"
          value={filterText}
          placeholder="a name, a type, a word of a quote"
          onChange={(e) => setFilterText(e.target.value)}
        />
      </label>
      <p className="hint" data-testid="panel-counts">
        {model.shown} relation{model.shown === 1 ? "" : "s"}
        {filtering ? " match" : ""}
        {model.hiddenByFilters > 0 && ` · ${model.hiddenByFilters} hidden by the type and year filters`}
      </p>
      {model.groups.length === 0 && (
        <p className="empty">{filtering ? "No relation matches this filter." : "No relationships in view."}</p>
      )}
      {model.groups.map((g) => (
        <RelationGroup
          key={g.type}
          type={g.type}
          relations={g.relations}
          total={g.total}
          documents={docs}
          open={filtering || small || open.has(g.type)}
          onToggle={(on) => toggle(g.type, on)}
        />
      ))}
    </aside>
  );
}
