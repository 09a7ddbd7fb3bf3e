// The closed vocabularies of the knowledge base: entity types, infrastructure subtypes,
// relation types (with their direction) and themes. Everything that reads graph-data/ imports
// these lists; adding a relation type means adding it here and documenting it in graph-data/README.md.

export const ENTITY_TYPES = [
  "State",
  "Organisation",
  "Company",
  "Infrastructure",
  "Person",
  // A population group or collective actor that is not an organisation (a minority, a public, "the West").
  "Group",
  "Event",
  "Agreement",
  "Place",
  "Sector",
  "Commodity",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * The label every entity node carries beside its type label, in both stores: one label to look any
 * entity up by `id` (Neo4j backs it with a uniqueness constraint, so `(n:Entity {id: $id})` is an
 * index seek rather than a scan of every node). The type label comes first in `labels(n)`.
 */
export const ENTITY_LABEL = "Entity";

/** The entity type among a node's labels: the label that is not ENTITY_LABEL. */
export const typeLabelOf = (labels: readonly string[]): string => labels.find((l) => l !== ENTITY_LABEL) ?? "";

/** A node's labels as both stores return them: the type label first, ENTITY_LABEL last. */
export const orderedLabels = (labels: readonly string[]): string[] => [
  ...labels.filter((l) => l !== ENTITY_LABEL),
  ...labels.filter((l) => l === ENTITY_LABEL),
];

/**
 * Source documents are nodes too (label DOCUMENT_LABEL, beside ENTITY_LABEL so id lookups find
 * them), linked to every entity they mention by MENTIONS_TYPE. MENTIONS is not a relation of the
 * vocabulary: it is derived from each entity's `mentions`, carries no evidence, and no analysis
 * (paths, leverage, routes, neighbourhoods, entity pages) walks it unless asked to.
 */
export const DOCUMENT_LABEL = "Document";
export const MENTIONS_TYPE = "MENTIONS";

/** Every node label of the graph: the entity types, then documents. */
export const NODE_LABELS = [...ENTITY_TYPES, DOCUMENT_LABEL] as const;

/** What a disagreement between claims is about (graph-data/disagreements.yaml). */
export const DISAGREEMENT_KINDS = [
  // the same quantity, different figures
  "figure",
  // figures that measure differently (a share of oil vs a share of oil exports)
  "measure",
  "date",
  // which one comes first (first partner, largest investor)
  "ranking",
  // positions or readings of intent (the direction a relationship is taking)
  "stance",
  // accounts of an event (the size of a crowd, what happened on a day)
  "account",
] as const;

/**
 * Relation types whose `sector` names what flows: each such sector is either a good (mapped to
 * one Commodity entity through its `sectors`) or one of SERVICE_SECTORS.
 */
export const GOODS_RELATION_TYPES = ["DEPENDS_ON", "SUPPLIES", "EXPORTS_VIA", "TRANSITS", "PRODUCES"] as const;

/** Sectors of dependence and supply that are services, money or whole economies, not goods. */
export const SERVICE_SECTORS = [
  "banking",
  "budget-revenue",
  "construction",
  "economy",
  "exports",
  "humanitarian-aid",
  "infrastructure-and-energy",
  "investment",
  "launches",
  "military-assistance",
  "military-training",
  "nuclear",
  "payments",
  "political-survival",
  "refining",
  "sanctions-circumvention",
  "trade",
  "transit",
] as const;

export const INFRASTRUCTURE_SUBTYPES = [
  "pipeline",
  "port",
  "refinery",
  "corridor",
  "railway",
  "power-plant",
  "nuclear-plant",
  "cosmodrome",
  "payment-system",
  "oil-field",
  "gas-field",
  "mine",
  "terminal",
  "military-base",
  "other",
] as const;

export const PLACE_SUBTYPES = ["city", "region", "sea", "river", "territory"] as const;

/**
 * Relation types, each read as `(from)-[:TYPE]->(to)`. The comment gives the direction.
 * Dependence, control and flow are kept apart (see graph-data/README.md): leverage follows
 * DEPENDS_ON then control/location; routes follow the flow types only.
 */
export const RELATION_TYPES = {
  // dependence
  DEPENDS_ON: "from needs to for a flow in `sector` (share = fraction of from's flow through to)",
  // control
  CONTROLS: "from can act on to (a state over its state company, an owner over an asset)",
  OWNS_STAKE_IN: "from holds a stake (share) in to",
  OPERATES: "from operates the asset to",
  LEASES: "from leases to (e.g. Russia leases Baikonur)",
  LEADS: "person or state from leads organisation or state to",
  LOCATED_IN: "asset or place from lies on the territory of to",
  // flow
  EXPORTS_VIA: "from sends exports (of `sector`) through the route or port to",
  CONNECTS_TO: "infrastructure from physically links to to (route topology)",
  TRANSITS: "a flow from crosses the territory or asset to",
  SUPPLIES: "from delivers goods, energy or services (`sector`) to to",
  TRADES_WITH: "from trades with to (amount = trade volume)",
  // everything else
  MEMBER_OF: "from is a member of organisation or agreement to",
  FOUNDED: "from founded or co-founded to",
  PARTNER_OF: "from cooperates with to (strategic or sectoral partnership)",
  SIGNED: "from signed agreement to",
  PARTICIPATED_IN: "from took part in event to",
  INTERVENED_IN: "from intervened (militarily or politically) in the event or state to",
  SANCTIONED: "from imposed sanctions on to",
  CIRCUMVENTS_SANCTIONS: "from helps circumvent sanctions on to",
  COMPLIES_WITH: "from complies with (sanctions regime, rule) to",
  INVESTS_IN: "from invests (amount) in to",
  FINANCES: "from finances or lends to to",
  BUILDS: "from builds or will build to",
  BORDERS: "state from shares a border with to (amount = length in km)",
  OPPOSES: "from opposes, criticises or refuses to",
  SUPPORTS: "from supports or endorses to",
  VISITED: "person or state from made an official visit to to",
  HOSTS: "from hosts to on its territory",
  PRODUCES: "from produces the commodity to",
  ACQUIRES: "from bought or took delivery of the equipment or good to",
  AFFECTED: "event from affected to",
  PART_OF: "from is part of to",
  AIMED_AT:
    "agreement, law or campaign from is directed at to (its intended parties or audience; the note says to what end)",
  // sources cited by the documents
  REPORTED_ON: "author or outlet from published a work a document cites (its title in the note) about to",
  PUBLISHED_IN: "author from published a work in the outlet or platform to",
} as const;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/**
 * Bibliographic relation types: who published a work a document cites and what it was about.
 * They say where a claim comes from, not how two actors are linked, so a path through a newspaper
 * (the January unrest, Le Point, the Russian exodus) is no connection between its ends.
 */
export const BIBLIOGRAPHIC_RELATION_TYPES = ["REPORTED_ON", "PUBLISHED_IN"] as const satisfies readonly RelationType[];

/**
 * Relationship types that traversals (paths, neighbourhoods) walk only when the caller names them
 * in `relTypes`: the documents' MENTIONS and the bibliographic types. The one definition both the
 * neighbourhood filter and the paths' default types read.
 */
export const NOT_TRAVERSED_BY_DEFAULT: readonly string[] = [MENTIONS_TYPE, ...BIBLIOGRAPHIC_RELATION_TYPES];

/** Whether a relationship type is walked when a traversal is given no `relTypes`. */
export const traversedByDefault = (type: string): boolean => !NOT_TRAVERSED_BY_DEFAULT.includes(type);

/** The vocabulary types walked by default: every type but the bibliographic ones. */
export const DEFAULT_TRAVERSAL_TYPES: readonly RelationType[] = RELATION_TYPE_NAMES.filter(traversedByDefault);

export const THEMES = [
  "energy",
  "transport",
  "trade",
  "finance",
  "military",
  "security",
  "nuclear",
  "space",
  "diplomacy",
  "sanctions",
  "society",
  "politics",
] as const;
export type Theme = (typeof THEMES)[number];
