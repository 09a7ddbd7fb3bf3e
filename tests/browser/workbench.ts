// The analyst's workbench in the user's vocabulary: the steps a person takes in the leverage
// summary, the routes ranking, evidence search and the entity panel, on top of the base UI.
import { UI } from "./ui.ts";

export class WorkbenchUI extends UI {
  static from(ui: UI): WorkbenchUI {
    return new WorkbenchUI(ui.page, ui.baseUrl);
  }

  levers() {
    return this.page.getByTestId("lever-summary").locator("li.lever");
  }

  /** Opens the leverage tool and waits for its summary of levers. */
  async openLeverage(): Promise<void> {
    await this.openTool("Leverage");
    await this.page.getByTestId("lever-summary").waitFor();
  }

  /** Clicks the lever on `asset` (by its name) in the sector headed `sector`. */
  async chooseLever(sector: string, asset: string): Promise<void> {
    await this.page
      .locator(".lever-sector", { has: this.page.getByRole("heading", { name: sector }) })
      .locator("li.lever", { has: this.page.locator(".lever-name", { hasText: asset }) })
      .locator("button.lever-head")
      .click();
  }

  /** Types into the main search and chooses "Search the quotes, notes and descriptions". */
  async searchEvidence(text: string): Promise<void> {
    await this.page.keyboard.press("/");
    await this.page.keyboard.type(text);
    await this.page.locator("[role=listbox] .evidence-option").click();
    // Results or the explicit empty state, whichever the answer brings.
    await this.page
      .locator("[data-testid=evidence-panel] :is(.evidence-hit, .name-hits, [data-testid=evidence-empty])")
      .first()
      .waitFor();
  }

  evidencePanel() {
    return this.page.getByTestId("evidence-panel");
  }

  entityPanel() {
    return this.page.getByTestId("entity-panel");
  }

  /** Types in the entity panel's own filter. */
  async filterPanel(text: string): Promise<void> {
    await this.entityPanel().getByLabel("Filter relations").fill(text);
  }

  /**
   * Clicks the middle of one of `id`'s edges, as a person clicking a link would: tries its
   * neighbours in turn until a click lands on an edge (another edge or a node may be drawn there).
   */
  async clickAnEdgeOf(id: string): Promise<void> {
    const others: string[] = await this.page.evaluate(async (n) => {
      const g = await (await fetch(`/api/neighbourhood?ids=${n}`)).json();
      return g.nodes.map((x: { id: string }) => x.id).filter((x: string) => x !== n);
    }, id);
    const position = (n: string) => this.page.evaluate((x) => window.__explorer!.nodePosition(x), n);
    for (const other of others) {
      // Positions are read each time: a stray click on a node selects it and moves the camera.
      const [a, b] = [await position(id), await position(other)];
      if (!a || !b) continue;
      await this.page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
      try {
        await this.page.getByTestId("relation-panel").waitFor({ timeout: 1000 });
        return;
      } catch {
        await this.page.keyboard.press("Escape");
      }
    }
    throw new Error(`no edge of ${id} could be clicked`);
  }

  async openRoutes(): Promise<void> {
    await this.openTool("Routes");
    await this.page.locator(".ranked-paths > li").first().waitFor();
  }
}
