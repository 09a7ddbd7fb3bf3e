import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { createEmbeddedStore } from "../../../server/store/create.ts";
import { FIXTURE_KB } from "../../helpers/server.ts";
import { storeContract } from "./contract.ts";

storeContract("embedded", async () => createEmbeddedStore(loadKnowledgeBase(FIXTURE_KB)));
