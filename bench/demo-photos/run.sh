#!/usr/bin/env bash
# Draws the demo shops' photos into src/main/resources/demo/photos/ (run from the project root).
# They are committed; run this again only to change them.
set -euo pipefail
cd "$(dirname "$0")/../.."
java -Djava.awt.headless=true bench/demo-photos/DemoPhotos.java src/main/resources/demo/photos
