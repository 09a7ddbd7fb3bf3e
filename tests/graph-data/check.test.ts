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
const DOC_B_TEXT = "La quasi-totalité du pétrole kazakh passe par la Russie.";

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

// The good the default relation's sector is about: every flow sector maps to a commodity or a service.
const crudeOil = entity("crude-oil", { type: "Commodity", sectors: ["oil-exports"] });

/** Two claims of another type and unit, from two documents, linked both ways. */
const twoClaims = () => [
  relation({ id: "share-a", conflictsWith: ["share-b"] }),
  relation({
    id: "share-b",
    type: "TRANSITS",
    share: undefined,
    amount: 98,
    unit: "percent",
    conflictsWith: ["share-a"],
    evidence: [{ document: "doc-b", quote: "La quasi-totalité du pétrole kazakh passe par la Russie" }],
  }),
];

const disagreement = (extra: Record<string, unknown> = {}) => ({
  id: "oil-share",
  kind: "measure",
  about: "How much Kazakh oil goes through Russia",
  claims: ["share-a", "share-b"],
  ...extra,
});

interface Fixture {
  entities?: unknown[];
  relations?: unknown[];
  extraEntities?: unknown[];
  disagreements?: unknown[];
}

function writeKb({ entities, relations, extraEntities, disagreements }: Fixture): { dir: string; seeds: string } {
  const root = mkdtempSync(join(tmpdir(), "kb-"));
  const dir = join(root, "graph-data");
  const seeds = join(root, "seeds");
  mkdirSync(join(dir, "entities"), { recursive: true });
  mkdirSync(join(dir, "relations"), { recursive: true });
  mkdirSync(seeds);
  writeFileSync(join(seeds, "a.txt"), DOC_TEXT);
  writeFileSync(join(seeds, "b.txt"), DOC_B_TEXT);
  writeFileSync(
    join(dir, "documents.yaml"),
    stringify({
      documents: [
        { id: "doc-a", file: "a.txt", title: "A", kind: "press", language: "fr" },
        { id: "doc-b", file: "b.txt", title: "B", kind: "essay", language: "fr" },
      ],
    }),
  );
  const base = entities ?? [
    entity("kazakhstan"),
    entity("novorossiysk-port", { type: "Infrastructure", subtype: "port" }),
    crudeOil,
  ];
  writeFileSync(join(dir, "entities", "states.yaml"), stringify({ entities: base }));
  if (extraEntities) writeFileSync(join(dir, "entities", "more.yaml"), stringify({ entities: extraEntities }));
  writeFileSync(join(dir, "relations", "energy.yaml"), stringify({ relations: relations ?? [relation()] }));
  if (disagreements) writeFileSync(join(dir, "disagreements.yaml"), stringify({ disagreements }));
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
        crudeOil,
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
    const [a, b] = twoClaims();
    expect(problemsOf({ relations: [a, { ...b, conflictsWith: [] }], disagreements: [disagreement()] })).toEqual([
      expect.stringMatching(/conflictsWith: "share-b" does not list "share-a" back/),
      expect.stringMatching(/\[#1 id=share-b\] conflictsWith must list the other claims of "oil-share": share-a/),
    ]);
  });

  it("accepts claims of another type, unit and document linked by a disagreement", () => {
    expect(problemsOf({ relations: twoClaims(), disagreements: [disagreement()] })).toEqual([]);
  });

  it("rejects conflict links that no disagreement holds", () => {
    expect(problemsOf({ relations: twoClaims() })).toEqual([
      expect.stringMatching(/\[#0 id=share-a\] conflictsWith without a disagreement/),
      expect.stringMatching(/\[#1 id=share-b\] conflictsWith without a disagreement/),
    ]);
  });

  it("rejects a disagreement claiming an unknown relation", () => {
    const d = disagreement({ claims: ["share-a", "share-b", "share-c"] });
    expect(problemsOf({ relations: twoClaims(), disagreements: [d] })).toEqual([
      expect.stringMatching(/disagreements\.yaml \[#0 id=oil-share\] claims: unknown relation "share-c"/),
    ]);
  });

  it("rejects a claim in two disagreements", () => {
    const again = disagreement({ id: "oil-share-again" });
    expect(problemsOf({ relations: twoClaims(), disagreements: [disagreement(), again] })).toEqual([
      expect.stringMatching(/\[#1 id=oil-share-again\] claims: "share-a" is already a claim of "oil-share"/),
      expect.stringMatching(/\[#1 id=oil-share-again\] claims: "share-b" is already a claim of "oil-share"/),
    ]);
  });

  it("rejects a disagreement with a single claim", () => {
    expect(problemsOf({ disagreements: [disagreement({ claims: ["kz-depends-on-port"] })] })).toEqual([
      expect.stringMatching(/disagreements\.yaml \[disagreements\[0\] id=oil-share\] claims: .*at least two claims/),
    ]);
  });

  it("rejects claims resting on the same document unless the document contradicts itself", () => {
    const [a, b] = twoClaims();
    const sameDoc = { ...b, evidence: a.evidence };
    expect(problemsOf({ relations: [a, sameDoc], disagreements: [disagreement()] })).toEqual([
      expect.stringMatching(/\[#0 id=oil-share\] every claim rests on "doc-a": say sameDocument: true/),
    ]);
    const said = disagreement({ sameDocument: true, note: "The piece gives both shares, in two paragraphs." });
    expect(problemsOf({ relations: [a, sameDoc], disagreements: [said] })).toEqual([]);
  });

  it("rejects sameDocument when the claims rest on different documents, and sameDocument without a note", () => {
    const said = disagreement({ sameDocument: true, note: "It contradicts itself." });
    expect(problemsOf({ relations: twoClaims(), disagreements: [said] })).toEqual([
      expect.stringMatching(/\[#0 id=oil-share\] sameDocument: the claims rest on different documents/),
    ]);
    expect(problemsOf({ relations: twoClaims(), disagreements: [disagreement({ sameDocument: true })] })).toEqual([
      expect.stringMatching(
        /\[disagreements\[0\] id=oil-share\] note: a document that contradicts itself needs a note/,
      ),
    ]);
  });

  it("rejects a relation note naming another relation by id", () => {
    const [a, b] = twoClaims();
    const noted = { ...a, note: "Compare share-b, which says more." };
    expect(problemsOf({ relations: [noted, b], disagreements: [disagreement()] })).toEqual([
      expect.stringMatching(/\[#0 id=share-a\] note names relation "share-b"/),
    ]);
  });

  it("rejects a disagreement note naming a relation by id", () => {
    const d = disagreement({ note: "share-a measures oil, not exports." });
    expect(problemsOf({ relations: twoClaims(), disagreements: [d] })).toEqual([
      expect.stringMatching(/\[#0 id=oil-share\] note names relation "share-a"/),
    ]);
  });

  it("rejects a flow sector that is neither a good nor a service", () => {
    expect(problemsOf({ relations: [relation(), relation({ id: "kz-unicorns", sector: "unicorns" })] })).toEqual([
      expect.stringMatching(/\[#1 id=kz-unicorns\] sector "unicorns" is neither a Commodity's sector/),
    ]);
  });

  it("accepts a service sector on a dependence", () => {
    expect(problemsOf({ relations: [relation(), relation({ id: "kz-pays", sector: "payments" })] })).toEqual([]);
  });

  it("rejects a sector mapped to two commodities, or mapped although it is a service", () => {
    const extra = [
      entity("oil-again", { type: "Commodity", sectors: ["oil-exports"] }),
      entity("money", { type: "Commodity", sectors: ["payments"] }),
    ];
    // more.yaml loads before states.yaml, so the second claim on "oil-exports" is crude-oil's.
    expect(problemsOf({ extraEntities: extra })).toEqual([
      expect.stringMatching(/more\.yaml \[#1 id=money\] sectors: "payments" is a service sector, not a good/),
      expect.stringMatching(/states\.yaml \[#2 id=crude-oil\] sectors: "oil-exports" is already mapped to "oil-again"/),
      expect.stringMatching(/entity "money" has no relation/),
      expect.stringMatching(/entity "crude-oil" has no relation/),
    ]);
  });

  it("rejects a relation reaching a commodity with another commodity's sector", () => {
    const gas = entity("natural-gas", { type: "Commodity", sectors: ["gas"] });
    const wrong = relation({ id: "kz-depends-on-gas", to: "natural-gas", sector: "oil-exports", share: undefined });
    expect(problemsOf({ extraEntities: [gas], relations: [relation(), wrong] })).toEqual([
      expect.stringMatching(
        /\[#1 id=kz-depends-on-gas\] sector "oil-exports" belongs to "crude-oil", not to "natural-gas"/,
      ),
    ]);
  });

  it("rejects sectors on an entity that is not a commodity", () => {
    expect(problemsOf({ extraEntities: [entity("mongolia", { sectors: ["gas"] })] })).toEqual([
      expect.stringMatching(/more\.yaml \[entities\[0\] id=mongolia\] sectors: only a Commodity maps sectors/),
    ]);
  });

  it("rejects a document id that is also an entity id", () => {
    expect(problemsOf({ extraEntities: [entity("doc-b", { mentions: ["doc-a"] })] })).toEqual([
      expect.stringMatching(/documents\.yaml \[#1 id=doc-b\] document id "doc-b" is also an entity id/),
      expect.stringMatching(/entity "doc-b" has no relation/),
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
