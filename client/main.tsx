// Entry point: restores the state a shared link describes, then mounts the explorer.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { restoreFromUrl } from "./hooks/useUrlSync.ts";
import "./styles/app.css";

restoreFromUrl();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
