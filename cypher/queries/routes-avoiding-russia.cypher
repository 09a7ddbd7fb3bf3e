// Flow paths out of a state that touch nothing the controller controls or hosts.
MATCH (c:Entity {id: $controller})
OPTIONAL MATCH (c)-[:CONTROLS|OPERATES|OWNS_STAKE_IN|LEASES|LEADS]->(owned)
WITH c, collect(owned.id) AS owned
OPTIONAL MATCH (hosted)-[:LOCATED_IN]->(c)
WITH c, owned, collect(hosted.id) AS hosted
WITH owned + hosted + [c.id] AS blocked
MATCH p = (k:Entity {id: $from})-[:EXPORTS_VIA|CONNECTS_TO|SUPPLIES*1..3]->(dest)
WHERE dest.id <> $from AND none(x IN nodes(p) WHERE x.id IN blocked)
RETURN dest.name AS destination, [n IN nodes(p) | n.name] AS route, size(relationships(p)) AS hops, p
// Relationship ids break ties, so LIMIT keeps the same rows on every store.
ORDER BY hops, destination, [x IN relationships(p) | x.id]
LIMIT 100
