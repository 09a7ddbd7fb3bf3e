// The structured logger (pino) at the configured level; `silent` in tests.
import { pino, type Logger } from "pino";
import type { Config } from "./config.ts";

export const createLogger = (config: Pick<Config, "logLevel">): Logger =>
  pino({ level: config.logLevel, base: undefined });
