import { describe, expect, it } from "vitest";
import { PromiseMemo } from "../../server/memo.ts";

describe("PromiseMemo", () => {
  it("computes a key once, also while the first computation is pending", async () => {
    const memo = new PromiseMemo<number>(10);
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([memo.get("k", compute), memo.get("k", compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
  });

  it("keeps at most `limit` keys, dropping the oldest first", async () => {
    const memo = new PromiseMemo<string>(2);
    let calls = 0;
    const compute = (v: string) => async () => (calls++, v);
    await memo.get("a", compute("a"));
    await memo.get("b", compute("b"));
    await memo.get("c", compute("c"));
    await memo.get("b", compute("b"));
    expect(calls).toBe(3);
    await memo.get("a", compute("a"));
    expect(calls).toBe(4);
  });

  it("forgets a failure so the next call retries, and forgets on delete", async () => {
    const memo = new PromiseMemo<number>(10);
    await expect(memo.get("k", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo.get("k", async () => 2)).toBe(2);
    memo.delete("k");
    expect(await memo.get("k", async () => 3)).toBe(3);
  });

  it("keeps at most maxBytes of settled answers, the oldest leaving first", async () => {
    const memo = new PromiseMemo<string>(100, 10, (v) => v.length);
    let calls = 0;
    const compute = (v: string) => async () => (calls++, v);
    await memo.get("a", compute("aaaa"));
    await memo.get("b", compute("bbbb"));
    expect(memo.size).toBe(8);
    await memo.get("c", compute("cccc"));
    expect(memo.size).toBe(8);
    await memo.get("b", compute("bbbb"));
    expect(calls).toBe(3);
    await memo.get("a", compute("aaaa"));
    expect(calls).toBe(4);
  });

  it("hands out an answer larger than the whole budget without keeping it", async () => {
    const memo = new PromiseMemo<string>(100, 10, (v) => v.length);
    expect(await memo.get("big", async () => "x".repeat(50))).toHaveLength(50);
    expect(memo.size).toBe(0);
    let again = false;
    await memo.get("big", async () => ((again = true), "y"));
    expect(again).toBe(true);
  });
});
