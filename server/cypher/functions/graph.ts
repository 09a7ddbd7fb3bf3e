// Graph functions: id, elementId, labels, type, properties, keys, startNode, endNode, nodes,
// relationships, length, exists.
import { typeError } from "../errors.ts";
import { NodeRec, PathVal, RelRec, isMap, propsToMap, typeOf } from "../values.ts";
import { badArg, def, unary, type FnTable } from "./registry.ts";

export const graphFunctions: FnTable = {
  id: unary((v) => (v instanceof NodeRec || v instanceof RelRec ? BigInt(v.id) : badArg("id", v))),
  elementid: unary((v) => (v instanceof NodeRec || v instanceof RelRec ? v.key : badArg("elementId", v))),
  labels: unary((v) => {
    if (v instanceof NodeRec) return [...v.labels];
    throw typeError("InvalidArgumentValue", `labels() expects a node, got ${typeOf(v)}`);
  }),
  type: unary((v) => (v instanceof RelRec ? v.type : badArg("type", v))),
  properties: unary((v) => {
    if (v instanceof NodeRec || v instanceof RelRec) return propsToMap(v.props);
    return isMap(v) ? v : badArg("properties", v);
  }),
  keys: unary((v) => {
    if (v instanceof NodeRec || v instanceof RelRec) return Object.keys(propsToMap(v.props));
    return isMap(v) ? Object.keys(v) : badArg("keys", v);
  }),
  startnode: unary((v) => (v instanceof RelRec ? v.start : badArg("startNode", v))),
  endnode: unary((v) => (v instanceof RelRec ? v.end : badArg("endNode", v))),
  nodes: unary((v) => (v instanceof PathVal ? [...v.nodes] : badArg("nodes", v))),
  relationships: unary((v) => (v instanceof PathVal ? [...v.rels] : badArg("relationships", v))),
  length: unary((v) => {
    if (v instanceof PathVal) return BigInt(v.rels.length);
    if (typeof v === "string" || Array.isArray(v)) return BigInt(v.length);
    return badArg("length", v);
  }),
  exists: def(1, 1, ([v]) => v !== null),
};
