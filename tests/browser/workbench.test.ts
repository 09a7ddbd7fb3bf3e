// The analyst's workbench as a person uses it, in headless Chromium against the real server and
// data: the leverage summary and the routes ranking (issue 12, items 1 and 7), and later search,
// the entity panel and the keyboard. Assertions read the DOM and the test hook; screenshots are
// kept in test-artifacts/ for a human to look at.
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
    await hit.locator("button.link").click();
    await expect.poll(async () => (await ui.state()).highlighted.edges).toEqual([id]);
  });
});
