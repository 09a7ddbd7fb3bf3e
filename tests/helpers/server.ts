// Starts the real server (createApp + listen on an ephemeral loopback port) over a knowledge
// base directory, with quiet logs; gives small fetch helpers that return status, headers and body.
import { join } from "node:path";
import { loadKnowledgeBase } from "../../graph-data/load.ts";
import { loadConfig } from "../../server/config.ts";
import { startServer, type RunningServer } from "../../server/server.ts";
import type { GraphStore } from "../../server/store/types.ts";

export const FIXTURE_KB = join(import.meta.dirname, "..", "fixtures", "kb");

export interface TestServer extends RunningServer {
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // Tests read JSON bodies loosely and assert on fields.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

async function reply(res: Response): Promise<Reply> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON (an export, the index page): tests read `text` instead.
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function startTestServer(
  options: { kbDir?: string; env?: Record<string, string>; store?: GraphStore } = {},
): Promise<TestServer> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ...options.env });
  const running = await startServer(config, loadKnowledgeBase(options.kbDir ?? FIXTURE_KB), options.store);
  return {
    ...running,
    get: async (path, headers) => reply(await fetch(running.url + path, { headers })),
    post: async (path, body, headers) =>
      reply(
        await fetch(running.url + path, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
      ),
  };
}
