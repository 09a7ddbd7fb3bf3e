// The tool tabs (explore, leverage, routes, paths, Cypher, export) and the open tool's
// panel. Tabs follow the ARIA tabs pattern; the open tool is part of the URL state.
import { lazy, Suspense, type ReactNode } from "react";
import { chooseTool } from "../state/actions.ts";
import { TOOLS, type Tool } from "../state/explorer.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { ExportPanel } from "./ExportPanel.tsx";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { LeveragePanel } from "./LeveragePanel.tsx";
import { PathsPanel } from "./PathsPanel.tsx";
import { RoutesPanel } from "./RoutesPanel.tsx";

// The Cypher editor (CodeMirror + the ANTLR Cypher grammar) is most of the bundle: loaded on
// first use so the graph draws sooner.
const CypherConsole = lazy(() => import("./CypherConsole.tsx").then((m) => ({ default: m.CypherConsole })));

const TOOL_VIEWS: Record<Tool, { label: string; view: () => ReactNode }> = {
  explore: { label: "Filters", view: () => <FiltersPanel /> },
  leverage: { label: "Leverage", view: () => <LeveragePanel /> },
  routes: { label: "Routes", view: () => <RoutesPanel /> },
  paths: { label: "Paths", view: () => <PathsPanel /> },
  cypher: {
    label: "Cypher",
    view: () => (
      <Suspense fallback={<p role="status">Loading the Cypher editor…</p>}>
        <CypherConsole />
      </Suspense>
    ),
  },
  export: { label: "Export", view: () => <ExportPanel /> },
};

export function ToolPanel() {
  const tool = useExplorer((s) => s.tool);
  return (
    <nav className="tool-panel" aria-label="Tools">
      <div role="tablist" className="tabs" aria-label="Tools">
        {TOOLS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tool === t}
            aria-controls="tool-body"
            tabIndex={tool === t ? 0 : -1}
            onClick={() => chooseTool(t)}
            onKeyDown={(e) => {
              const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
              if (!step) return;
              const next = TOOLS[(TOOLS.indexOf(t) + step + TOOLS.length) % TOOLS.length];
              chooseTool(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {TOOL_VIEWS[t].label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="tool-body" aria-labelledby={`tab-${tool}`}>
        {TOOL_VIEWS[tool].view()}
      </div>
    </nav>
  );
}
