// The knowledge-base checker rejects each kind of bad entry with a message naming the file and
// the entry, and accepts the real graph-data/. Bad knowledge bases are written to temp dirs.
import { describe, it, expect } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { stringify } from "yaml";
import { loadKnowledgeBase, KnowledgeBaseLoadError } from "../../graph-data/load.ts";
import { validateKnowledgeBase } from "../../graph-data/validate.ts";
import { readSeedTexts } from "../../graph-data/seeds.ts";

const DOC_TEXT = "Environ 80 % du pétrole kazakh transite par le port de Novorossiïsk.";

const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "State",
  name: id,
  nameFr: id,
  aliases: [],
  description: `The entity ${id}.`,
  mentions: ["doc-a"],
  ...extra,
});

const relation = (extra: Record<string, unknown> = {}) => ({
  id: "kz-depends-on-port",
  type: "DEPENDS_ON",
  from: "kazakhstan",
  to: "novorossiysk-port",
  theme: "energy",
  sector: "oil-exports",
  share: 0.8,
  evidence: [{ document: "doc-a", quote: "80 % du pétrole kazakh transite par le port de Novorossiïsk" }],
  ...extra,
});

interface Fixture {
  entities?: unknown[];
  relations?: unknown[];
  extraEntities?: unknown[];
}

function writeKb({ entities, relations, extraEntities }: Fixture): { dir: string; seeds: string } {
  const root = mkdtempSync(join(tmpdir(), "kb-"));
  const dir = join(root, "graph-data");
  const seeds = join(root, "seeds");
  mkdirSync(join(dir, "entities"), { recursive: true });
  mkdirSync(join(dir, "relations"), { recursive: true });
  mkdirSync(seeds);
  writeFileSync(join(seeds, "a.txt"), DOC_TEXT);
  writeFileSync(
    join(dir, "documents.yaml"),
    stringify({ documents: [{ id: "doc-a", file: "a.txt", title: "A", kind: "press", language: "fr" }] }),
  );
  const base = entities ?? [
    entity("kazakhstan"),
    entity("novorossiysk-port", { type: "Infrastructure", subtype: "port" }),
  ];
  writeFileSync(join(dir, "entities", "states.yaml"), stringify({ entities: base }));
  if (extraEntities) writeFileSync(join(dir, "entities", "more.yaml"), stringify({ entities: extraEntities }));
  writeFileSync(join(dir, "relations", "energy.yaml"), stringify({ relations: relations ?? [relation()] }));
  return { dir, seeds };
}

function problemsOf(fixture: Fixture): string[] {
  const { dir, seeds } = writeKb(fixture);
  try {
    const kb = loadKnowledgeBase(dir);
    const texts = readSeedTexts(kb.documents, seeds) ?? undefined;
    return validateKnowledgeBase(kb, { texts }).map((p) => `${p.file} [${p.entry}] ${p.message}`);
  } catch (err) {
    if (err instanceof KnowledgeBaseLoadError) return err.problems.map((p) => `${p.file} [${p.entry}] ${p.message}`);
    throw err;
  }
}

describe("knowledge-base checker", () => {
  it("accepts a well-formed knowledge base", () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("rejects a relation without evidence, naming the file and entry", () => {
    const [p, ...rest] = problemsOf({ relations: [relation({ evidence: [] })] });
    expect(rest).toEqual([]);
    expect(p).toMatch(
      /relations\/energy\.yaml \[relations\[0\] id=kz-depends-on-port\] evidence: .*at least one piece of evidence/,
    );
  });

  it("rejects a quote that does not occur verbatim in its document", () => {
    const bad = relation({
      evidence: [{ document: "doc-a", quote: "90 % du pétrole kazakh transite par Novorossiïsk" }],
    });
    expect(problemsOf({ relations: [bad] })).toEqual([
      expect.stringMatching(
        /energy\.yaml \[#0 id=kz-depends-on-port\] evidence\[0\]\.quote does not occur verbatim in "doc-a"/,
      ),
    ]);
  });

  it("accepts a quote whose spaces differ only in kind (non-breaking vs plain)", () => {
    const nbsp = relation({ evidence: [{ document: "doc-a", quote: "80\u00a0% du pétrole kazakh transite" }] });
    expect(problemsOf({ relations: [nbsp] })).toEqual([]);
  });

  it("rejects a dangling entity id", () => {
    expect(problemsOf({ relations: [relation({ to: "atlantis-port" })] })).toEqual([
      expect.stringMatching(/to: dangling id "atlantis-port"/),
      expect.stringMatching(/entity "novorossiysk-port" has no relation/),
    ]);
  });

  it("rejects an unknown entity type and an unknown relation type", () => {
    const problems = problemsOf({
      entities: [
        entity("kazakhstan", { type: "Planet" }),
        entity("novorossiysk-port", { type: "Infrastructure", subtype: "port" }),
      ],
      relations: [relation({ type: "LOVES" })],
    });
    expect(problems).toEqual([
      expect.stringMatching(/states\.yaml \[entities\[0\] id=kazakhstan\] type: /),
      expect.stringMatching(
        /energy\.yaml \[relations\[0\] id=kz-depends-on-port\] type: unknown relation type "LOVES"/,
      ),
    ]);
  });

  it("rejects a duplicate id across files", () => {
    expect(problemsOf({ extraEntities: [entity("kazakhstan")] })).toEqual([
      expect.stringMatching(
        /\[#0 id=kazakhstan\] duplicate entity id "kazakhstan" \(also at .*more\.yaml#0, .*states\.yaml#0\)/,
      ),
    ]);
  });

  it("rejects a share outside 0..1", () => {
    expect(problemsOf({ relations: [relation({ share: 80 })] })).toEqual([
      expect.stringMatching(/\[relations\[0\] id=kz-depends-on-port\] share: share must be between 0 and 1/),
    ]);
  });

  it("rejects an entity without any relation", () => {
    expect(problemsOf({ extraEntities: [entity("mongolia")] })).toEqual([
      expect.stringMatching(/entity "mongolia" has no relation/),
    ]);
  });

  it("rejects a one-sided conflict link", () => {
    const a = relation({
      id: "border-a",
      type: "BORDERS",
      to: "novorossiysk-port",
      amount: 1,
      unit: "km",
      conflictsWith: ["border-b"],
    });
    const b = relation({ id: "border-b", type: "BORDERS", to: "novorossiysk-port", amount: 2, unit: "km" });
    expect(problemsOf({ relations: [a, b] })).toEqual([
      expect.stringMatching(/conflictsWith: "border-b" does not list "border-a" back/),
    ]);
  });

  it("exits non-zero from the command line and prints the problem", () => {
    const { dir, seeds } = writeKb({ relations: [relation({ share: 1.5 })] });
    const run = spawnSync(process.execPath, ["--import", "tsx", "graph-data/check.ts", dir], {
      encoding: "utf8",
      env: { ...process.env, SEEDS_DIR: seeds },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /energy\.yaml \[relations\[0\] id=kz-depends-on-port\]: share: share must be between 0 and 1/,
    );
  });
});

describe("graph-data/", () => {
  it("passes every check against the five documents", () => {
    const kb = loadKnowledgeBase();
    const texts = readSeedTexts(kb.documents);
    expect(texts, "../shared/seeds must be present next to the repo").not.toBeNull();
    expect(validateKnowledgeBase(kb, { texts: texts! })).toEqual([]);
    expect(kb.documents).toHaveLength(5);
  });
});
