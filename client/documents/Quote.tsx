// One verbatim quote with its citation, as every evidence list shows it (entity panel, relation
// panel, path hops, levers, disagreeing claims): the quote in French, the citation opening the
// list of source documents.
import { CitationLink } from "./CitationLink.tsx";

export function Quote({ quote, document, citation }: { quote: string; document: string; citation: string }) {
  return (
    <blockquote lang="fr">
      <p>“{quote}”</p>
      <footer>
        <CitationLink document={document}>{citation}</CitationLink>
      </footer>
    </blockquote>
  );
}
