#!/usr/bin/env bash
# Regenerates public/icon/{16,32,48,96,128}.png (a calendar on a blue tile) with ImageMagick's `convert`.
# The PNGs are committed; run this only to change the icon.
set -euo pipefail
cd "$(dirname "$0")/../../public/icon"
convert -size 512x512 xc:none \
  -fill '#1f5fbf' -draw "roundrectangle 16,16 495,495 96,96" \
  -fill '#ffffff' -draw "roundrectangle 104,128 407,416 36,36" \
  -fill '#e8493f' -draw "roundrectangle 104,128 407,212 36,36" -draw "rectangle 104,180 407,212" \
  -fill '#ffffff' -draw "roundrectangle 166,84 198,164 16,16" -draw "roundrectangle 313,84 345,164 16,16" \
  -fill '#1f5fbf' -draw "rectangle 156,262 236,318" -draw "rectangle 276,262 356,318" -draw "rectangle 156,346 236,380" \
  /tmp/dateline-icon-master.png
for size in 16 32 48 96 128; do
  convert /tmp/dateline-icon-master.png -filter Lanczos -resize "${size}x${size}" -strip "PNG32:${size}.png"
done
rm /tmp/dateline-icon-master.png
