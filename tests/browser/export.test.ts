// Report-ready figures, as an analyst makes them: an answer chosen in Leverage or Routes stays
// on screen when Export opens and exports as a layered diagram with its figures and quoted
// sources; a selection exports whole however far the camera is zoomed in; the whole view's
// labels never overlap; GEXF carries the on-screen look. Files are checked by parsing them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorOf } from "../../contract/palette.ts";
import { browserMissing, requireBrowserUnderCi, useBrowserSession } from "./setup.ts";
import { usePages } from "./pages.ts";
import { readPngHeader } from "./png.ts";
import { ARTIFACTS, type UI } from "./ui.ts";

requireBrowserUnderCi();

type Box = [number, number, number, number];
const overlap = (a: Box, b: Box) =>
  a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

describe.skipIf(browserMissing)("report-ready exports", { timeout: 90_000 }, () => {
  const session = useBrowserSession();
  const open = usePages(session);
  let ui: UI | undefined;
  const openPage = async (query = "") => (ui = await open(query));

  /** Reads an SVG in the page (DOMParser) and reports what the tests check. */
  const inspect = (svg: string) =>
    ui!.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const root = doc.documentElement;
      const boxes = (sel: string) =>
        [...doc.querySelectorAll(sel)].map((e) => {
          const r = e.getAttribute("data-box")?.split(" ").map(Number);
          if (r) return r;
          const rect = e.querySelector("rect")!;
          return ["x", "y", "width", "height"].map((k) => Number(rect.getAttribute(k)));
        });
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        width: Number(root.getAttribute("width")),
        height: Number(root.getAttribute("height")),
        nodes: [...doc.querySelectorAll("[data-part=node]")].map((e) => e.getAttribute("data-id")),
        edgeLabels: [...doc.querySelectorAll("[data-part=edge-label] text")].map((e) => e.textContent ?? ""),
        edgeBoxes: boxes("[data-part=edge-label]"),
        nodeBoxes: boxes("[data-part=node]"),
        labelBoxes: boxes("[data-part=labels] text"),
        circles: [...doc.querySelectorAll("circle[data-id]")].map((c) => ({
          id: c.getAttribute("data-id"),
          x: Number(c.getAttribute("cx")),
          y: Number(c.getAttribute("cy")),
        })),
        sources: [...doc.querySelectorAll("[data-part=sources] text")].map((e) => e.textContent ?? "").join("\n"),
        drawing: (() => {
          const inner = root.querySelector("svg")!;
          return { width: Number(inner.getAttribute("width")), height: Number(inner.getAttribute("height")) };
        })(),
      };
    }, svg);

  const download = async (button: string) => {
    const [file] = await Promise.all([
      ui!.page.waitForEvent("download"),
      ui!.page.getByRole("button", { name: button }).click(),
    ]);
    return readFileSync((await file.path())!);
  };

  const snapshot = async (svg: string, name: string) => {
    const page = await session.context().newPage();
    await page.setContent(`<body style="margin:0">${svg}</body>`);
    await page
      .locator("svg")
      .first()
      .screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    await page.close();
  };

  it("keeps a chosen leverage path when Export opens and draws it layered, with figures and quoted sources", async () => {
    const ui = await openPage();
    await ui.openTool("Leverage");
    await ui.page.locator(".ranked-paths > li").first().waitFor();
    await ui.choosePath(1);
    const chosen = (await ui.state()).highlighted;
    expect(chosen.nodes.length).toBeGreaterThan(1);
    await ui.openTool("Export");
    expect((await ui.state()).highlighted).toEqual(chosen);
    expect(await ui.page.getByLabel(/Current analysis/).isChecked()).toBe(true);
    expect(await ui.page.getByLabel(/Layered diagram/).isChecked()).toBe(true);

    const svg = (await download("Download SVG")).toString("utf8");
    const f = await inspect(svg);
    expect(f.error).toBeNull();
    expect([...f.nodes].sort()).toEqual([...chosen.nodes].sort());
    expect(f.edgeLabels.length).toBe(chosen.edges.length);
    // The lever's share is on its edge, with the footnote number of its quote.
    expect(f.edgeLabels.join(" ")).toMatch(/\d+(\.\d)? %/);
    expect(f.edgeLabels.join(" ")).toMatch(/\[\d+(, \d+)*\]/);
    expect(f.sources).toMatch(/\[1\] « .+ » — /);
    const boxes = [...f.edgeBoxes, ...f.nodeBoxes] as Box[];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i]!, boxes[j]!), `boxes ${i} and ${j}`).toBe(false);
    await snapshot(svg, "export-leverage-layered");

    await ui.page.getByTestId("png-scale").selectOption("3");
    const png = readPngHeader(await download("Download PNG"));
    expect(png.width).toBe(f.width * 3);
    expect(png.height).toBe(f.height * 3);
  });

  it("draws a route's volumes on its layered diagram", async () => {
    const ui = await openPage();
    await ui.openTool("Routes");
    await ui.page.locator(".ranked-paths > li").first().waitFor({ timeout: 20_000 });
    await ui.choosePath(1);
    await ui.openTool("Export");
    const svg = (await download("Download SVG")).toString("utf8");
    const f = await inspect(svg);
    expect(f.nodes).toContain("kazakhstan");
    // Drawn in the direction of travel: the origin is leftmost, whatever the relations' directions.
    const left = f.nodeBoxes.map((b) => b[0]!);
    expect(left[f.nodes.indexOf("kazakhstan")]).toBe(Math.min(...left));
    await snapshot(svg, "export-route-layered");
    expect(f.edgeLabels.join(" ")).toMatch(/\d[\d,.]* (t|Mt|units|bn USD)\b/);
  });

  it("exports a selection whole, not cropped to a zoomed-in camera", async () => {
    const ui = await openPage();
    await ui.clickNode("kazakhstan");
    await expect.poll(async () => (await ui.state()).selected).toBe("kazakhstan");
    await ui.page.evaluate(() => {
      // Zoom far in on the node, as an analyst reading its labels would.
      const canvas = document.querySelector("[data-testid=graph]")!;
      for (let i = 0; i < 8; i++) canvas.dispatchEvent(new WheelEvent("wheel", { deltaY: -300, bubbles: true }));
    });
    await ui.page.waitForTimeout(500);
    await ui.openTool("Export");
    await ui.page.getByLabel(/Selected entity/).check();
    const count = Number((await ui.page.getByTestId("export-count").textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(20);
    await ui.page.getByLabel(/Graph as drawn/).check();
    const svg = (await download("Download SVG")).toString("utf8");
    const f = await inspect(svg);
    expect(f.circles.length).toBe(count);
    for (const c of f.circles) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(f.drawing.width);
      expect(c.y).toBeGreaterThan(0);
      expect(c.y).toBeLessThan(f.drawing.height);
    }
    await snapshot(svg, "export-selection-whole");
  });

  it("places the whole view's labels without overlaps or clipping", async () => {
    const ui = await openPage();
    await ui.openTool("Export");
    expect(await ui.page.getByLabel(/Whole view/).isChecked()).toBe(true);
    const svg = (await download("Download SVG")).toString("utf8");
    const f = await inspect(svg);
    expect(f.labelBoxes.length).toBeGreaterThan(20);
    const boxes = f.labelBoxes as Box[];
    for (const b of boxes) {
      expect(b[0]).toBeGreaterThanOrEqual(0);
      expect(b[1]).toBeGreaterThanOrEqual(0);
      expect(b[0] + b[2]).toBeLessThanOrEqual(f.drawing.width);
      expect(b[1] + b[3]).toBeLessThanOrEqual(f.drawing.height);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    await snapshot(svg, "export-whole-view");
  });

  it("writes GEXF with each node's colour, size and position as on screen", async () => {
    const ui = await openPage();
    await ui.openTool("Export");
    const gexf = (await download("Download GEXF")).toString("utf8");
    const g = await ui.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const VIZ = "http://gexf.net/1.3/viz";
      const nodes = [...doc.getElementsByTagName("node")].map((n) => ({
        id: n.getAttribute("id")!,
        color: n.getElementsByTagNameNS(VIZ, "color")[0],
        size: Number(n.getElementsByTagNameNS(VIZ, "size")[0]?.getAttribute("value")),
        y: Number(n.getElementsByTagNameNS(VIZ, "position")[0]?.getAttribute("y")),
      }));
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        vizNs: doc.documentElement.getAttribute("xmlns:viz"),
        count: nodes.length,
        complete: nodes.every((n) => n.color && n.size > 0 && Number.isFinite(n.y)),
        kazakhstan: nodes.find((n) => n.id === "kazakhstan")!.color!.getAttribute("hex"),
        ys: Object.fromEntries(nodes.map((n) => [n.id, n.y])),
      };
    }, gexf);
    expect(g.error).toBeNull();
    expect(g.vizNs).toBe("http://gexf.net/1.3/viz");
    expect(g.count).toBe((await ui.state()).visibleNodes);
    expect(g.complete).toBe(true);
    expect(g.kazakhstan).toBe(colorOf("State"));
    // Gephi's y points up: the node higher on screen has the larger y.
    const [a, b] = ["kazakhstan", "russia"];
    const [pa, pb] = await Promise.all(
      [a, b].map((id) => ui.page.evaluate((n) => window.__explorer!.nodePosition(n), id)),
    );
    expect(Math.sign(g.ys[a]! - g.ys[b]!)).toBe(Math.sign(pb!.y - pa!.y));
  });
});
