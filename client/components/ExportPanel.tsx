// Export tool: the current analysis (a leverage path, a route, a path, a query result), the
// selection or the whole view, as a figure — the graph as drawn, or a layered left-to-right
// diagram for paths and routes — in PNG (1×–4×) or SVG with title, legend and sources; as GEXF
// with the on-screen colours, sizes and positions; and as GraphML, JSON or CSV from the server.
import { useState } from "react";
import { exportUrl, type ExportFormat } from "../api/endpoints.ts";
import { describeError } from "../api/http.ts";
import type { FigureStyle } from "../export/imageExport.ts";
import { defaultSubject, defaultTitle, subjectNodes, type Subject } from "../export/subject.ts";
import { useKnowledgeGraph, useMaybeSigma, type ExplorerSigma } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { useExplorer } from "../hooks/useExplorer.ts";

const DATA_FORMATS: [ExportFormat, string, ("nodes" | "edges")?][] = [
  ["graphml", "GraphML"],
  ["json", "JSON"],
  ["csv", "CSV (entities)", "nodes"],
  ["csv", "CSV (relationships)", "edges"],
];

const SUBJECTS: [Subject, string][] = [
  ["analysis", "Current analysis (path, route, lever or query result)"],
  ["selection", "Selected entity with its neighbours"],
  ["view", "Whole view"],
];

/** Past this many entities a layered diagram stops being readable; the drawn graph is offered. */
const LAYERED_MAX = 60;

// The figure builders (dagre, the GEXF writer) load on the first export, not with the page.
const exporters = () => import("../export/imageExport.ts");

export function ExportPanel() {
  const sigma = useMaybeSigma();
  if (!sigma) return <p role="status">The graph is not drawn yet.</p>;
  return <ExportForm sigma={sigma} />;
}

function ExportForm({ sigma }: { sigma: ExplorerSigma }) {
  const kg = useKnowledgeGraph();
  const [subject, setSubject] = useState<Subject>(() => defaultSubject(explorerStore.get()));
  const [chosenStyle, setStyle] = useState<FigureStyle | null>(null);
  const [scale, setScale] = useState(2);
  const [title, setTitle] = useState(() => defaultTitle(kg.display, explorerStore.get()));
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  // Subscribed so that the counts and data links follow the current view.
  useExplorer((s) => s.filters);
  useExplorer((s) => s.hidden);
  useExplorer((s) => s.scope);
  useExplorer((s) => s.selected);
  useExplorer((s) => s.highlight);
  const ids = subjectNodes(kg.display, explorerStore.get(), subject);
  const layeredOk = ids.length > 0 && ids.length <= LAYERED_MAX;
  const style: FigureStyle = layeredOk ? (chosenStyle ?? (subject === "analysis" ? "layered" : "graph")) : "graph";
  const { width } = sigma.getDimensions();

  const run = async (what: string, job: () => Promise<string>) => {
    setStatus({ text: `Preparing the ${what}…` });
    try {
      setStatus({ text: await job() });
    } catch (e) {
      setStatus({ text: describeError(e), error: true });
    }
  };
  const image = (format: "png" | "svg") =>
    run("image", async () => {
      const size = await (await exporters()).exportImage(sigma, kg, { subject, style, title, format, scale });
      return `Saved ${format.toUpperCase()} of ${size.width} × ${size.height} px.`;
    });

  return (
    <div className="tool-body export">
      <fieldset>
        <legend>What to export</legend>
        {SUBJECTS.map(([s, label]) => (
          <label className="check" key={s}>
            <input type="radio" name="subject" checked={subject === s} onChange={() => setSubject(s)} /> {label}
          </label>
        ))}
        <p className="hint" data-testid="export-count">
          {ids.length} entities
        </p>
      </fieldset>
      <fieldset>
        <legend>Figure</legend>
        <label className="check">
          <input type="radio" name="style" checked={style === "graph"} onChange={() => setStyle("graph")} /> Graph as
          drawn
        </label>
        <label className="check">
          <input
            type="radio"
            name="style"
            checked={style === "layered"}
            disabled={!layeredOk}
            onChange={() => setStyle("layered")}
          />{" "}
          Layered diagram, left to right (paths and routes, up to {LAYERED_MAX} entities)
        </label>
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
      <p className="hint">Figures carry a title, a legend and a footnote citing each quote with its document.</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void image("png")} disabled={!ids.length}>
          Download PNG
        </button>
        <button type="button" onClick={() => void image("svg")} disabled={!ids.length}>
          Download SVG
        </button>
        <button
          type="button"
          onClick={() =>
            void run(
              "GEXF",
              async () => `Saved GEXF of ${(await exporters()).exportGexf(sigma, kg, subject)} entities.`,
            )
          }
          disabled={!ids.length}
        >
          Download GEXF
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
