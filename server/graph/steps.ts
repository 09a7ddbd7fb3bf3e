// The relationship families the analyses walk (see shared MODEL.md): dependence, control,
// location and flow, as typed, directed steps. One place, so leverage, routes and the named
// avoid sets cannot drift apart.
import type { Step } from "../store/types.ts";

export const CONTROL_TYPES = ["CONTROLS", "OPERATES", "OWNS_STAKE_IN", "LEASES", "LEADS"] as const;
export const FLOW_TYPES = ["EXPORTS_VIA", "CONNECTS_TO", "TRANSITS", "SUPPLIES"] as const;
/** Flow types a dependence may travel along on its way to an asset. */
export const CARRIER_TYPES = ["EXPORTS_VIA", "CONNECTS_TO", "TRANSITS"] as const;

export const out = (type: string): Step => ({ type, direction: "out" });
export const into = (type: string): Step => ({ type, direction: "in" });

/**
 * From a controller outwards: what it controls, operates, owns, leases or leads, and what lies
 * on the territory of anything already reached. Walking these from Russia gives `russia-controlled`.
 */
export const CONTROL_REACH: Step[] = [...CONTROL_TYPES.map(out), into("LOCATED_IN")];

/** The same relation read from the asset back towards its controller (the tail of a leverage path). */
export const TOWARDS_CONTROLLER: Step[] = [...CONTROL_TYPES.map(into), out("LOCATED_IN")];

/**
 * Hops of a route: flows followed forwards; CONNECTS_TO is a physical link and TRANSITS says a
 * route crosses a territory, so both are also followed backwards (a corridor transiting
 * Kazakhstan is a way out of Kazakhstan).
 */
export const ROUTE_STEPS: Step[] = [...FLOW_TYPES.map(out), into("CONNECTS_TO"), into("TRANSITS")];
