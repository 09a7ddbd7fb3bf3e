// The built-in catalog: every function family of functions/, the aggregates of aggregation.ts and
// the procedures of procedures/, each registered from its descriptor. Engines extend it with
// their own procedures (see Catalog's parent).
import { ACCUMULATORS, AGGREGATE_DOCS } from "../aggregation.ts";
import { FAMILIES } from "../functions/index.ts";
import { PROCEDURES } from "../procedures/index.ts";
import { Catalog, returnType } from "./catalog.ts";

function build(): Catalog {
  const c = new Catalog();
  for (const fam of FAMILIES) {
    for (const [key, def] of Object.entries(fam.functions)) {
      const doc = fam.docs[key];
      const sigs = doc ? (Array.isArray(doc.sig) ? doc.sig : [doc.sig]) : [`${key}(input :: ANY) :: ANY`];
      const name = /^([\w.]+)\(/.exec(sigs[0])?.[1] ?? key;
      c.addFunction({
        name: name.toLowerCase() === key ? name : key,
        category: fam.category,
        signature: sigs[0],
        overloads: sigs.slice(1),
        description: doc?.doc ?? "",
        min: def.min,
        max: def.max,
        returns: returnType(sigs[sigs.length - 1]),
        argTypes: doc?.args,
        fn: def.fn,
        documented: !!doc,
      });
    }
  }
  for (const [key, make] of Object.entries(ACCUMULATORS)) {
    const doc = AGGREGATE_DOCS[key];
    c.addAggregate({
      name: /^([\w.]+)\(/.exec(doc.sig)?.[1] ?? key,
      signature: doc.sig,
      description: doc.doc,
      min: doc.min,
      max: doc.max,
      returns: returnType(doc.sig),
      make,
    });
  }
  for (const p of PROCEDURES) c.addProcedure(p);
  return c;
}

export const BUILTINS: Catalog = build();
