// Suite plumbing for the browser tests: the real server (client built first if stale) and
// headless Debian Chromium. Without /usr/bin/chromium the suite is skipped with a notice,
// except under CI=true, where a missing browser fails the run.
import { afterAll, beforeAll, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import {
  chromiumAvailable,
  CHROMIUM_PATH,
  launchChromium,
  type LaunchedBrowser,
} from "../../client/scripts/chromium.ts";
import { startServer, type RunningServer } from "../../client/scripts/serve.ts";
import { UI } from "./ui.ts";

export const browserMissing = !chromiumAvailable();

if (browserMissing && process.env.CI !== "true") {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
}

/** Under CI a missing browser is a failure, not a skip. */
export function requireBrowserUnderCi(): void {
  if (browserMissing && process.env.CI === "true") {
    it("has Chromium installed for the browser tests", () => {
      throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; CI must install it (apt-get install -y chromium)`);
    });
  }
}

export interface Session {
  newUI: (viewport?: { width: number; height: number }) => Promise<UI>;
  context: () => BrowserContext;
}

export function useBrowserSession(): Session {
  let server: RunningServer | undefined;
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    if (browserMissing) return;
    // EXPLORER_URL points the suite at a server already running (handy while developing).
    const external = process.env.EXPLORER_URL;
    server = external ? { url: external, stop: async () => {} } : await startServer();
    launched = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await launched?.close();
    await server?.stop();
  });
  return {
    context: () => launched!.context,
    newUI: async (viewport) => {
      const page = await launched!.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return new UI(page, server!.url);
    },
  };
}
