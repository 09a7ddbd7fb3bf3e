import { describe, expect, it } from "vitest";
import type { EntityDetail, EntityRelation } from "../../../client/api/types.ts";
import { panelModel } from "../../../client/entity/panelModel.ts";

const rel = (id: string, type: string, other: string, extra: Partial<EntityRelation> = {}): EntityRelation => ({
  id,
  type,
  from: "kazakhstan",
  to: other,
  direction: "out",
  other: { id: other, name: other.replace(/-/g, " "), type: "Infrastructure" },
  conflictsWith: [],
  evidence: [{ document: "senat-report", quote: `citation sur ${other}` }],
  ...extra,
});

const detail: EntityDetail = {
  entity: { id: "kazakhstan", type: "State", name: "Kazakhstan", aliases: [] },
  groups: [
    {
      type: "DEPENDS_ON",
      relations: [
        rel("a", "DEPENDS_ON", "novorossiysk-port", { share: 0.8 }),
        rel("b", "DEPENDS_ON", "omsk-refinery"),
        rel("c", "DEPENDS_ON", "russian-pipelines", { share: 0.98 }),
      ],
    },
    { type: "MEMBER_OF", relations: [rel("d", "MEMBER_OF", "csto")] },
  ],
};

describe("the entity panel's model", () => {
  it("counts relations per type and lists the largest documented shares as key figures", () => {
    const m = panelModel(detail, () => true, "");
    expect(m.groups.map((g) => [g.type, g.relations.length, g.total])).toEqual([
      ["DEPENDS_ON", 3, 3],
      ["MEMBER_OF", 1, 1],
    ]);
    expect(m.keyFigures.map((r) => r.id)).toEqual(["c", "a"]);
    expect(m.shown).toBe(4);
  });

  it("narrows to the relations whose names or quotes contain the filter, accents and case aside", () => {
    const m = panelModel(detail, () => true, "NOVOROSS");
    expect(m.groups).toEqual([expect.objectContaining({ type: "DEPENDS_ON", total: 3 })]);
    expect(m.groups[0]!.relations.map((r) => r.id)).toEqual(["a"]);
    expect(panelModel(detail, () => true, "citation csto").shown).toBe(1);
  });

  it("applies the view's filters and says how many relations they hide", () => {
    const m = panelModel(detail, (r) => r.type !== "DEPENDS_ON", "");
    expect(m.groups.map((g) => g.type)).toEqual(["MEMBER_OF"]);
    expect(m.hiddenByFilters).toBe(3);
    expect(m.keyFigures).toEqual([]);
  });
});
