// Lets a bare `npx vite build` / `npx vite` at the repository root build or serve the client:
// the configuration itself lives in client/vite.config.ts (root client/, output client/dist).
export { default } from "./client/vite.config.ts";
