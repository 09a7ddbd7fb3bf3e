// Who sanctioned whom, where the target sits, and whom it is said to help circumvent sanctions.
// The type is the label other than Entity: Neo4j does not promise an order of labels(n).
MATCH (s)-[r:SANCTIONED]->(t)
OPTIONAL MATCH (t)-[l:LOCATED_IN]->(place)
OPTIONAL MATCH (t)-[c:CIRCUMVENTS_SANCTIONS]->(beneficiary)
WITH s, r, t, l, place, c, beneficiary
WHERE $locatedIn IS NULL OR place.id = $locatedIn
RETURN s.name AS sanctioning, t.name AS target, [l IN labels(t) WHERE l <> 'Entity'][0] AS targetType, place.name AS locatedIn,
       beneficiary.name AS circumventsFor, r.year AS year, r.quotes[0] AS quote, s, r, t, l, c
ORDER BY s.id, t.id
