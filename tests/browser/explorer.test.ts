// The explorer as a person uses it, in headless Chromium against the real server and data:
// each test is a short story told through the UI helper, asserting on the test hook and
// the DOM first and on pixels only where pixels are the point.
import { readFileSync } from "node:fs";
import { describe, expect, it, afterEach } from "vitest";
import { browserMissing, requireBrowserUnderCi, useBrowserSession } from "./setup.ts";
import { inkRatio, readPngHeader } from "./png.ts";
import type { UI } from "./ui.ts";

requireBrowserUnderCi();

describe.skipIf(browserMissing)("the explorer in a browser", () => {
  const session = useBrowserSession();
  let ui: UI | undefined;
  const open = async (query = "", viewport?: { width: number; height: number }) => {
    ui = await session.newUI(viewport);
    await ui.open(query);
    return ui;
  };
  afterEach(async () => {
    await ui?.page.close();
    ui = undefined;
  });

  it("draws the whole graph on first load, the source documents kept out until asked for", async () => {
    const ui = await open();
    const s = await ui.state();
    expect(s.order).toBeGreaterThan(50);
    const documents = await ui.page.evaluate(async () => {
      const graph = (await (await fetch("/api/graph")).json()) as { nodes: { label: string }[] };
      return graph.nodes.filter((n) => n.label === "Document").length;
    });
    expect(documents).toBeGreaterThan(0);
    expect(s.visibleNodes).toBe(s.order - documents);
    await ui.page.waitForTimeout(300);
    const shot = await ui.page.getByTestId("graph").screenshot();
    await ui.screenshot("first-load");
    expect(inkRatio(shot)).toBeGreaterThan(0.01);
  });

  it("finds an entity by a partial name and shows its evidence", async () => {
    const ui = await open();
    await ui.search("Novoross");
    const panel = ui.page.getByTestId("entity-panel");
    await expect.poll(async () => (await ui.state()).selected).toMatch(/novoross/);
    await panel.waitFor();
    expect(await panel.locator("h2").textContent()).toMatch(/Novoross/i);
    expect(await panel.locator("blockquote").count()).toBeGreaterThan(0);
    expect(await panel.locator("cite").first().textContent()).not.toBe("");
    await ui.screenshot("entity-panel");
    await ui.page.locator("body").click({ position: { x: 5, y: 790 } });
    await ui.page.keyboard.press("Escape");
    await expect.poll(async () => (await ui.state()).selected).toBeNull();
  });

  it("selects an entity clicked in the graph", async () => {
    const ui = await open();
    await ui.clickNode("kazakhstan");
    await expect.poll(async () => (await ui.state()).selected).toBe("kazakhstan");
    expect(await ui.page.getByTestId("entity-panel").locator("h2").textContent()).toBe("Kazakhstan");
  });

  it("highlights a chosen leverage path of Russia over Kazakhstan", async () => {
    const ui = await open();
    await ui.openTool("Leverage");
    await ui.page.locator(".ranked-paths > li").first().waitFor();
    await ui.choosePath(1);
    const { highlighted } = await ui.state();
    expect(highlighted.nodes).toEqual(expect.arrayContaining(["russia", "kazakhstan"]));
    expect(highlighted.edges.length).toBeGreaterThan(0);
    // The hop evidence cites its document by title (the answer's documents map), not by id.
    const first = ui.page.locator(".ranked-paths > li").first();
    await first.locator("details.hops > summary").click();
    expect(await first.locator("cite").first().textContent()).toMatch(
      /Sénat \(France\)|Mazorenko|Wikipédia|Kazakhstan/,
    );
    await ui.screenshot("leverage-path");
  });

  it("runs a Cypher query and shows rows and a graph", async () => {
    const ui = await open();
    await ui.runCypher("MATCH (s:State)-[r:BORDERS]->(t) RETURN s, r, t");
    const results = ui.page.getByTestId("cypher-results").or(ui.page.getByTestId("cypher-error"));
    await results.waitFor({ timeout: 20_000 });
    expect(await ui.page.getByTestId("cypher-error").count(), (await results.textContent()) ?? "").toBe(0);
    expect(await ui.page.locator("[data-testid=cypher-results] tbody tr").count()).toBeGreaterThan(0);
    expect((await ui.state()).highlighted.nodes.length).toBeGreaterThan(1);
    await ui.screenshot("cypher");
  });

  it("shows a Cypher syntax error at its position", async () => {
    const ui = await open();
    await ui.runCypher("MATCH (s:State RETURN s");
    const error = ui.page.getByTestId("cypher-error");
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toMatch(/line 1, column \d+/i);
  });

  it("exports the view as a PNG of the chosen scale", async () => {
    const ui = await open();
    const download = await ui.exportImage("PNG", 2);
    const png = readFileSync((await download.path())!);
    const header = readPngHeader(png);
    const box = (await ui.page.getByTestId("graph").boundingBox())!;
    expect(header.width).toBe(Math.round(box.width) * 2);
    expect(header.height).toBeGreaterThan(Math.round(box.height) * 2);
    expect((await ui.state()).lastExport).toEqual({ kind: "png", width: header.width, height: header.height });
  });

  it("exports the view as well-formed SVG", async () => {
    const ui = await open();
    const download = await ui.exportImage("SVG");
    const svg = readFileSync((await download.path())!, "utf8");
    const parsed = await ui.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        circles: doc.querySelectorAll("circle").length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    expect(parsed.circles).toBeGreaterThan(50);
    expect(svg).toMatch(/Sources:/);
  });

  it("restores selection, tool and chosen path from the URL, and back undoes", async () => {
    const ui = await open();
    await ui.clickNode("kazakhstan");
    await expect.poll(async () => (await ui.state()).selected).toBe("kazakhstan");
    await ui.openTool("Leverage");
    await ui.page.locator(".ranked-paths > li").first().waitFor();
    await ui.choosePath(2);
    const before = await ui.state();
    expect(ui.page.url()).toContain("sel=kazakhstan");
    await ui.page.reload();
    await ui.waitReady();
    await ui.page.locator(".ranked-paths > li").first().waitFor();
    const after = await ui.state();
    expect(after.selected).toBe("kazakhstan");
    expect(after.state.tool).toBe("leverage");
    expect(after.highlighted).toEqual(before.highlighted);
    await ui.page.goBack();
    await expect.poll(async () => (await ui.state()).highlighted.nodes.length).toBe(0);
  });

  it("stacks panels without overlap on a 390-px phone screen", async () => {
    const ui = await open("", { width: 390, height: 844 });
    await ui.search("Kazakhstan");
    await ui.page.getByTestId("entity-panel").waitFor();
    const boxes = await Promise.all(
      [".app-header", ".graph-area", ".entity-panel", ".tool-panel"].map(async (sel) => ({
        sel,
        box: (await ui.page.locator(sel).boundingBox())!,
      })),
    );
    for (const { box } of boxes) expect(box.x + box.width).toBeLessThanOrEqual(391);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].box, boxes[j].box];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${boxes[i].sel} overlaps ${boxes[j].sel}`).toBe(false);
      }
    }
    await ui.page.screenshot({ path: `${(await import("./ui.ts")).ARTIFACTS}/phone.png`, fullPage: true });
  });
});
