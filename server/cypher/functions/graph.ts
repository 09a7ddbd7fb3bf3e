// Graph functions: id, elementId, labels, type, properties, keys, startNode, endNode, nodes,
// relationships, length, exists.
import { CypherError, typeError } from "../errors.ts";
import { NodeRec, PathVal, RelRec, isMap, propsToMap, typeOf } from "../values.ts";
import { badArg, def, unary, type FnDocs, type FnTable } from "./registry.ts";

export const graphFunctions: FnTable = {
  id: unary((v) => (v instanceof NodeRec || v instanceof RelRec ? BigInt(v.id) : badArg("id", v))),
  elementid: unary((v) => (v instanceof NodeRec || v instanceof RelRec ? v.key : badArg("elementId", v))),
  labels: unary((v) => {
    if (v instanceof NodeRec) {
      // Neo4j: reading the labels of a node deleted by this query fails
      if (v.deleted) throw new CypherError("EntityNotFound", "DeletedEntityAccess", "Entity was deleted", "runtime");
      return [...v.labels];
    }
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

export const graphDocs: FnDocs = {
  id: {
    sig: "id(input :: NODE | RELATIONSHIP) :: INTEGER",
    doc: "The internal id of a node or relationship.",
    args: ["node", "rel"],
  },
  elementid: {
    sig: "elementId(input :: NODE | RELATIONSHIP) :: STRING",
    doc: "The element id of a node or relationship.",
    args: ["node", "rel"],
  },
  labels: { sig: "labels(input :: NODE) :: LIST<STRING>", doc: "The labels of a node.", args: ["node"] },
  type: { sig: "type(input :: RELATIONSHIP) :: STRING", doc: "The type of a relationship.", args: ["rel"] },
  properties: {
    sig: "properties(input :: NODE | RELATIONSHIP | MAP) :: MAP",
    doc: "The properties of a node or relationship as a map.",
    args: ["node", "rel", "map"],
  },
  keys: {
    sig: "keys(input :: NODE | RELATIONSHIP | MAP) :: LIST<STRING>",
    doc: "The property keys of a node, relationship or map.",
    args: ["node", "rel", "map"],
  },
  startnode: {
    sig: "startNode(input :: RELATIONSHIP) :: NODE",
    doc: "The start node of a relationship.",
    args: ["rel"],
  },
  endnode: { sig: "endNode(input :: RELATIONSHIP) :: NODE", doc: "The end node of a relationship.", args: ["rel"] },
  nodes: { sig: "nodes(input :: PATH) :: LIST<NODE>", doc: "The nodes of a path, in order.", args: ["path"] },
  relationships: {
    sig: "relationships(input :: PATH) :: LIST<RELATIONSHIP>",
    doc: "The relationships of a path, in order.",
    args: ["path"],
  },
  length: {
    sig: "length(input :: PATH) :: INTEGER",
    doc: "The number of relationships in a path.",
    args: ["path", "string", "list"],
  },
  exists: { sig: "exists(input :: ANY) :: BOOLEAN", doc: "Whether the value is not null." },
};
