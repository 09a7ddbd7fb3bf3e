// The catalog of callables: scalar functions, aggregates and procedures by case-insensitive name.
// The semantic pass resolves names through it, the executor runs what it resolved, and the API
// lists it for the console's completion. A catalog may extend a parent (an engine's own
// procedures over the built-ins) without changing it.
import { parseSignature, vtypeOf } from "./signature.ts";
import type { AggregateDescriptor, FunctionDescriptor, ProcedureDescriptor, ProcedureRow } from "./types.ts";
import type { Ctx } from "../executor/context.ts";
import type { Value } from "../values.ts";

export interface CatalogListing {
  functions: { name: string; signature: string; description: string; category: string; aggregating: boolean }[];
  procedures: {
    name: string;
    signature: string;
    description: string;
    mode: string;
    /** Output columns as the console's completion wants them (name, type). */
    returnItems: { name: string; signature: string }[];
  }[];
}

export class Catalog {
  private readonly functions = new Map<string, FunctionDescriptor>();
  private readonly aggregates = new Map<string, AggregateDescriptor>();
  private readonly procedures = new Map<string, ProcedureDescriptor>();

  constructor(private readonly parent?: Catalog) {}

  addFunction(d: FunctionDescriptor): this {
    this.functions.set(d.name.toLowerCase(), d);
    return this;
  }
  addAggregate(d: AggregateDescriptor): this {
    this.aggregates.set(d.name.toLowerCase(), d);
    return this;
  }
  addProcedure(d: ProcedureDescriptor): this {
    this.procedures.set(d.name.toLowerCase(), d);
    return this;
  }

  /** Registers a procedure from its signature (`ns.name(in :: T) :: (out :: T)`) and implementation. */
  defineProcedure(
    signature: string,
    run: (args: Value[], ctx: Ctx) => Iterable<ProcedureRow>,
    extra: { description?: string; mode?: ProcedureDescriptor["mode"] } = {},
  ): this {
    const p = parseSignature(signature);
    return this.addProcedure({
      name: p.name,
      signature,
      description: extra.description ?? "",
      mode: extra.mode ?? "READ",
      inputs: p.params,
      outputs: p.outputs ?? [],
      run,
    });
  }

  function(name: string): FunctionDescriptor | undefined {
    return this.functions.get(name.toLowerCase()) ?? this.parent?.function(name);
  }
  aggregate(name: string): AggregateDescriptor | undefined {
    return this.aggregates.get(name.toLowerCase()) ?? this.parent?.aggregate(name);
  }
  procedure(name: string): ProcedureDescriptor | undefined {
    return this.procedures.get(name.toLowerCase()) ?? this.parent?.procedure(name);
  }

  allFunctions(): FunctionDescriptor[] {
    return merged(this.functions, this.parent?.allFunctions());
  }
  allAggregates(): AggregateDescriptor[] {
    return merged(this.aggregates, this.parent?.allAggregates());
  }
  allProcedures(): ProcedureDescriptor[] {
    return merged(this.procedures, this.parent?.allProcedures());
  }

  /** Names and signatures, sorted by name, for SHOW FUNCTIONS/PROCEDURES and editor completion. */
  listing(): CatalogListing {
    const functions = [
      ...this.allFunctions().flatMap((f) =>
        signaturesOf(f).map((signature) => ({
          name: f.name,
          signature,
          description: f.description,
          category: f.category,
          aggregating: false,
        })),
      ),
      ...this.allAggregates().map((a) => ({
        name: a.name,
        signature: a.signature,
        description: a.description,
        category: "Aggregating",
        aggregating: true,
      })),
    ].sort((a, b) => byName(a.name, b.name) || (a.signature < b.signature ? -1 : 1));
    const procedures = this.allProcedures()
      .map((p) => ({
        name: p.name,
        signature: p.signature,
        description: p.description,
        mode: p.mode,
        returnItems: p.outputs.map((o) => ({ name: o.name, signature: o.type })),
      }))
      .sort((a, b) => byName(a.name, b.name));
    return { functions, procedures };
  }
}

const byName = (a: string, b: string) =>
  a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;

function merged<T>(own: Map<string, T>, inherited: T[] | undefined): T[] {
  const out = new Map<string, T>();
  for (const d of inherited ?? []) out.set((d as { name: string }).name.toLowerCase(), d);
  for (const [k, d] of own) out.set(k, d);
  return [...out.values()];
}

/** Overloads are kept as extra signatures on one descriptor. */
export const signaturesOf = (f: FunctionDescriptor): string[] => [f.signature, ...(f.overloads ?? [])];

/** The result type class a signature declares. */
export const returnType = (signature: string) => vtypeOf(parseSignature(signature).returns ?? "ANY");
