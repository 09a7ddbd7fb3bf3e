// Pairs of relationships that make different claims about the same fact, side by side.
MATCH (a)-[r]->(b)
WHERE r.conflictsWith IS NOT NULL
UNWIND r.conflictsWith AS otherId
MATCH (c)-[o]->(d)
WHERE o.id = otherId AND r.id < o.id
RETURN type(r) AS relation, a.name AS fromName, b.name AS toName,
       r.share AS share, r.amount AS amount, r.unit AS unit, r.sources AS sources,
       o.share AS otherShare, o.amount AS otherAmount, o.unit AS otherUnit, o.sources AS otherSources,
       a, r, b, c, o, d
ORDER BY r.id, o.id
