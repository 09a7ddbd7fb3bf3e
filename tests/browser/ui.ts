// The user's vocabulary for browser tests: each method is one step a person takes in the
// explorer (search, click a node, open a tool, run Cypher, export), and `state()` reads the
// read-only test hook so tests assert on app state before pixels.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import type { ExplorerTestHook } from "../../client/controllers/TestHookController.tsx";

export const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts");

type HookSnapshot = Omit<ExplorerTestHook, "nodePosition">;

export class UI {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(query = ""): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${query ? `?${query}` : ""}`);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await this.page.waitForFunction(
      () => window.__explorer?.ready === true && window.__explorer.firstFrameMs !== null,
      null,
      { timeout: 30_000 },
    );
  }

  state(): Promise<HookSnapshot> {
    return this.page.evaluate(() => {
      const h = window.__explorer!;
      const { ready, firstFrameMs, order, size, visibleNodes, selected, highlighted, state, camera, lastExport } = h;
      const { visibleEdges, activeInWindow, filters } = h;
      return {
        ...{ ready, firstFrameMs, order, size, visibleNodes, selected, highlighted, state, camera, lastExport },
        ...{ visibleEdges, activeInWindow, filters },
      };
    });
  }

  /** Types into the main search and picks the first suggestion with the keyboard. */
  async search(text: string): Promise<void> {
    await this.page.keyboard.press("/");
    await this.page.keyboard.type(text);
    await this.page.locator("[role=listbox] [role=option]").first().waitFor();
    await this.page.keyboard.press("Enter");
  }

  /** Clicks a node where sigma draws it, as a person would. */
  async clickNode(id: string): Promise<void> {
    const pos = await this.page.evaluate((node) => window.__explorer!.nodePosition(node), id);
    if (!pos) throw new Error(`node ${id} is not drawn`);
    await this.page.mouse.click(pos.x, pos.y);
  }

  async openTool(name: "Filters" | "Leverage" | "Routes" | "Paths" | "Cypher" | "Export"): Promise<void> {
    await this.page.getByRole("tab", { name }).click();
  }

  async choosePath(rank: number): Promise<void> {
    await this.page
      .locator(".ranked-paths > li")
      .nth(rank - 1)
      .locator("button.path")
      .click();
  }

  /** Replaces the editor's text with `query` and runs it with Ctrl+Enter. */
  async runCypher(query: string): Promise<void> {
    await this.openTool("Cypher");
    const editor = this.page.locator(".cypher-editor .cm-content");
    await editor.click();
    await this.page.keyboard.press("Control+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(query);
    await this.page.keyboard.press("Control+Enter");
  }

  /** Switches the results pane to one of its views. */
  async resultView(name: "Table" | "Graph" | "Text"): Promise<void> {
    await this.page.getByTestId("cypher-results").getByRole("tab", { name }).click();
  }

  /** Drags across the timeline from one year to another, as a person brushes a window. */
  async brushYears(from: number, to: number): Promise<void> {
    const chart = this.page.getByTestId("timeline").getByRole("slider");
    const box = (await chart.boundingBox())!;
    const min = Number(await chart.getAttribute("aria-valuemin"));
    const max = Number(await chart.getAttribute("aria-valuemax"));
    const x = (year: number) => box.x + ((year - min + 0.5) / (max - min + 1)) * box.width;
    const y = box.y + box.height / 3;
    await this.page.mouse.move(x(from), y);
    await this.page.mouse.down();
    await this.page.mouse.move(x(to), y, { steps: 5 });
    await this.page.mouse.up();
  }

  async exportImage(format: "PNG" | "SVG", scale = 1): Promise<Download> {
    await this.openTool("Export");
    await this.page.getByTestId("png-scale").selectOption(String(scale));
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: `Download ${format}` }).click(),
    ]);
    return download;
  }

  async screenshot(name: string): Promise<Buffer> {
    mkdirSync(ARTIFACTS, { recursive: true });
    return this.page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  }
}
