// Vite build of the explorer (index.html) and of the bare sigma page used by the bench
// (bench/bare.html). Output goes to client/dist, which the server serves at /.
// During `vite dev`, /api is proxied to the server (API_URL, default http://127.0.0.1:3000).
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { main: `${root}index.html`, bare: `${root}bench/bare.html` },
    },
  },
  worker: { format: "es" },
  server: { proxy: { "/api": process.env.API_URL ?? "http://127.0.0.1:3000" } },
});
