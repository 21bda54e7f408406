// Lists states by code, one page after the keyset position $afterCode.
// params: afterCode, region, limit
// columns: state
// mode: read
MATCH (s:State)
WHERE ($afterCode IS NULL OR s.code > $afterCode) AND ($region IS NULL OR s.region = $region)
WITH s ORDER BY s.code LIMIT $limit
RETURN s {.code, .name, .official, .iso2, .region, .subregion, .capital, .lat, .lon, .unMember, .unObserver} AS state
ORDER BY state.code
