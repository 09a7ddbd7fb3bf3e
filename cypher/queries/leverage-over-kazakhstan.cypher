// What Kazakhstan depends on that Russia controls or hosts, with the documented share.
MATCH (d:Entity {id: $dependent})-[dep:DEPENDS_ON]->(asset)
OPTIONAL MATCH (asset)-[loc:LOCATED_IN]->(c1:Entity {id: $controller})
OPTIONAL MATCH (c2:Entity {id: $controller})-[ctl:CONTROLS|OPERATES|OWNS_STAKE_IN|LEASES|LEADS]->(asset)
WITH d, dep, asset, loc, ctl
WHERE asset.id = $controller OR loc IS NOT NULL OR ctl IS NOT NULL
RETURN asset.name AS assetName, dep.sector AS sector, dep.share AS share, dep.quotes[0] AS quote, dep.sources[0] AS source,
       d, dep, asset, loc, ctl
ORDER BY coalesce(dep.share, -1.0) DESC, asset.id, dep.id
