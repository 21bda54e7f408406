import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** Country outlines as rings of [longitude, latitude], from a world-atlas TopoJSON topology. */
export function countryRings(topology: Topology): [number, number][][] {
  const countries = topology.objects.countries;
  if (!countries) return [];
  const fc = feature(topology, countries) as unknown as GeoJSON.FeatureCollection;
  const rings: [number, number][][] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') for (const r of g.coordinates) rings.push(r as [number, number][]);
    else if (g?.type === 'MultiPolygon')
      for (const p of g.coordinates) for (const r of p) rings.push(r as [number, number][]);
  }
  return rings;
}
