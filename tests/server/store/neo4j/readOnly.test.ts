import { describe, expect, it } from "vitest";
import { assertReadOnly } from "../../../../server/store/neo4j/readOnly.ts";
import { fromNeo4jError, positionIn } from "../../../../server/store/neo4j/errors.ts";

describe("assertReadOnly", () => {
  it("lets reading queries through, keywords inside strings and comments included", () => {
    expect(() => assertReadOnly("MATCH (n {name: 'CREATE'}) // SET\nRETURN n.`delete` AS d")).not.toThrow();
  });

  it("rejects an updating clause with its position", () => {
    try {
      assertReadOnly("MATCH (n)\nDETACH DELETE n");
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: "ReadOnly", details: { position: { line: 2, column: 1 } } });
    }
  });
});

describe("Neo4j errors", () => {
  it("reads the position Neo4j reports", () => {
    expect(positionIn("Invalid input 'X' (line 3, column 7 (offset: 20))")).toEqual({ line: 3, column: 7, offset: 20 });
  });

  it("maps syntax errors, timeouts and lost connections to typed errors", () => {
    expect(
      fromNeo4jError({ code: "Neo.ClientError.Statement.SyntaxError", message: "bad (line 1, column 2 (offset: 1))" }),
    ).toMatchObject({
      code: "CypherError",
      details: { position: { line: 1, column: 2 } },
    });
    expect(
      fromNeo4jError({ code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", message: "t" }),
    ).toMatchObject({ code: "QueryTimeout" });
    expect(fromNeo4jError({ code: "ServiceUnavailable", message: "down" })).toMatchObject({ code: "StoreUnavailable" });
  });

  it("maps memory limits to a limit error and transient errors to a retryable 503", () => {
    for (const code of [
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "Neo.ClientError.General.TransactionOutOfMemoryError",
    ])
      expect(fromNeo4jError({ code, message: "m" }), code).toMatchObject({ code: "MemoryLimitExceeded" });
    expect(fromNeo4jError({ code: "Neo.TransientError.Cluster.NotALeader", message: "n" })).toMatchObject({
      code: "StoreUnavailable",
    });
    // A fault of the database itself stays unmapped: the error handler answers 500 and logs it.
    const fault = { code: "Neo.DatabaseError.General.UnknownError", message: "x" };
    expect(fromNeo4jError(fault)).toBe(fault);
  });
});
