// The analyst's workbench as a person uses it, in headless Chromium against the real server and
// data: the leverage summary and the routes ranking (issue 12, items 1 and 7), and later search,
// the entity panel and the keyboard. Assertions read the DOM and the test hook; screenshots are
// kept in test-artifacts/ for a human to look at.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { browserMissing, requireBrowserUnderCi, useBrowserSession } from "./setup.ts";
import { WorkbenchUI } from "./workbench.ts";

requireBrowserUnderCi();

describe.skipIf(browserMissing)("the analyst's workbench", () => {
  const session = useBrowserSession();
  let ui: WorkbenchUI | undefined;
  const open = async (query = "", viewport?: { width: number; height: number }) => {
    ui = WorkbenchUI.from(await session.newUI(viewport));
    await ui.open(query);
    return ui;
  };
  afterEach(async () => {
    await ui?.page.close();
    ui = undefined;
  });

  it("opens leverage on levers grouped by sector and highlights all of them, wider where the share is larger", async () => {
    const ui = await open();
    await ui.openLeverage();
    const sectors = await ui.page.locator(".lever-sector h3").allTextContents();
    expect(sectors.join(" | ")).toMatch(/Oil exports/);
    expect(sectors.join(" | ")).toMatch(/Arms/);
    // Each asset appears once per sector: duplicates are merged.
    const keys = await ui.levers().evaluateAll((els) => els.map((e) => e.getAttribute("data-lever")));
    expect(new Set(keys).size).toBe(keys.length);
    // Documented shares are bars with their percentage; unknown shares say what is known instead.
    expect(await ui.page.locator(".share-bars .share-value").first().textContent()).toMatch(/\d+(\.\d)? %/);
    expect(await ui.page.locator(".lever-known").first().textContent()).toMatch(/Share not documented\.\s*\S+/);
    const s = await ui.state();
    expect(s.highlighted.nodes).toEqual(expect.arrayContaining(["kazakhstan", "russia"]));
    expect(s.highlighted.edges.length).toBeGreaterThan(keys.length / 2);
    await ui.page.waitForTimeout(300);
    await ui.screenshot("leverage-summary");
  });

  it("isolates one lever with its hop evidence and the other document's disagreeing figure", async () => {
    const ui = await open();
    await ui.openLeverage();
    const all = (await ui.state()).highlighted.edges.length;
    await ui.chooseLever("Oil exports", "Port of Novorossiysk");
    await expect
      .poll(async () => (await ui.state()).state.forms)
      .toMatchObject({ lever: "oil-exports:novorossiysk-port" });
    const isolated = (await ui.state()).highlighted;
    expect(isolated.edges.length).toBeLessThan(all);
    expect(isolated.nodes).toEqual(expect.arrayContaining(["kazakhstan", "novorossiysk-port"]));
    const detail = ui.page.getByTestId("lever-detail");
    expect(await detail.locator("blockquote cite").first().textContent()).not.toBe("");
    // The 80 % figure is disputed by another document's figure, shown beside it with its source.
    const row = ui.page.locator('li.lever[data-lever="oil-exports:novorossiysk-port"]');
    expect(await row.locator(".lever-head .dispute-mark").count()).toBe(1);
    const claim = detail.locator(".disagreement").first();
    expect(await claim.locator("strong").textContent()).toMatch(/%/);
    expect(await claim.locator("cite").textContent()).not.toBe("");
    await ui.page.waitForTimeout(300);
    await ui.screenshot("leverage-lever-isolated");
    // Choosing it again shows every lever again.
    await ui.chooseLever("Oil exports", "Port of Novorossiysk");
    await expect.poll(async () => (await ui.state()).highlighted.edges.length).toBe(all);
  });

  it("exports an isolated lever with the other document's disputing claim in the footnote", async () => {
    const ui = await open();
    await ui.openLeverage();
    await ui.chooseLever("Oil exports", "Port of Novorossiysk");
    await expect
      .poll(async () => (await ui.state()).state.forms)
      .toMatchObject({ lever: "oil-exports:novorossiysk-port" });
    const download = await ui.exportImage("SVG");
    const svg = readFileSync((await download.path())!, "utf8");
    expect(svg).toMatch(/Novorossiysk/);
    expect(svg).toMatch(/≠ \[[\d, ]+\] (disputed|and \[[\d, ]+\] disagree)/);
    // Kept as a picture for a person to check the footnote.
    await ui.page.setContent(svg);
    await ui.screenshot("export-lever-disputed");
  });

  it("ranks every destination with a bar when no destination is chosen, says what blocks others, and clears a chosen one", async () => {
    const ui = await open();
    await ui.openRoutes();
    const routes = ui.page.locator(".ranked-paths > li");
    expect(await routes.count()).toBeGreaterThan(2);
    expect(await routes.first().locator(".bar").count()).toBe(1);
    const blocked = ui.page.getByRole("region", { name: "Blocked destinations" });
    expect(await blocked.textContent()).toMatch(/blocked by .*Novorossiysk/);
    await ui.screenshot("routes-all-destinations");
    // Choose a destination, then clear it again.
    const destination = ui.page.getByRole("combobox", { name: "Destination" });
    await destination.fill("China");
    await ui.page.locator("[role=listbox] [role=option]").first().click();
    await expect.poll(async () => (await ui.state()).state.forms).toMatchObject({ routeTo: "china" });
    await ui.page.getByRole("button", { name: "All destinations" }).click();
    await expect.poll(async () => (await ui.state()).state.forms).toMatchObject({ routeTo: "" });
    await routes.first().waitFor();
    expect(await routes.count()).toBeGreaterThan(2);
  });
});

