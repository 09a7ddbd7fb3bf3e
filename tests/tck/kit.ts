// Location of the shared kit: `../shared/tck` relative to the repo root (read in place, never copied).
import { fileURLToPath } from "node:url";

export const DEFAULT_KIT_DIR = fileURLToPath(new URL("../../../shared/tck", import.meta.url));
