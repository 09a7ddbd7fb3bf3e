// The source documents as a modal list: title, author, date, publisher and the number of
// relations each supports. Opened from any citation, with that document brought into view
// and marked; Esc or the close button dismisses it (the native <dialog> handles focus).
import { useEffect, useMemo, useRef } from "react";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { closeDocuments, usePanels } from "../state/panels.ts";
import { factsByDocument } from "./documentFacts.ts";
import "../styles/workbench.css";

export function DocumentsDialog() {
  const focus = usePanels((p) => p.documents);
  const { data, meta } = useKnowledgeGraph();
  const facts = useMemo(() => factsByDocument(data), [data]);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (focus !== null && !dialog.open) dialog.showModal();
    if (focus === null && dialog.open) dialog.close();
    if (focus) dialog.querySelector(`[data-document-id="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [focus]);
  const documents = meta?.documents ?? [];
  return (
    <dialog ref={ref} className="documents-dialog" aria-labelledby="documents-title" onClose={closeDocuments}>
      <header>
        <h2 id="documents-title">Source documents</h2>
        <button type="button" className="close" aria-label="Close the documents list" onClick={closeDocuments}>
          ×
        </button>
      </header>
      <ol className="documents" data-testid="documents-list">
        {documents.map((d) => (
          <li key={d.id} data-document-id={d.id} className={d.id === focus ? "focused" : undefined}>
            <p className="doc-title">{d.title}</p>
            <p className="doc-meta">{[d.author, d.publisher, d.date].filter(Boolean).join(" · ") || "—"}</p>
            <p className="doc-facts">
              Supports <strong>{facts.get(d.id) ?? 0}</strong> relation{facts.get(d.id) === 1 ? "" : "s"}
            </p>
          </li>
        ))}
      </ol>
    </dialog>
  );
}