describe.skipIf(browserMissing)("evidence search in the browser", () => {
  const session = useBrowserSession();
  let ui: WorkbenchUI | undefined;
  const open = async (query = "", viewport?: { width: number; height: number }) => {
    ui = WorkbenchUI.from(await session.newUI(viewport));
    await ui.open(query);
    return ui;
  };
  afterEach(async () => {
    await ui?.page.close();
    ui = undefined;
  });

  it("finds quotes for a French word, marks the words and names each quote's document", async () => {
    const ui = await open();
    await ui.searchEvidence("investissement");
    const panel = ui.evidencePanel();
    await panel.locator(".evidence-hit").first().waitFor();
    expect(await panel.locator("mark").count()).toBeGreaterThan(0);
    expect((await panel.locator("mark").first().textContent())!.toLowerCase()).toMatch(/invest/);
    const cite = panel.locator(".passage.quote cite").first();
    expect(await cite.textContent()).not.toBe("");
    expect(await panel.getByRole("heading", { name: "Relations" }).count()).toBe(1);
    await ui.screenshot("evidence-search");
  });

  it.each(["Russian companies", "menace"])("finds passages for %j", async (q) => {
    const ui = await open();
    await ui.searchEvidence(q);
    await ui.evidencePanel().locator(".evidence-hit").first().waitFor();
    expect(await ui.evidencePanel().locator("mark").count()).toBeGreaterThan(0);
  });

  it("says plainly when nothing matches, and Esc from the search box closes the results", async () => {
    const ui = await open();
    await ui.searchEvidence("qzxwvy");
    await ui.page.getByTestId("evidence-empty").waitFor();
    expect(await ui.page.getByTestId("evidence-empty").textContent()).toMatch(/Nothing .* matches “qzxwvy”/);
    await ui.screenshot("evidence-search-empty");
    await ui.page.keyboard.press("Escape");
    await ui.evidencePanel().waitFor({ state: "detached" });
  });

  it("highlights a relation chosen from the results on the graph", async () => {
    const ui = await open();
    await ui.searchEvidence("menace");
    const hit = ui.evidencePanel().locator("[data-relation]").first();
    const id = await hit.getAttribute("data-relation");
    await hit.locator("button.relation-link").click();
    await expect.poll(async () => (await ui.state()).highlighted.edges).toEqual([id]);
  });
});

