import { describe, expect, it } from "vitest";
import { FairQueue } from "../../../server/work/fairQueue.ts";

const job = (client: string, n: number) => ({ client, n });

describe("FairQueue", () => {
  it("hands out jobs round-robin across clients, in order within a client", () => {
    const q = new FairQueue<ReturnType<typeof job>>();
    [job("a", 1), job("a", 2), job("a", 3), job("b", 1), job("c", 1)].forEach((j) => q.push(j));
    const order = [];
    for (let j = q.next(10); j; j = q.next(10)) order.push(`${j.client}${j.n}`);
    expect(order).toEqual(["a1", "b1", "c1", "a2", "a3"]);
  });

  it("skips a client already holding its share of workers until one of its jobs is done", () => {
    const q = new FairQueue<ReturnType<typeof job>>();
    [job("a", 1), job("a", 2), job("b", 1)].forEach((j) => q.push(j));
    expect(q.next(1)?.n).toBe(1);
    expect(q.next(1)?.client).toBe("b");
    expect(q.next(1)).toBeUndefined();
    q.done("a");
    expect(q.next(1)).toMatchObject({ client: "a", n: 2 });
    expect(q.length).toBe(0);
  });

  it("removes a job that gave up waiting, once", () => {
    const q = new FairQueue<ReturnType<typeof job>>();
    const j = job("a", 1);
    q.push(j);
    expect(q.waitingFor("a")).toBe(1);
    expect(q.remove(j)).toBe(true);
    expect(q.remove(j)).toBe(false);
    expect(q.length).toBe(0);
    expect(q.next(1)).toBeUndefined();
  });
});
