// A Cypher error in plain words, with the offending line and a caret under the column the
// server reported (the editor cursor is moved there too).

export function CypherErrorView({
  error,
  query,
}: {
  error: { message: string; code?: string; line?: number; column?: number };
  query: string;
}) {
  const lineText = error.line ? query.split("\n")[error.line - 1] : undefined;
  // The position is shown once, in front; engines often repeat it at the end of the message.
  const message = error.line ? error.message.replace(/\s*\(line \d+, column \d+\)\s*$/, "") : error.message;
  return (
    <div role="alert" className="error cypher-error" data-testid="cypher-error">
      <p>
        {error.line ? `Line ${error.line}, column ${error.column ?? 1}: ` : ""}
        {message}
      </p>
      {lineText !== undefined && (
        <pre aria-hidden="true">
          {lineText}
          {"\n"}
          {" ".repeat(Math.max(0, (error.column ?? 1) - 1))}^
        </pre>
      )}
    </div>
  );
}
