// SHOW PROCEDURES and SHOW FUNCTIONS over an engine's catalog, as procedures with Neo4j 5's columns:
// all of them under YIELD *, the default ones (`defaultOutputs`) otherwise.
import type { Catalog } from "../catalog/catalog.ts";
import { parseSignature, type Param } from "../catalog/signature.ts";
import type { ProcedureDescriptor } from "../catalog/types.ts";

const arg = (p: Param) => ({ name: p.name, description: "", isDeprecated: false, type: p.type });
const out = (name: string, type: string): Param => ({ name, type, optional: false });

export interface ShowProcedure extends ProcedureDescriptor {
  /** The columns SHOW returns without YIELD. */
  defaultOutputs: string[];
}

export function showProcedures(catalog: Catalog): ShowProcedure {
  return {
    name: "SHOW PROCEDURES",
    signature: "",
    description: "The procedures the engine offers.",
    mode: "READ",
    inputs: [],
    outputs: [
      out("name", "STRING"),
      out("description", "STRING"),
      out("mode", "STRING"),
      out("worksOnSystem", "BOOLEAN"),
      out("signature", "STRING"),
      out("argumentDescription", "LIST<MAP>"),
      out("returnDescription", "LIST<MAP>"),
      out("admin", "BOOLEAN"),
      out("rolesExecution", "LIST<STRING>"),
      out("rolesBoostedExecution", "LIST<STRING>"),
      out("isDeprecated", "BOOLEAN"),
      out("deprecatedBy", "STRING"),
      out("option", "MAP"),
    ],
    defaultOutputs: ["name", "description", "mode", "worksOnSystem"],
    run: () =>
      catalog
        .allProcedures()
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((p) => ({
          name: p.name,
          description: p.description,
          mode: p.mode,
          worksOnSystem: p.mode === "DBMS",
          signature: p.signature,
          argumentDescription: p.inputs.map(arg),
          returnDescription: p.outputs.map(arg),
          admin: false,
          rolesExecution: null,
          rolesBoostedExecution: null,
          isDeprecated: false,
          deprecatedBy: null,
          option: { deprecated: false },
        })),
  };
}

export function showFunctions(catalog: Catalog): ShowProcedure {
  return {
    name: "SHOW FUNCTIONS",
    signature: "",
    description: "The functions the engine offers.",
    mode: "READ",
    inputs: [],
    outputs: [
      out("name", "STRING"),
      out("category", "STRING"),
      out("description", "STRING"),
      out("signature", "STRING"),
      out("isBuiltIn", "BOOLEAN"),
      out("argumentDescription", "LIST<MAP>"),
      out("returnDescription", "STRING"),
      out("aggregating", "BOOLEAN"),
      out("rolesExecution", "LIST<STRING>"),
      out("rolesBoostedExecution", "LIST<STRING>"),
      out("isDeprecated", "BOOLEAN"),
      out("deprecatedBy", "STRING"),
    ],
    defaultOutputs: ["name", "category", "description"],
    run: () =>
      catalog.listing().functions.map((f) => {
        const sig = parseSignature(f.signature);
        return {
          name: f.name,
          category: f.category,
          description: f.description,
          signature: f.signature,
          isBuiltIn: true,
          argumentDescription: sig.params.map(arg),
          returnDescription: sig.returns ?? "ANY",
          aggregating: f.aggregating,
          rolesExecution: null,
          rolesBoostedExecution: null,
          isDeprecated: false,
          deprecatedBy: null,
        };
      }),
  };
}
