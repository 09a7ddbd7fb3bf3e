// One explorer page per test: `open()` loads the explorer (at a query string, at a viewport
// size) and the page is closed after the test, whatever happened in it.
import { afterEach } from "vitest";
import type { Session } from "./setup.ts";
import type { UI } from "./ui.ts";

export type Viewport = { width: number; height: number };

export function usePages(session: Session, viewport: Viewport = { width: 1400, height: 900 }) {
  let ui: UI | undefined;
  afterEach(async () => {
    await ui?.page.close();
    ui = undefined;
  });
  return async (query = "", size: Viewport = viewport): Promise<UI> => {
    ui = await session.newUI(size);
    await ui.open(query);
    return ui;
  };
}
