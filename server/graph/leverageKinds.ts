// The shapes of leverage of a controller C over a dependent D, as path patterns from D to C.
// Each kind is a small descriptor; adding one touches nothing else. `factorTypes` are the
// dependence hops whose `share` makes the score (see README.md, "Leverage score").
import type { Segment } from "../store/types.ts";
import { CARRIER_TYPES, TOWARDS_CONTROLLER, into, out } from "./steps.ts";

export interface LeverageKind {
  id: string;
  description: string;
  segments: Segment[];
  /** Hop types that are dependence hops: their share is a factor, unknown when absent. */
  factorTypes: readonly string[];
}

export const LEVERAGE_KINDS: readonly LeverageKind[] = [
  {
    id: "dependence",
    description: "D depends on an asset (possibly through the routes its flow takes) that C controls or that lies in C",
    // D's own dependence first; then only carriers (a third party's dependence is not D's).
    segments: [
      { steps: [out("DEPENDS_ON")], min: 1, max: 1 },
      { steps: CARRIER_TYPES.map(out), min: 0, max: 3 },
      { steps: TOWARDS_CONTROLLER, min: 0, max: 3 },
    ],
    factorTypes: ["DEPENDS_ON"],
  },
  {
    id: "supply",
    description: "C, or something C controls, supplies D",
    segments: [
      { steps: [into("SUPPLIES")], min: 1, max: 1 },
      { steps: TOWARDS_CONTROLLER, min: 0, max: 3 },
    ],
    factorTypes: ["SUPPLIES"],
  },
  {
    id: "membership",
    description: "D is a member of an organisation C leads or controls",
    segments: [
      { steps: [out("MEMBER_OF")], min: 1, max: 1 },
      { steps: TOWARDS_CONTROLLER, min: 1, max: 2 },
    ],
    factorTypes: [],
  },
  {
    id: "intervention",
    description: "C, or a force C leads, intervened in D or in an event on D's territory",
    segments: [
      { steps: [into("AFFECTED"), into("LOCATED_IN")], min: 0, max: 1 },
      { steps: [into("INTERVENED_IN")], min: 1, max: 1 },
      { steps: TOWARDS_CONTROLLER, min: 0, max: 2 },
    ],
    factorTypes: [],
  },
];
