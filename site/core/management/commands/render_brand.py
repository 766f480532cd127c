"""Render the brand's bitmaps (favicon.ico, touch icons, sharing image) from its SVG.

The SVG in static/brand/ is the source; browsers that want bitmaps (an .ico for old clients
and feed readers, PNG touch icons, the og:image that social networks fetch) get files drawn
by Chromium from that SVG, so the two cannot drift apart. The output is committed: a fresh
clone needs neither Chromium nor this command.
"""

import base64
import io
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

ICON_SIZES = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}
ICO_SIZES = (16, 32, 48)

# The sharing image: 1200×630, the size Open Graph consumers crop least.
SHARE_HTML = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>
body {{ margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column;
  justify-content: center; padding: 0 96px; box-sizing: border-box; background: #0b5a7a;
  color: #fff; font-family: Arial, Helvetica, sans-serif; }}
.row {{ display: flex; align-items: center; gap: 40px; }}
img {{ width: 200px; height: 200px; border: 6px solid #fff; border-radius: 44px; }}
h1 {{ font-size: 68px; line-height: 1.05; margin: 0; }}
p {{ font-size: 34px; margin: 48px 0 0; max-width: 960px; line-height: 1.3; }}
.bar {{ position: absolute; left: 0; bottom: 0; width: 1200px; height: 24px;
  background: linear-gradient(90deg, #a6e3a1 0 50%, #ffbf47 50% 100%); }}
</style></head><body>
<div class="row"><img src="data:image/svg+xml;base64,{mark}" alt="">
<h1>Leercommunity &amp;<br>Ontwikkelplaats</h1></div>
<p>Kennis, aanbod en gesprek voor basisscholen en hun partners</p>
<div class="bar"></div></body></html>"""


class Command(BaseCommand):
    help = "Render static/brand/*.png and favicon.ico from the SVG mark (needs Chromium)."

    def handle(self, *args, **options):
        from PIL import Image
        from playwright.sync_api import sync_playwright

        brand = Path(settings.BASE_DIR) / "static" / "brand"
        mark = (brand / "logo-mark.svg").read_bytes()
        mark_url = "data:image/svg+xml;base64," + base64.b64encode(mark).decode()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page()

            def draw_icon(size):
                page.set_viewport_size({"width": size, "height": size})
                page.set_content(
                    f'<body style="margin:0"><img src="{mark_url}" width="{size}" '
                    f'height="{size}" style="display:block"></body>'
                )
                return page.screenshot(omit_background=True)

            for name, size in ICON_SIZES.items():
                (brand / name).write_bytes(draw_icon(size))
                self.stdout.write(f"{name} ({size}px)")
            frames = [Image.open(io.BytesIO(draw_icon(size))) for size in ICO_SIZES]
            frames[-1].save(
                brand / "favicon.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames
            )
            self.stdout.write("favicon.ico")

            page.set_viewport_size({"width": 1200, "height": 630})
            page.set_content(SHARE_HTML.format(mark=base64.b64encode(mark).decode()))
            page.screenshot(path=str(brand / "og-image.png"))
            self.stdout.write("og-image.png (1200×630)")
            browser.close()
