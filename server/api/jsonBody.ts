// The JSON body parser of the POST endpoints. Unlike JSON.parse it keeps integers exact: one past
// 2^53 becomes a bigint (Cypher integers are 64-bit), one past 64 bits is a 400 naming the value
// instead of a silently rounded float. Nesting deeper than MAX_JSON_DEPTH is a 400 too, checked
// by a flat scan before any recursive parsing. Objects never get a prototype from their keys.
import express, { type RequestHandler } from "express";
import { isSafeNumber, parse as parseLossless } from "lossless-json";
import { AppError, InvalidInputError } from "../errors.ts";

export const MAX_JSON_DEPTH = 64;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The deepest nesting of arrays and objects in `text` (strings skipped); stops counting past `cap`. */
export function jsonDepth(text: string, cap = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max && (max = depth) > cap) return max;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function parseNumber(text: string): number | bigint {
  if (!/^-?\d+$/.test(text)) return Number(text);
  if (isSafeNumber(text)) return Number(text);
  const n = BigInt(text);
  if (n < INT64_MIN || n > INT64_MAX)
    throw InvalidInputError.field("body", `the integer ${text} does not fit in 64 bits (Cypher integers are 64-bit)`);
  return n;
}

/** Parses a JSON request body: {} when empty; objects or arrays only at the top. */
export function parseJsonBody(text: string): unknown {
  if (!text.trim()) return {};
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw InvalidInputError.field("body", `the JSON nests deeper than ${MAX_JSON_DEPTH} levels`);
  let value: unknown;
  try {
    value = parseLossless(text, null, parseNumber);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError("MalformedJson", `the body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== "object" || value === null)
    throw new AppError("MalformedJson", "the body must be a JSON object or array");
  return value;
}

/** Reads the body as text under `limit` and parses it with parseJsonBody. */
export function jsonBody(limit: string): RequestHandler[] {
  return [
    express.text({ type: "application/json", limit }),
    (req, _res, next) => {
      try {
        req.body = parseJsonBody(typeof req.body === "string" ? req.body : "");
        next();
      } catch (err) {
        next(err);
      }
    },
  ];
}

/**
 * A cache key for JSON-like values that keeps types apart (the string "1" and the integer 1, a
 * bigint and its decimal string) and does not depend on key order.
 */
export function stableKey(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || typeof v !== "object") return String(v);
  if (Array.isArray(v)) return `[${v.map(stableKey).join(",")}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableKey((v as Record<string, unknown>)[k])}`).join(",")}}`;
}
