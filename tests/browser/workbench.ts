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

  /** Clicks the middle of an edge drawn between two nodes, as a person clicking a link would. */
  async clickEdgeBetween(from: string, to: string): Promise<void> {
    const [a, b] = await Promise.all(
      [from, to].map((id) => this.page.evaluate((n) => window.__explorer!.nodePosition(n), id)),
    );
    if (!a || !b) throw new Error(`edge ${from}–${to} is not drawn`);
    await this.page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
  }

  async openRoutes(): Promise<void> {
    await this.openTool("Routes");
    await this.page.locator(".ranked-paths > li").first().waitFor();
  }
}
