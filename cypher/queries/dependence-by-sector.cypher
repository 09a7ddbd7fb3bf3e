// How many documented dependences a state has per sector, and on whom. A dependence derived from a
// stated one (on the good itself, graph-data/README.md) is not another claim; names are collected
// in order so both stores list them alike.
MATCH (k:Entity {id: $state})-[r:DEPENDS_ON]->(x)
WHERE r.derivedFrom IS NULL
WITH r, x
ORDER BY x.name
WITH coalesce(r.sector, 'unspecified') AS sector, collect(DISTINCT x.name) AS dependsOn, count(r) AS claims, max(r.share) AS maxShare
RETURN sector, dependsOn, claims, maxShare
ORDER BY claims DESC, sector
