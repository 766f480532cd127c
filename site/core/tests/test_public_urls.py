"""What search engines and social networks see: robots.txt, canonical and sharing URLs on the
configured public domain, the brand's icons and sharing image."""

from pathlib import Path

from django.conf import settings as django_settings


def test_robots_txt_names_the_sitemap_and_keeps_member_pages_out(client, settings):
    settings.SITE_URL = "https://www.example.nl"
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: https://www.example.nl/sitemap.xml" in lines
    for path in ("/admin/", "/account/", "/mijn-profiel/", "/en/my-profile/", "/mijn-school/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines  # the public site stays crawlable


def test_canonical_and_og_url_use_the_configured_domain(client, home_pages, settings):
    settings.SITE_URL = "https://www.example.nl"
    html = client.get("/en/", HTTP_HOST="127.0.0.1:8000").text
    assert '<link rel="canonical" href="https://www.example.nl/en/">' in html
    assert '<meta property="og:url" content="https://www.example.nl/en/">' in html
    assert "127.0.0.1" not in html


def test_views_that_are_not_pages_have_a_canonical_url_too(client, home_pages, settings):
    settings.SITE_URL = "https://www.example.nl"
    html = client.get("/zoeken/?q=muziek", HTTP_HOST="127.0.0.1:8000").text
    assert '<link rel="canonical" href="https://www.example.nl/zoeken/">' in html


def test_every_page_links_the_favicon_and_a_sharing_image(client, home_pages, settings):
    settings.SITE_URL = "https://www.example.nl"
    html = client.get("/").text
    assert 'rel="icon" href="/static/brand/favicon.svg" type="image/svg+xml"' in html
    assert 'rel="icon" href="/static/brand/favicon.ico"' in html
    og_image = "https://www.example.nl/static/brand/og-image.png"
    assert f'<meta property="og:image" content="{og_image}">' in html
    assert 'class="brand-mark"' in html


def test_brand_files_are_there_in_the_sizes_browsers_ask_for():
    from PIL import Image

    brand = Path(django_settings.BASE_DIR) / "static" / "brand"
    assert Image.open(brand / "og-image.png").size == (1200, 630)
    assert Image.open(brand / "apple-touch-icon.png").size == (180, 180)
    ico = Image.open(brand / "favicon.ico")
    assert {(16, 16), (32, 32), (48, 48)} <= set(ico.info["sizes"])
    assert (brand / "favicon.svg").read_text().startswith("<svg")


def test_the_root_answers_for_the_favicon_and_the_touch_icon(client):
    """Browsers and feed readers ask /favicon.ico and /apple-touch-icon.png (they were 404)."""
    brand = Path(django_settings.BASE_DIR) / "static" / "brand"
    for path, name, kind in (
        ("/favicon.ico", "favicon.ico", "image/x-icon"),
        ("/apple-touch-icon.png", "apple-touch-icon.png", "image/png"),
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"] == kind
        assert response.content == (brand / name).read_bytes()
