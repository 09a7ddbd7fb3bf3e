// The wire contract names the disagreement kinds the knowledge base allows: the two lists must not drift.
import { expect, it } from "vitest";
import { DisagreementRef } from "../../contract/wire/entity.ts";
import { DISAGREEMENT_KINDS } from "../../graph-data/schema/index.ts";

it("accepts exactly the disagreement kinds of graph-data/schema", () => {
  expect(DisagreementRef.shape.kind.options).toEqual([...DISAGREEMENT_KINDS]);
});
