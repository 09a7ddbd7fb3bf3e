// The timeline under the graph, as an analyst uses it: a histogram of dated relations and
// events; brushing a window hides relations outside it and fades the nodes left without one;
// undated relations come back with a toggle; play slides the window year by year.
import { describe, expect, it } from "vitest";
import { browserMissing, requireBrowserUnderCi, useBrowserSession } from "./setup.ts";
import { usePages } from "./pages.ts";

requireBrowserUnderCi();

describe.skipIf(browserMissing)("the timeline", { timeout: 60_000 }, () => {
  const open = usePages(useBrowserSession());

  it("shows dated relations and events by year under the graph", async () => {
    const ui = await open();
    const timeline = ui.page.getByTestId("timeline");
    const graph = (await ui.page.getByTestId("graph").boundingBox())!;
    const box = (await timeline.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    expect(box.width).toBeGreaterThan(graph.width * 0.9);
    expect(await timeline.locator("rect.relations").count()).toBeGreaterThan(5);
    expect(await timeline.locator("rect.events").count()).toBeGreaterThan(3);
    expect(await ui.page.getByTestId("timeline-window").textContent()).toMatch(/^All years/);
    expect((await ui.state()).activeInWindow).toBeNull();
  });

  it("brushing a window filters relations and fades nodes without one; undated ones come back with the toggle", async () => {
    const ui = await open();
    const all = await ui.state();
    await ui.brushYears(2014, 2022);
    await expect.poll(() => ui.page.getByTestId("timeline-window").textContent()).toBe("2014–2022");
    const windowed = await ui.state();
    expect(windowed.filters).toEqual({ yearFrom: 2014, yearTo: 2022, includeUndated: false });
    expect(windowed.visibleEdges).toBeLessThan(all.visibleEdges / 2);
    expect(windowed.activeInWindow).toBeGreaterThan(3);
    expect(windowed.activeInWindow).toBeLessThan(all.order);
    await ui.page.waitForTimeout(300);
    await ui.screenshot("timeline-window");
    expect(ui.page.url()).toMatch(/yf=2014.*yt=2022|yt=2022.*yf=2014/);

    await ui.page
      .getByTestId("timeline")
      .getByLabel(/Include undated relations/)
      .check();
    const withUndated = await ui.state();
    expect(withUndated.visibleEdges).toBeGreaterThan(windowed.visibleEdges);
    expect(withUndated.activeInWindow).toBeGreaterThan(windowed.activeInWindow!);

    await ui.page.getByTestId("timeline").getByRole("button", { name: "All years" }).click();
    const cleared = await ui.state();
    expect(cleared.activeInWindow).toBeNull();
    expect(cleared.visibleEdges).toBe(all.visibleEdges);
  });

  it("plays the window forward a year at a time and pauses", async () => {
    const ui = await open();
    const output = ui.page.getByTestId("timeline-window");
    await ui.page.getByTestId("timeline").getByRole("button", { name: /Play/ }).click();
    const first = (await ui.state()).filters;
    expect(first.yearTo! - first.yearFrom!).toBe(4);
    await expect
      .poll(async () => (await ui.state()).filters.yearFrom, { timeout: 5000 })
      .toBeGreaterThan(first.yearFrom!);
    await ui.page.getByTestId("timeline").getByRole("button", { name: /Pause/ }).click();
    const paused = await output.textContent();
    await ui.page.waitForTimeout(1200);
    expect(await output.textContent()).toBe(paused);
    const f = (await ui.state()).filters;
    expect(f.yearTo! - f.yearFrom!).toBe(4);
  });

  it("moves the window with the arrow keys", async () => {
    const ui = await open();
    await ui.brushYears(2010, 2012);
    const chart = ui.page.getByTestId("timeline").getByRole("slider");
    await chart.focus();
    await ui.page.keyboard.press("ArrowRight");
    await ui.page.keyboard.press("Shift+ArrowRight");
    expect((await ui.state()).filters).toMatchObject({ yearFrom: 2011, yearTo: 2014 });
  });

  it("keeps the timeline inside a 390-px phone screen", async () => {
    const ui = await open("", { width: 390, height: 844 });
    const box = (await ui.page.getByTestId("timeline").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(391);
    await ui.page.screenshot({ path: "test-artifacts/timeline-phone.png" });
  });
});
