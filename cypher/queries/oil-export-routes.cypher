// The routes Kazakhstan exports through, with documented volumes and where they lead next.
MATCH (k:Entity {id: $from})-[r:EXPORTS_VIA]->(route)
OPTIONAL MATCH onward = (route)-[:CONNECTS_TO|TRANSITS|LOCATED_IN*1..2]->(next)
RETURN route.name AS routeName, r.sector AS sector, r.amount AS amount, r.unit AS unit, r.share AS share, r.year AS year,
       [n IN nodes(onward) | n.name] AS leadsTo, r.quotes[0] AS quote, k, r, route, onward
ORDER BY coalesce(r.share, -1.0) DESC, coalesce(r.amount, -1.0) DESC, route.id, r.id,
         [x IN relationships(onward) | x.id]
