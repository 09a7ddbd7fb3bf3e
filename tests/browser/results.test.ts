// The results pane, as an analyst uses it: a query's answer under the graph as a wide table,
// a graph and text; thousands of rows scroll without thousands of DOM rows; the pane resizes;
// queries come back from the history after a reload; errors are underlined in the editor; the
// completion list is never cut off.
import { describe, expect, it } from "vitest";
import { browserMissing, requireBrowserUnderCi, useBrowserSession } from "./setup.ts";
import { usePages, type Viewport } from "./pages.ts";
import { inkRatio } from "./png.ts";
import type { UI } from "./ui.ts";

requireBrowserUnderCi();

// A loaded 2-core machine makes the editor and the server slow: these stories get a minute each.
describe.skipIf(browserMissing)("the Cypher results pane", { timeout: 60_000 }, () => {
  const open = usePages(useBrowserSession());
  let ui: UI | undefined;
  const pane = () => ui!.page.getByTestId("cypher-results");
  const openPage = async (viewport?: Viewport) => (ui = await open("", viewport));
  const status = async () => (await pane().locator(".results-status").textContent()) ?? "";

  it("draws returned paths as a graph, under the graph and as wide as it", async () => {
    const ui = await openPage();
    await ui.runCypher(
      "MATCH p = (k:Entity {id: 'kazakhstan'})-[:DEPENDS_ON]->(x)-[]-(r:Entity {id: 'russia'}) RETURN p",
    );
    await expect.poll(status, { timeout: 20_000 }).toMatch(/\d+ rows? · \d+ nodes and \d+ relationships/);
    const table = pane().getByTestId("results-table");
    expect(await table.locator("td").first().textContent()).toMatch(/^\(Kazakhstan\)-\[:DEPENDS_ON\]->/);
    const paneBox = (await pane().boundingBox())!;
    const graphBox = (await ui.page.getByTestId("graph").boundingBox())!;
    expect(paneBox.y).toBeGreaterThanOrEqual(graphBox.y + graphBox.height - 1);
    expect(paneBox.width).toBeGreaterThanOrEqual(graphBox.width - 1);
    expect(paneBox.width).toBeGreaterThan(800);

    await ui.resultView("Graph");
    const drawing = pane().getByTestId("result-graph");
    expect(await drawing.getAttribute("aria-label")).toMatch(/Result graph of ([3-9]|\d\d+) nodes/);
    await ui.page.waitForTimeout(400);
    expect(inkRatio(await drawing.screenshot())).toBeGreaterThan(0.005);
    await ui.screenshot("results-graph");

    await ui.resultView("Text");
    const text = (await pane().getByTestId("results-text").textContent()) ?? "";
    expect(text.split("\n")[0]).toMatch(/^\+-+\+$/);
    expect(text).toMatch(/\| p +\|/);
  });

  it("virtualises a long, wide table and scrolls to its last row", async () => {
    const ui = await openPage();
    const columns = Array.from({ length: 12 }, (_, i) => `i * ${i + 1} AS column${i + 1}`).join(", ");
    await ui.runCypher(`UNWIND range(1, 5000) AS i RETURN i, ${columns}`);
    await expect.poll(status, { timeout: 20_000 }).toMatch(/^5000 rows/);
    const table = pane().getByTestId("results-table");
    const domRows = await table.locator("tbody tr[data-row]").count();
    expect(domRows).toBeGreaterThan(3);
    expect(domRows).toBeLessThan(80);
    // Wider than the pane: it scrolls sideways instead of squeezing 13 columns.
    const widths = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    await table.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => table.locator("tbody tr[data-row='4999'] td").first().textContent()).toBe("5000");
    await ui.screenshot("results-table-virtualised");
  });

  it("resizes with the keyboard and the pointer", async () => {
    const ui = await openPage();
    await ui.runCypher("MATCH (s:State) RETURN s.name AS state ORDER BY state");
    await expect.poll(status, { timeout: 20_000 }).toMatch(/rows?/);
    const before = (await pane().boundingBox())!.height;
    const splitter = pane().getByTestId("results-splitter");
    await splitter.focus();
    await ui.page.keyboard.press("ArrowUp");
    await ui.page.keyboard.press("ArrowUp");
    expect((await pane().boundingBox())!.height).toBe(before + 48);
    const box = (await splitter.boundingBox())!;
    await ui.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await ui.page.mouse.down();
    await ui.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 100, { steps: 4 });
    await ui.page.mouse.up();
    expect((await pane().boundingBox())!.height).toBe(before + 48 - 100);
  });

  it("keeps the queries run in a history that survives a reload", async () => {
    const ui = await openPage();
    await ui.runCypher("MATCH (o:Organisation) RETURN o.name AS organisation");
    await expect.poll(status, { timeout: 20_000 }).toMatch(/rows?/);
    await ui.runCypher("RETURN 1 AS one");
    await expect.poll(status).toBe("1 row");
    await ui.page.reload();
    await ui.waitReady();
    await ui.openTool("Cypher");
    const history = ui.page.getByTestId("query-history");
    await history.locator("summary").click();
    const entries = history.locator(".history-entry");
    expect(await entries.first().textContent()).toBe("RETURN 1 AS one");
    expect(await entries.nth(1).textContent()).toBe("MATCH (o:Organisation) RETURN o.name AS organisation");
    await entries.nth(1).click();
    expect(await ui.page.locator(".cypher-editor .cm-content").textContent()).toBe(
      "MATCH (o:Organisation) RETURN o.name AS organisation",
    );
  });

  it("underlines a syntax error where the server located it", async () => {
    const ui = await openPage();
    await ui.runCypher("MATCH (s:State)\nWHERE s.name = 'Russia'\nRETURN s LIMT 3");
    await pane().getByTestId("cypher-error").waitFor({ timeout: 20_000 });
    expect(await pane().getByTestId("cypher-error").textContent()).toMatch(/line 3, column \d+/i);
    const mark = ui.page.locator(".cypher-editor .cm-lintRange-error");
    await mark.first().waitFor();
    expect(await mark.first().textContent()).toBe("LIMT");
    await ui.screenshot("results-error-mark");
    // Editing the query removes the mark.
    await ui.page.keyboard.type(" ");
    await expect.poll(() => mark.count()).toBe(0);
  });

  it("shows the whole completion list, not clipped by the tools column", async () => {
    const ui = await openPage({ width: 1280, height: 800 });
    await ui.openTool("Cypher");
    const editor = ui.page.locator(".cypher-editor .cm-content");
    await editor.click();
    await ui.page.keyboard.press("Control+A");
    await ui.page.keyboard.press("Delete");
    await ui.page.keyboard.type("MATCH (n) RETURN ");
    await ui.page.keyboard.press("Control+Space");
    const popup = ui.page.locator(".cm-tooltip-autocomplete");
    await popup.waitFor({ timeout: 10_000 });
    const box = (await popup.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // Every corner of the list is the list itself on screen, not whatever clips or covers it.
    const corners = await popup.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [
        [r.left + 4, r.top + 4],
        [r.right - 4, r.top + 4],
        [r.left + 4, r.bottom - 4],
        [r.right - 4, r.bottom - 4],
      ].map(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
    });
    expect(corners).toEqual([true, true, true, true]);
    expect(box.x + box.width).toBeGreaterThan((await ui.page.locator(".tool-panel").boundingBox())!.width - 40);
    await ui.screenshot("results-completion");
  });

  it("goes under the graph on a 390-px phone screen, inside the screen and over nothing", async () => {
    const ui = await openPage({ width: 390, height: 844 });
    await ui.runCypher("MATCH (s:State) RETURN s.name AS state, s LIMIT 20");
    await expect.poll(status, { timeout: 20_000 }).toMatch(/rows?/);
    const box = (await pane().boundingBox())!;
    const graph = (await ui.page.getByTestId("graph").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(391);
    expect(box.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    expect(graph.height).toBeGreaterThan(300);
    await ui.page.screenshot({ path: "test-artifacts/results-phone.png", fullPage: true });
  });
});
