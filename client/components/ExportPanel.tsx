// Export tool: the current view or the selection as PNG (1×–4×) or SVG with title, legend
// and sources; and the same subgraph as GraphML, GEXF, JSON or CSV from the server.
import { useState } from "react";
import { exportUrl, type ExportFormat } from "../api/endpoints.ts";
import { describeError } from "../api/http.ts";
import { exportImage } from "../export/imageExport.ts";
import { subjectNodes, type Subject } from "../export/subject.ts";
import { useKnowledgeGraph, useMaybeSigma, type ExplorerSigma } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { useExplorer } from "../hooks/useExplorer.ts";

const DATA_FORMATS: [ExportFormat, string, ("nodes" | "edges")?][] = [
  ["graphml", "GraphML"],
  ["gexf", "GEXF"],
  ["json", "JSON"],
  ["csv", "CSV (entities)", "nodes"],
  ["csv", "CSV (relationships)", "edges"],
];

export function ExportPanel() {
  const sigma = useMaybeSigma();
  if (!sigma) return <p role="status">The graph is not drawn yet.</p>;
  return <ExportForm sigma={sigma} />;
}

function ExportForm({ sigma }: { sigma: ExplorerSigma }) {
  const kg = useKnowledgeGraph();
  const [subject, setSubject] = useState<Subject>("view");
  const [scale, setScale] = useState(2);
  const [title, setTitle] = useState("Russia's leverage over Kazakhstan — knowledge graph");
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  // Subscribed so that the counts and data links follow the current view.
  useExplorer((s) => s.filters);
  useExplorer((s) => s.hidden);
  useExplorer((s) => s.scope);
  useExplorer((s) => s.selected);
  useExplorer((s) => s.highlight);
  const ids = subjectNodes(kg.display, explorerStore.get(), subject);
  const { width, height } = sigma.getDimensions();

  const image = async (format: "png" | "svg") => {
    setStatus({ text: "Preparing the image…" });
    try {
      const size = await exportImage(sigma, kg, { subject, title, format, scale });
      setStatus({ text: `Saved ${format.toUpperCase()} of ${size.width} × ${size.height} px.` });
    } catch (e) {
      setStatus({ text: describeError(e), error: true });
    }
  };

  return (
    <div className="tool-body export">
      <fieldset>
        <legend>What to export</legend>
        <label className="check">
          <input type="radio" name="subject" checked={subject === "view"} onChange={() => setSubject("view")} /> Current
          view
        </label>
        <label className="check">
          <input
            type="radio"
            name="subject"
            checked={subject === "selection"}
            onChange={() => setSubject("selection")}
          />{" "}
          Selection (or highlighted path)
        </label>
        <p className="hint">{ids.length} entities</p>
      </fieldset>
      <label>
        Title
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        PNG scale
        <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="png-scale">
          {[1, 2, 3, 4].map((s) => (
            <option key={s} value={s}>
              {s}× ({Math.round(width * s)} px wide)
            </option>
          ))}
        </select>
      </label>
      <p className="hint">
        Graph area {Math.round(width)} × {Math.round(height)} px, plus title, legend and sources.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void image("png")} disabled={!ids.length}>
          Download PNG
        </button>
        <button type="button" onClick={() => void image("svg")} disabled={!ids.length}>
          Download SVG
        </button>
      </div>
      {status && (
        <p role={status.error ? "alert" : "status"} className={status.error ? "error" : undefined}>
          {status.text}
        </p>
      )}
      <h3>Subgraph data</h3>
      <div className="row">
        {DATA_FORMATS.map(([format, label, part]) => (
          <a key={label} className="button" href={exportUrl(format, ids, part)} download aria-disabled={!ids.length}>
            {label}
          </a>
        ))}
      </div>
    </div>
  );
}
