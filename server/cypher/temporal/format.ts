// Printing temporal values: java.time's ISO forms (what Neo4j returns for a value; seconds shown
// only when not zero, fractions in groups of three digits) and the form of Cypher's toString()
// (Neo4j 5 always prints seconds and trims the fraction), plus Neo4j's duration form.
import type { DurationVal, TemporalVal } from "./types.ts";
import { civil } from "./calendar.ts";
import { formatOffset } from "./zones.ts";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function formatDate(day: number): string {
  const [y, m, d] = civil(day);
  const ys = Math.abs(y) < 1000 ? (y < 0 ? "-" : "") + pad(Math.abs(y), 4) : y > 9999 ? "+" + y : String(y);
  return `${ys}-${pad(m)}-${pad(d)}`;
}

function fraction(f: number, full: boolean): string {
  if (full) return "." + pad(f, 9).replace(/0+$/, "");
  if (f % 1e6 === 0) return "." + pad(f / 1e6, 3);
  if (f % 1e3 === 0) return "." + pad(f / 1e3, 6);
  return "." + pad(f, 9);
}

export function formatTime(nanos: number, full: boolean): string {
  const h = Math.floor(nanos / 3.6e12),
    m = Math.floor((nanos % 3.6e12) / 6e10);
  const s = Math.floor((nanos % 6e10) / 1e9),
    f = nanos % 1e9;
  let out = `${pad(h)}:${pad(m)}`;
  if (full || s || f) out += `:${pad(s)}`;
  if (f) out += fraction(f, full);
  return out;
}

/** `full`: the toString() form, with seconds always present. */
export function formatTemporal(t: TemporalVal, full: boolean): string {
  const parts: string[] = [];
  if (t.kind === "date" || t.kind === "localdatetime" || t.kind === "datetime") parts.push(formatDate(t.day));
  if (t.kind !== "date") parts.push(formatTime(t.nanos, full));
  let s = parts.join("T");
  if (t.kind === "time" || t.kind === "datetime") s += formatOffset(t.offset);
  if (t.zone) s += `[${t.zone}]`;
  return s;
}

function unit(n: number, u: string): string {
  return n ? `${n}${u}` : "";
}

export function formatDuration(d: DurationVal): string {
  let s = "P" + unit(Math.trunc(d.months / 12), "Y") + unit(d.months % 12, "M") + unit(d.days, "D");
  if (d.seconds || d.nanos) {
    let sec = d.seconds,
      n = d.nanos;
    // print a negative total with its sign on every unit, as Neo4j does
    if (sec < 0 && n) {
      sec += 1;
      n -= 1e9;
    }
    s += "T" + unit(Math.trunc(sec / 3600), "H") + unit(Math.trunc((sec % 3600) / 60), "M");
    const rest = sec % 60;
    if (rest || n) {
      const frac = n ? "." + pad(Math.abs(n), 9).replace(/0+$/, "") : "";
      s += (rest === 0 && n < 0 ? "-0" : String(rest)) + frac + "S";
    }
  }
  return s === "P" ? "PT0S" : s;
}
