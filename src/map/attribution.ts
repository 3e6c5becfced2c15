/**
 * Sources of the embedded data, shown on the map at all times (licences require it; data/README.md has the full
 * reference). Static text written here, never built from data.
 */
export const ATTRIBUTION_HTML = [
  '边界 天地图',
  'GSHHG',
  'ETOPO5',
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OSM</a>',
  'GeoNames',
  'OurAirports',
  '交通与生态图层为示意 / indicative',
];
