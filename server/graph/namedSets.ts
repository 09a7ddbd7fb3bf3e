// Named node sets that `avoid` parameters accept besides plain ids. Each is the closure of the
// control-and-location steps from a root state: `russia-controlled` is every node located in
// Russia or controlled, operated, owned, leased or led by Russia or by anything it controls.
import { CONTROL_REACH } from "./steps.ts";
import type { Step } from "../store/types.ts";

export interface NamedSet {
  id: string;
  description: string;
  root: string;
  steps: Step[];
}

const controlledBy = (root: string, name: string): NamedSet => ({
  id: `${root}-controlled`,
  description:
    `Every node located in ${name} (directly or through a place located there), or controlled, operated, ` +
    `owned (any stake), leased or led by ${name} or by anything it controls — the closure of ` +
    `CONTROLS|OPERATES|OWNS_STAKE_IN|LEASES|LEADS outwards and LOCATED_IN inwards from ${root}.`,
  root,
  steps: CONTROL_REACH,
});

export const NAMED_SETS: readonly NamedSet[] = [
  controlledBy("russia", "Russia"),
  controlledBy("china", "China"),
  controlledBy("belarus", "Belarus"),
];

export const namedSet = (id: string): NamedSet | undefined => NAMED_SETS.find((s) => s.id === id);