describe.skipIf(browserMissing)("the entity panel, documents, keyboard and camera", () => {
  const session = useBrowserSession();
  let ui: WorkbenchUI | undefined;
  const open = async (query = "", viewport?: { width: number; height: number }) => {
    ui = WorkbenchUI.from(await session.newUI(viewport));
    await ui.open(query);
    return ui;
  };
  afterEach(async () => {
    await ui?.page.close();
    ui = undefined;
  });

  it("keeps the Kazakhstan panel short: summary first, groups folded with counts, a filter, and the view's filters", async () => {
    const ui = await open("sel=kazakhstan");
    const panel = ui.entityPanel();
    await panel.waitFor();
    expect(await panel.getByRole("region", { name: "Key figures" }).count()).toBe(1);
    expect(await panel.locator(".type-counts .chip-button").count()).toBeGreaterThan(5);
    const groups = panel.locator("details.relation-group");
    expect(await groups.count()).toBeGreaterThan(5);
    expect(await panel.locator("details.relation-group[open]").count()).toBe(0);
    const height = await panel.evaluate((el) => el.scrollHeight);
    expect(height).toBeLessThan(2500);
    await ui.screenshot("entity-panel-summary");

    // The panel's filter opens the groups that match and counts what matches.
    await ui.filterPanel("Novoross");
    await expect
      .poll(async () => panel.locator(".relation .link", { hasText: "Novorossiysk" }).count())
      .toBeGreaterThan(0);
    expect(await ui.page.getByTestId("panel-counts").textContent()).toMatch(/match/);
    await ui.filterPanel("");

    // The view's relation-type filter applies to the panel too.
    await ui.openTool("Filters");
    await ui.page.getByRole("checkbox", { name: /^DEPENDS_ON/ }).uncheck();
    await expect.poll(async () => panel.locator('details.relation-group[data-type="DEPENDS_ON"]').count()).toBe(0);
    expect(await ui.page.getByTestId("panel-counts").textContent()).toMatch(/hidden by the type and year filters/);
  });

  it("opens the source documents from a citation, with what each supports", async () => {
    const ui = await open("sel=kazakhstan");
    const panel = ui.entityPanel();
    await panel.locator(".type-counts .chip-button", { hasText: "DEPENDS_ON" }).click();
    const citation = panel.locator("button.citation").first();
    const cited = await citation.locator("cite").getAttribute("data-document");
    await citation.click();
    const list = ui.page.getByTestId("documents-list");
    await list.waitFor();
    const items = list.locator("li");
    expect(await items.count()).toBeGreaterThanOrEqual(5);
    const focused = list.locator("li.focused");
    expect(await focused.getAttribute("data-document-id")).toBe(cited);
    expect(await focused.locator(".doc-facts").textContent()).toMatch(/Supports [1-9]\d* relation/);
    expect(await focused.locator(".doc-meta").textContent()).not.toBe("—");
    await ui.screenshot("documents-list");
    await ui.page.keyboard.press("Escape");
    await list.waitFor({ state: "hidden" });
  });

  it("opens a relation's evidence when its edge is clicked", async () => {
    const ui = await open("sel=novorossiysk-port");
    await ui.entityPanel().waitFor();
    await ui.page.keyboard.press("Escape");
    await ui.page.waitForTimeout(600);
    await ui.clickAnEdgeOf("novorossiysk-port");
    const panel = ui.page.getByTestId("relation-panel");
    await panel.waitFor();
    // Whichever edge the click landed on, the panel names its two ends and its relation type.
    expect(await panel.locator("h2").textContent()).toMatch(/.+ → [A-Z_]+ → .+/);
    expect(await panel.locator("blockquote cite").count()).toBeGreaterThan(0);
    expect((await ui.state()).highlighted.edges).toHaveLength(1);
    await ui.screenshot("relation-evidence");
    await ui.page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
  });

  it("frames a selected entity with its neighbours on screen", async () => {
    const ui = await open();
    await ui.search("Novoross");
    await expect.poll(async () => (await ui.state()).selected).toBe("novorossiysk-port");
    await ui.page.waitForTimeout(700);
    const box = (await ui.page.getByTestId("graph").boundingBox())!;
    const neighbours = await ui.page.evaluate(async () => {
      const g = await (await fetch("/api/neighbourhood?ids=novorossiysk-port")).json();
      return g.nodes.map((n: { id: string }) => n.id) as string[];
    });
    expect(neighbours.length).toBeGreaterThan(2);
    for (const id of neighbours) {
      const p = await ui.page.evaluate((n) => window.__explorer!.nodePosition(n), id);
      expect(p, id).not.toBeNull();
      expect(p!.x).toBeGreaterThanOrEqual(box.x);
      expect(p!.x).toBeLessThanOrEqual(box.x + box.width);
      expect(p!.y).toBeGreaterThanOrEqual(box.y);
      expect(p!.y).toBeLessThanOrEqual(box.y + box.height);
    }
    await ui.screenshot("framed-with-neighbours");
  });

  it("focuses search with / from anywhere except a text field, and Esc after a search closes the panel", async () => {
    const ui = await open();
    await ui.search("Novoross");
    await ui.entityPanel().waitFor();
    // Focus is still in the search box: Esc closes the panel.
    await ui.page.keyboard.press("Escape");
    await expect.poll(async () => (await ui.state()).selected).toBeNull();
    // "/" in a text field is typed, not a shortcut.
    await ui.page.locator("h1").click();
    await ui.search("Kazakhstan");
    await ui.entityPanel().waitFor();
    const filter = ui.entityPanel().getByLabel("Filter relations");
    await filter.click();
    await ui.page.keyboard.type("a/b");
    expect(await filter.inputValue()).toBe("a/b");
    // From the page body, "/" focuses the search box.
    await ui.page.locator("h1").click();
    await ui.page.keyboard.press("/");
    expect(await ui.page.evaluate(() => document.activeElement?.id)).toBe("entity-search");
  });

  it("keeps the leverage summary within a phone's width", async () => {
    const ui = await open("", { width: 390, height: 844 });
    await ui.openLeverage();
    const widest = await ui.page
      .getByTestId("lever-summary")
      .evaluate((el) => Math.max(...[el, ...el.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(391);
    await ui.page.screenshot({ path: `${(await import("./ui.ts")).ARTIFACTS}/phone-leverage.png`, fullPage: true });
  });

  it("keeps the phone layout: panels stacked, nothing wider than the screen", async () => {
    const ui = await open("", { width: 390, height: 844 });
    await ui.searchEvidence("menace");
    const boxes = await Promise.all(
      [".app-header", ".graph-area", ".evidence-panel", ".tool-panel"].map(async (sel) => ({
        sel,
        box: (await ui.page.locator(sel).boundingBox())!,
      })),
    );
    for (const { sel, box } of boxes) expect(box.x + box.width, sel).toBeLessThanOrEqual(391);
    await ui.page.screenshot({ path: `${(await import("./ui.ts")).ARTIFACTS}/phone-evidence.png`, fullPage: true });
  });
});
