// Marks a Cypher error where the server located it: a lint diagnostic (red underline, message
// on hover) from the reported offset to the end of the word there. Cleared on the next edit.
import { setDiagnostics, type Diagnostic } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";

/** The span to underline: the word at `offset`, or one character (the end of the text if past it). */
export function errorSpan(text: string, offset: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(offset, Math.max(0, text.length - 1)));
  const word = /^[\p{L}\p{N}_$`'".]+/u.exec(text.slice(from));
  return { from, to: Math.min(text.length, from + Math.max(1, word?.[0].length ?? 1)) };
}

export function markError(view: EditorView, offset: number | undefined, message: string): void {
  const text = view.state.doc.toString();
  const diagnostics: Diagnostic[] =
    offset === undefined || !text.length ? [] : [{ ...errorSpan(text, offset), severity: "error", message }];
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

export const clearMarks = (view: EditorView): void => view.dispatch(setDiagnostics(view.state, []));
