import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

describe("security headers and CORS", () => {
  let closed: TestServer;
  let open: TestServer;
  beforeAll(async () => {
    closed = await startTestServer();
    open = await startTestServer({ env: { CORS_ORIGINS: "https://analyst.example, https://other.example" } });
  });
  afterAll(async () => {
    await closed.close();
    await open.close();
  });

  it("sends helmet's security headers and no x-powered-by", async () => {
    const r = await closed.get("/api/health");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("content-security-policy")).toBeTruthy();
    expect(r.headers.get("x-powered-by")).toBeNull();
  });

  it("does not force HTTPS, so the explorer works over plain HTTP on a LAN address", async () => {
    const r = await closed.get("/api/health");
    expect(r.headers.get("content-security-policy")).not.toMatch(/upgrade-insecure-requests/);
    expect(r.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends no CORS headers unless CORS_ORIGINS is configured", async () => {
    const r = await closed.get("/api/health", { origin: "https://analyst.example" });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows only the configured origins", async () => {
    const ok = await open.get("/api/health", { origin: "https://analyst.example" });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://analyst.example");
    const other = await open.get("/api/health", { origin: "https://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
