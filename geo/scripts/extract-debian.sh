#!/usr/bin/env bash
# One-off extraction of the small Debian-derived inputs committed under geo/sources/.
# Run as root on Debian bookworm (npm run geo:extract). geo:build itself never needs these packages:
# it only reads the committed extracts, so the build works on any machine with Node.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/geo/sources"
BOX_GMT="95.5/110.5/24.5/35.5"   # lon/lat box; 金沙江 leaves the province near 元谋 (~26N), so clip no tighter
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

if ! command -v gmt >/dev/null || [ ! -f /usr/share/gmt-gshhg/binned_river_f.nc ] || [ ! -f /usr/share/ferret-vis/data/etopo5.cdf ]; then
  apt-get install -y --no-install-recommends gmt gmt-gshhg-full ferret-datasets
fi
mkdir -p "$OUT"
cd "$TMP"   # gmt writes gmt.history into the working directory

# WDBII rivers, levels 1-4 (full resolution). `gmt coast -M` writes '>' headers between segments; each segment
# becomes one LineString with its level. 4 decimals (~11 m) is far below WDBII's ~0.5-1 km positional accuracy.
{
  printf '{"type":"FeatureCollection","features":[\n'
  first=1
  for lv in 1 2 3 4; do
    gmt coast -R"$BOX_GMT" -Df -I"$lv" -M > "$TMP/riv_$lv.txt"
    awk -v lv="$lv" -v first="$first" '
      function flush() {
        if (n >= 2) {
          if (!first) printf ",\n"; first = 0
          printf "{\"type\":\"Feature\",\"properties\":{\"level\":%d},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[%s]}}", lv, coords
        }
        n = 0; coords = ""
      }
      /^>/ { flush(); next }
      NF >= 2 { c = sprintf("[%.4f,%.4f]", $1, $2); coords = (n ? coords "," : "") c; n++ }
      END { flush() }
    ' "$TMP/riv_$lv.txt"
    if [ -s "$TMP/riv_$lv.txt" ]; then first=0; fi
  done
  printf '\n]}\n'
} > "$OUT/wdbii-rivers.geojson"

# ETOPO5 crop (variable ROSE, metres), read with netcdfjs from geo/node_modules.
[ -d "$ROOT/geo/node_modules/netcdfjs" ] || npm ci --prefix "$ROOT/geo" --no-audit --no-fund
(cd "$ROOT" && npx tsx geo/scripts/crop-etopo5.ts /usr/share/ferret-vis/data/etopo5.cdf "$OUT/etopo5-sichuan.json")

{
  echo "gmt $(dpkg-query -W -f='${Version}' gmt)"
  echo "gmt-gshhg-full $(dpkg-query -W -f='${Version}' gmt-gshhg-full)"
  echo "ferret-datasets $(dpkg-query -W -f='${Version}' ferret-datasets)"
} > "$OUT/debian-versions.txt"
echo "wrote $OUT/wdbii-rivers.geojson $OUT/etopo5-sichuan.json $OUT/debian-versions.txt"
