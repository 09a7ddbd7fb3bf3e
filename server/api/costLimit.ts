// A per-client budget of work points per window for the expensive GET endpoints (paths, leverage,
// routes, neighbourhoods, exports): each request that has to compute pays a cost that grows with
// what it asks for (hops, paths, depth, seeds), so many small requests and a few large ones meet
// the same ceiling. Answers served from the cache cost nothing. Over budget: 429 with Retry-After.
import type { Request } from "express";
import { AppError } from "../errors.ts";

interface Window {
  start: number;
  spent: number;
}

/** The client a request counts against: its address as Express sees it. */
export const clientOf = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? "unknown";

export class CostLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly windowMs: number,
    private readonly points: number,
  ) {}

  /** Charges `cost` points to the request's client, or throws RateLimited when its window is spent. */
  charge(req: Request, cost: number): void {
    const now = Date.now();
    const client = clientOf(req);
    let w = this.windows.get(client);
    if (!w || now - w.start >= this.windowMs) {
      // Expired windows of other clients go too, so the map holds only clients active this window.
      if (!w) for (const [c, old] of this.windows) if (now - old.start >= this.windowMs) this.windows.delete(c);
      w = { start: now, spent: 0 };
      this.windows.set(client, w);
    }
    if (w.spent + cost > this.points)
      throw new AppError(
        "RateLimited",
        `this request costs ${cost} of ${this.points} analysis points per window; retry later`,
        {
          windowMs: this.windowMs,
          cost,
          retryAfter: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)),
        },
      );
    w.spent += cost;
  }
}
