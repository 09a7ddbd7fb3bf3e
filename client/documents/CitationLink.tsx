// A citation that opens the list of source documents at the one it names, so every quote's
// source can be read in full (title, author, date, publisher, what it supports).
import { openDocuments } from "../state/panels.ts";

export function CitationLink({ document, children }: { document: string; children: React.ReactNode }) {
  return (
    <button
      type="button"
      className="link citation"
      onClick={() => openDocuments(document)}
      title="Show the source documents"
    >
      <cite data-document={document}>{children}</cite>
    </button>
  );
}
