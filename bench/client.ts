// Client bench (not part of npm test): in headless Chromium, (1) time from navigation to the
// first drawn frame of the seed graph and (2) median / p95 frame time while panning and
// zooming a synthetic 20k-node / 100k-edge graph, each for the explorer and for a bare sigma
// page (client/bench/bare.html: no React, default settings) drawing the same graph.
import type { Page } from "playwright-core";
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from "../client/scripts/chromium.ts";
import { startServer } from "../client/scripts/serve.ts";

const RUNS = 5;
const SYNTHETIC = 20_000;

type Target = "explorer" | "bare";

const pageUrl = (base: string, target: Target, query = "") =>
  target === "explorer" ? `${base}/${query ? `?${query}` : ""}` : `${base}/bench/bare.html${query ? `?${query}` : ""}`;

/** performance.now() at the first frame after sigma's first draw, i.e. ms since navigation. */
async function firstFrame(page: Page, target: Target): Promise<number> {
  const fn =
    target === "explorer" ? () => window.__explorerFirstFrame ?? null : () => window.__bare?.firstFrameMs ?? null;
  const handle = await page.waitForFunction(fn, null, { timeout: 120_000, polling: 50 });
  return (await handle.jsonValue()) as number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Drags and wheels over the graph like a person panning and zooming, recording rAF times. */
async function frameTimes(page: Page): Promise<number[]> {
  // A string, not a function: tsx's transform would inject helpers the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    const loop = (t) => {
      window.__frames.push(t);
      if (!window.__stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  const box = (await page.locator("canvas").first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Few steps: under software WebGL a 100k-edge frame takes seconds, on both pages alike.
  for (let i = 0; i < 4; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + (i % 2 ? -180 : 180), cy + (i % 3 ? 90 : -90), { steps: 6 });
    await page.mouse.up();
    await page.mouse.wheel(0, i % 2 ? 240 : -240);
    await page.waitForTimeout(120);
  }
  const frames = (await page.evaluate("(window.__stop = true, window.__frames)")) as number[];
  return frames.slice(1).map((t, i) => t - frames[i]);
}

async function measure(base: string, open: () => Promise<Page>, target: Target) {
  const first: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await open();
    await page.goto(pageUrl(base, target));
    first.push(await firstFrame(page, target));
    await page.close();
  }
  const page = await open();
  await page.goto(pageUrl(base, target, `synthetic=${SYNTHETIC}`));
  const syntheticFirst = await firstFrame(page, target);
  await page.waitForTimeout(1000);
  const frames = await frameTimes(page);
  await page.close();
  // Frames longer than one vsync are the ones that drew the moved camera; the others are idle.
  const drawn = frames.filter((f) => f > 20);
  return {
    first: quantile(first, 0.5),
    syntheticFirst,
    median: quantile(frames, 0.5),
    p95: quantile(frames, 0.95),
    drawnMedian: drawn.length ? quantile(drawn, 0.5) : 0,
    frames: frames.length,
  };
}

const fmt = (n: number) => n.toFixed(1).padStart(9);

export async function runClientBench(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log(`client bench skipped: no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  const server = await startServer();
  const { context, close } = await launchChromium();
  try {
    const open = () => context.newPage();
    const explorer = await measure(server.url, open, "explorer");
    const bare = await measure(server.url, open, "bare");
    const rows: [string, number, number, string][] = [
      [`first frame, seed graph (median of ${RUNS}, ms)`, explorer.first, bare.first, "explorer < 1500"],
      [`first frame, synthetic ${SYNTHETIC / 1000}k (ms)`, explorer.syntheticFirst, bare.syntheticFirst, ""],
      ["frame time while panning/zooming, median (ms)", explorer.median, bare.median, "≤ 1.25× bare"],
      ["frame time while panning/zooming, p95 (ms)", explorer.p95, bare.p95, "≤ 1.25× bare"],
      ["frame time of drawing frames (> 20 ms), median", explorer.drawnMedian, bare.drawnMedian, "≤ 1.25× bare"],
    ];
    console.log(`Chromium headless, software WebGL; synthetic graph ${SYNTHETIC} nodes / ${SYNTHETIC * 5} edges`);
    console.log(
      `${"measurement".padEnd(48)} ${"explorer".padStart(9)} ${"bare".padStart(9)} ${"ratio".padStart(7)}  target`,
    );
    for (const [name, e, b, target] of rows) {
      console.log(`${name.padEnd(48)} ${fmt(e)} ${fmt(b)} ${(e / b).toFixed(2).padStart(6)}×  ${target}`);
    }
    console.log(`(${explorer.frames} / ${bare.frames} frames sampled)`);
  } finally {
    await close();
    await server.stop();
  }
}

/** Entry point for bench/run.ts, which calls run(args) on each part. */
export const run = (_args: string[]): Promise<void> => runClientBench();
