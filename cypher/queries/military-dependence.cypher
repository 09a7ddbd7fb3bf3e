// A state's military and security ties: arms and training dependence, alliances, interventions.
MATCH (k:Entity {id: $state})-[r]-(x)
WHERE r.theme IN ['military', 'security']
RETURN type(r) AS relation, CASE WHEN startNode(r) = k THEN 'out' ELSE 'in' END AS direction, x.name AS other,
       r.sector AS sector, r.share AS share, r.year AS year, r.quotes[0] AS quote, k, r, x
ORDER BY relation, other, r.id
