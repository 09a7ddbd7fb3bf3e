// How many documented dependences a state has per sector, and on whom.
MATCH (k:Entity {id: $state})-[r:DEPENDS_ON]->(x)
WITH coalesce(r.sector, 'unspecified') AS sector, collect(DISTINCT x.name) AS dependsOn, count(r) AS claims, max(r.share) AS maxShare
RETURN sector, dependsOn, claims, maxShare
ORDER BY claims DESC, sector
