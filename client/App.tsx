// The explorer's layout: header with search, the tools panel, the graph with its controllers
// and overlays, and the entity panel. Loading and error states say what is happening.
import { useState } from "react";
import { useKeyboard } from "./hooks/useKeyboard.ts";
import { useLoadGraph } from "./hooks/useLoadGraph.ts";
import { useUrlSync } from "./hooks/useUrlSync.ts";
import { KnowledgeGraphContext, SigmaContext, type ExplorerSigma } from "./state/dataContext.ts";
import { CameraController } from "./controllers/CameraController.tsx";
import { EventsController } from "./controllers/EventsController.tsx";
import { ReducersController } from "./controllers/ReducersController.tsx";
import { ResizeController } from "./controllers/ResizeController.tsx";
import { TestHookController } from "./controllers/TestHookController.tsx";
import { EntityPanel } from "./components/EntityPanel.tsx";
import { EvidencePanel } from "./search/EvidencePanel.tsx";
import { RelationPanel } from "./entity/RelationPanel.tsx";
import { DocumentsDialog } from "./documents/DocumentsDialog.tsx";
import { GraphControls } from "./components/GraphControls.tsx";
import { GraphView } from "./components/GraphView.tsx";
import { Legend } from "./components/Legend.tsx";
import { ResultsPaneSlot } from "./components/ResultsPaneSlot.tsx";
import { SEARCH_INPUT_ID, SearchBox } from "./components/SearchBox.tsx";
import { Timeline } from "./components/Timeline.tsx";
import { ToolPanel } from "./components/ToolPanel.tsx";
import { typeCounts } from "./graph/typeCounts.ts";

export function App() {
  const load = useLoadGraph();
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  useUrlSync();
  useKeyboard(SEARCH_INPUT_ID);

  if (load.stage !== "ready") {
    return (
      <main className="splash">
        <h1>Kazakhstan leverage explorer</h1>
        <p role={load.stage === "error" ? "alert" : "status"} className={load.stage === "error" ? "error" : undefined}>
          {load.message}
        </p>
        {load.stage === "error" && (
          <button type="button" onClick={() => location.reload()}>
            Try again
          </button>
        )}
      </main>
    );
  }
  const kg = load.graph;
  return (
    <KnowledgeGraphContext.Provider value={kg}>
      <SigmaContext.Provider value={sigma}>
        <div className="app">
          <header className="app-header">
            <h1>Kazakhstan leverage explorer</h1>
            <SearchBox />
            <p className="store-info">
              {kg.data.nodes.length} entities · {kg.data.edges.length} relationships
            </p>
          </header>
          <ToolPanel />
          <main className="graph-area">
            <GraphView onSigma={setSigma}>
              <ReducersController />
              <EventsController />
              <CameraController />
              <ResizeController />
              <TestHookController />
              <GraphControls />
            </GraphView>
            <Legend types={typeCounts(kg.data)} />
            <Timeline />
            <ResultsPaneSlot />
          </main>
          <EntityPanel />
          <RelationPanel />
          <EvidencePanel />
          <DocumentsDialog />
        </div>
      </SigmaContext.Provider>
    </KnowledgeGraphContext.Provider>
  );
}
