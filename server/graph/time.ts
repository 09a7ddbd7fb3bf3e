// The year-range filter every store applies to relationships. The rule itself (a span overlaps
// the window; only a start year means "from that year on"; undated relations are always kept)
// is the wire contract's, so the server and the explorer's time controls agree.
import { inYearWindow } from "../../contract/years.ts";
import type { Properties } from "../store/records.ts";

export function inYearRange(p: Properties, from?: number, to?: number): boolean {
  return inYearWindow(p, from, to);
}
