// Every quote that documents a relationship of one entity, with its document.
MATCH (n:Entity {id: $id})-[r]-(m)
// Only relationships with evidence: a document's MENTIONS carries none.
WHERE r.sources IS NOT NULL
UNWIND range(0, size(r.sources) - 1) AS i
RETURN type(r) AS relation, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, m.name AS other,
       r.sources[i] AS document, r.quotes[i] AS quote, n, r, m
ORDER BY relation, other, document, quote
