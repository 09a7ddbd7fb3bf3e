// Reads graph-data/ from disk and parses every file through the one zod model. Returns the
// knowledge base together with where each entry came from, so that the checker and the
// loaders can name the file and the entry of any problem. Semantic checks live in validate.ts.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { z } from "zod";
import {
  DisagreementsFileSchema,
  DocumentsFileSchema,
  EntitiesFileSchema,
  RelationsFileSchema,
  type Disagreement,
  type KnowledgeBase,
} from "./schema/index.ts";

export const GRAPH_DATA_DIR = dirname(fileURLToPath(import.meta.url));

/** Where an entry lives: the file (relative to the repo root) and its index in that file. */
export interface Origin {
  file: string;
  index: number;
}

export interface LoadedKnowledgeBase extends KnowledgeBase {
  disagreements: Disagreement[];
  origins: {
    entities: Map<string, Origin[]>;
    relations: Map<string, Origin[]>;
    documents: Map<string, Origin[]>;
    disagreements: Map<string, Origin[]>;
  };
}

export interface LoadProblem {
  file: string;
  entry?: string;
  message: string;
}

export class KnowledgeBaseLoadError extends Error {
  readonly code = "KnowledgeBaseInvalid";
  constructor(readonly problems: LoadProblem[]) {
    super(problems.map((p) => `${p.file}${p.entry ? ` [${p.entry}]` : ""}: ${p.message}`).join("\n"));
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(dir, f));
}

function describeEntry(raw: unknown, key: string, index: number): string {
  const list = (raw as Record<string, unknown> | null)?.[key];
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const id = item && typeof item.id === "string" ? item.id : undefined;
  return id ? `${key}[${index}] id=${id}` : `${key}[${index}]`;
}

function parseFile<S extends z.ZodType>(
  file: string,
  root: string,
  schema: S,
  key: string,
  problems: LoadProblem[],
): z.infer<S> | undefined {
  const rel = relative(root, file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (err) {
    problems.push({ file: rel, message: `YAML does not parse: ${(err as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [, index, ...rest] = issue.path;
    const entry = typeof index === "number" ? describeEntry(raw, key, index) : undefined;
    const field = rest.length ? `${rest.join(".")}: ` : "";
    problems.push({ file: rel, entry, message: `${field}${issue.message}` });
  }
  return undefined;
}

/** Loads and schema-parses graph-data/ (or another directory laid out the same way). */
export function loadKnowledgeBase(dir: string = GRAPH_DATA_DIR): LoadedKnowledgeBase {
  const problems: LoadProblem[] = [];
  const kb: LoadedKnowledgeBase = {
    documents: [],
    entities: [],
    relations: [],
    disagreements: [],
    origins: { entities: new Map(), relations: new Map(), documents: new Map(), disagreements: new Map() },
  };
  const note = (map: Map<string, Origin[]>, id: string, origin: Origin) => {
    map.set(id, [...(map.get(id) ?? []), origin]);
  };
  const root = join(dir, "..");
  const rel = (f: string) => relative(root, f);

  const docFile = join(dir, "documents.yaml");
  const docs = parseFile(docFile, root, DocumentsFileSchema, "documents", problems);
  docs?.documents.forEach((d, index) => {
    kb.documents.push(d);
    note(kb.origins.documents, d.id, { file: rel(docFile), index });
  });
  for (const file of yamlFiles(join(dir, "entities"))) {
    parseFile(file, root, EntitiesFileSchema, "entities", problems)?.entities.forEach((e, index) => {
      kb.entities.push(e);
      note(kb.origins.entities, e.id, { file: rel(file), index });
    });
  }
  for (const file of yamlFiles(join(dir, "relations"))) {
    parseFile(file, root, RelationsFileSchema, "relations", problems)?.relations.forEach((r, index) => {
      kb.relations.push(r);
      note(kb.origins.relations, r.id, { file: rel(file), index });
    });
  }
  // Optional: a knowledge base may have no disagreements.
  const disagreementFile = join(dir, "disagreements.yaml");
  if (existsSync(disagreementFile)) {
    parseFile(disagreementFile, root, DisagreementsFileSchema, "disagreements", problems)?.disagreements.forEach(
      (d, index) => {
        kb.disagreements.push(d);
        note(kb.origins.disagreements, d.id, { file: rel(disagreementFile), index });
      },
    );
  }
  if (problems.length) throw new KnowledgeBaseLoadError(problems);
  return kb;
}
