// Facts resting on a single source: relationships whose every quote comes from one document, with
// that document. Dependences derived from a stated one (on the good itself) are left out.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources IS NOT NULL AND r.derivedFrom IS NULL
  AND size(r.sources) > 0 AND all(s IN r.sources WHERE s = r.sources[0])
  AND ($document IS NULL OR r.sources[0] = $document)
MATCH (d:Document {id: r.sources[0]})
RETURN d.id AS document, type(r) AS relation, a.name AS fromName, b.name AS toName, r.quotes[0] AS quote, a, r, b
ORDER BY document, relation, r.id
