// The API bench's attack row: normal traffic (search, entity pages, leverage, all cached GETs)
// measured with autocannon while two clients, from two loopback addresses, keep the Cypher pool
// saturated with hostile queries (catastrophic backtracking, nested comprehensions). Shows that
// the event loop stays free: the p99 of normal traffic, beside the same traffic without attack.
import { createRequire } from "node:module";
import { postFrom } from "../tests/helpers/loopbackClient.ts";

interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: { path: string }[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const NORMAL = ["/api/search?q=novoross", "/api/entities/novorossiysk-port", "/api/leverage"];

let seq = 0;
const HOSTILE = [
  () => `RETURN '${"a".repeat(40)}!' =~ '(a+)+b' AS m${seq++}`,
  () => `RETURN size([a IN range(1, 3000) | [b IN range(1, 3000) | a * b]]) AS n${seq++}`,
];

/** POSTs one hostile query from `localAddress`; resolves with the status (0 when the connection failed). */
const attackOnce = (api: string, localAddress: string): Promise<number> =>
  postFrom(api, localAddress, { query: HOSTILE[seq % HOSTILE.length]!() }).then(
    (r) => r.status,
    () => 0,
  );

/** Two clients, each keeping two hostile queries in flight until stopped. */
function attack(api: string): { stop(): Promise<Record<number, number>> } {
  let running = true;
  const statuses: Record<number, number> = {};
  const loops = ["127.0.0.2", "127.0.0.3"].flatMap((address) =>
    [0, 1].map(async () => {
      while (running) {
        const status = await attackOnce(api, address);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return statuses;
    },
  };
}

const measure = async (api: string, durationS: number) => {
  const r = await autocannon({
    url: api,
    connections: 50,
    duration: durationS,
    headers: { "accept-encoding": "gzip, deflate, br, zstd" },
    requests: NORMAL.map((path) => ({ path })),
  });
  return { "req/s": Math.round(r.requests.average), "p99 ms": r.latency.p99, failures: r.non2xx + r.errors };
};

/** Normal traffic without, then with, two clients saturating the Cypher pool. */
export async function underAttack(api: string, durationS: number): Promise<Record<string, string | number>[]> {
  for (const path of NORMAL) await fetch(api + path);
  const calm = await measure(api, durationS);
  const attackers = attack(api);
  await new Promise((r) => setTimeout(r, 500));
  const busy = await measure(api, durationS);
  const statuses = await attackers.stop();
  const hostile = Object.entries(statuses)
    .map(([status, n]) => `${n}×${status}`)
    .join(" ");
  return [
    { traffic: "search, entity, leverage (no attack)", ...calm, "hostile answers": "-" },
    { traffic: "same, 2 clients saturating the Cypher pool", ...busy, "hostile answers": hostile },
  ];
}
