#!/usr/bin/python3
"""Copies the e2e tests' screenshots that docs/web.md and docs/survey.md show into docs/images, at most 1200 pixels wide
(phone-sized ones keep their width) as JPEG (quality 82),
so the docs show what the tests saw. Run after the browser tests: `cd web && npm test && /usr/bin/python3
scripts/doc-images.py` (Pillow: Debian's python3-pil)."""
import pathlib
import sys

from PIL import Image

SHOWN = [
    "map-overview", "map-all-labels", "map-gaps", "table-view", "views-dialog", "share-dialog", "share-opened",
    "report", "large-overview", "large-gaps-table", "large-all-labels", "empty-network",
    "survey-links", "survey-form-phone", "survey-form-problem", "survey-results",
    "edit-add-organization", "edit-refused", "edit-conflict", "edit-proposals",
]

root = pathlib.Path(__file__).resolve().parents[2]
source = root / "web" / "test-results"
target = root / "docs" / "images"
target.mkdir(parents=True, exist_ok=True)
missing = [name for name in SHOWN if not (source / f"{name}.png").exists()]
if missing:
    sys.exit(f"No screenshot for {', '.join(missing)} in {source}: run the browser tests first (npm test in web/).")
for name in SHOWN:
    image = Image.open(source / f"{name}.png").convert("RGB")
    width, height = image.size
    if width > 1200:
        image = image.resize((1200, round(height * 1200 / width)), Image.LANCZOS)
    image.save(target / f"{name}.jpg", "JPEG", quality=82, optimize=True)
    print(f"docs/images/{name}.jpg")
