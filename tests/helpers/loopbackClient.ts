// A Cypher POST from a chosen loopback address (127.0.0.2, 127.0.0.3 …), so the server sees
// another client: the attack suite and the API bench use it to play several clients at once.
import { request } from "node:http";

/** POST /api/cypher from another loopback address, so the server sees another client. */
export function postFrom(
  base: string,
  localAddress: string,
  body: unknown,
): Promise<{ status: number; json: { error?: { code: string } }; at: number }> {
  const url = new URL(`${base}/api/cypher`);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => {
          let json = {};
          try {
            json = JSON.parse(text);
          } catch {
            // Not JSON (a connection-level answer): the status says enough.
          }
          resolve({ status: res.statusCode ?? 0, json, at: performance.now() });
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}
