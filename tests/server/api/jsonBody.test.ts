import { describe, expect, it } from "vitest";
import type { AppError } from "../../../server/errors.ts";
import { MAX_JSON_DEPTH, jsonDepth, parseJsonBody, stableKey } from "../../../server/api/jsonBody.ts";

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).code;
  }
  return "none";
};

describe("parseJsonBody", () => {
  it("keeps integers past 2^53 exact as bigints and small ones as numbers", () => {
    expect(parseJsonBody('{"a": 9007199254740993, "b": 42, "c": 1.5, "d": -9223372036854775808}')).toEqual({
      a: 9007199254740993n,
      b: 42,
      c: 1.5,
      d: -9223372036854775808n,
    });
  });

  it("refuses integers beyond 64 bits as InvalidInput naming the value", () => {
    expect(codeOf(() => parseJsonBody('{"n": 9223372036854775808}'))).toBe("InvalidInput");
    expect(() => parseJsonBody('{"n": [1, -99999999999999999999]}')).toThrow(/-99999999999999999999/);
  });

  it("refuses nesting deeper than the limit before parsing, ignoring brackets inside strings", () => {
    expect(jsonDepth(`{"s": "${"[".repeat(500)}"}`)).toBe(1);
    const deep = `{"p": ${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}}`;
    expect(codeOf(() => parseJsonBody(deep))).toBe("InvalidInput");
    expect(codeOf(() => parseJsonBody(`{"p": ${"[".repeat(10)}${"]".repeat(10)}}`))).toBe("none");
  });

  it("reads an empty body as {} and anything else that is not an object or array as MalformedJson", () => {
    expect(parseJsonBody("  ")).toEqual({});
    expect(codeOf(() => parseJsonBody("{"))).toBe("MalformedJson");
    expect(codeOf(() => parseJsonBody("42"))).toBe("MalformedJson");
  });

  it("keeps a __proto__ key an own entry, never the object's prototype", () => {
    const v = parseJsonBody('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["__proto__"]);
    expect((v as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("stableKey", () => {
  it("keeps types apart and ignores key order", () => {
    expect(stableKey({ a: 1, b: "1" })).toBe(stableKey({ b: "1", a: 1 }));
    expect(stableKey([1])).not.toBe(stableKey(["1"]));
    expect(stableKey(12n)).not.toBe(stableKey("12n"));
    expect(stableKey(12n)).not.toBe(stableKey(12));
  });
});
