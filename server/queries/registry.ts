// Discovers the saved analyst queries in cypher/queries/: every `<id>.ts` descriptor with its
// `<id>.cypher` text. Adding a query means adding those two files; no routing code changes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import type { QueryDescriptor } from "./descriptor.ts";

export const QUERIES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "cypher", "queries");

export interface SavedQuery {
  descriptor: QueryDescriptor;
  text: string;
}

export class QueryRegistry {
  private constructor(private readonly byId: ReadonlyMap<string, SavedQuery>) {}

  static async load(dir: string = QUERIES_DIR): Promise<QueryRegistry> {
    const byId = new Map<string, SavedQuery>();
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".ts"))
          .sort()
      : [];
    for (const file of files) {
      const id = file.slice(0, -3);
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: QueryDescriptor };
      const descriptor = mod.default;
      if (!descriptor || descriptor.id !== id)
        throw new Error(`${file}: default export must be a descriptor with id "${id}"`);
      byId.set(id, { descriptor, text: readFileSync(join(dir, `${id}.cypher`), "utf8") });
    }
    return new QueryRegistry(byId);
  }

  get(id: string): SavedQuery | undefined {
    return this.byId.get(id);
  }

  list() {
    return [...this.byId.values()].map(({ descriptor: d, text }) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      parameters: z.toJSONSchema(d.params, { io: "input" }),
      cypher: text,
    }));
  }
}
