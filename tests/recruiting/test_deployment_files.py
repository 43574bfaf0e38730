"""The production files declare what the README promises (no Docker engine runs in CI, so the
structure is checked here and the image steps are exercised by the settings tests)."""

from pathlib import Path

import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def test_compose_declares_the_services_with_healthchecks_and_volumes():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "redis", "web", "worker", "beat"} <= set(services)
    for name in ("postgres", "redis", "web", "worker", "beat"):
        assert "healthcheck" in services[name], name
    assert {"pgdata", "redisdata", "media", "beat"} <= set(compose["volumes"])
    assert any("pgdata" in v for v in services["postgres"]["volumes"])
    assert any("media" in v for v in services["web"]["volumes"])
    assert "gunicorn" in (ROOT / "Dockerfile").read_text()
    assert services["worker"]["command"][:4] == ["celery", "-A", "recruiting", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "recruiting", "beat"]


def test_image_installs_pango_and_cjk_fonts_and_copies_every_app():
    dockerfile = (ROOT / "Dockerfile").read_text()
    for package in ("libpango-1.0-0", "libpangoft2-1.0-0", "fonts-noto-cjk"):
        assert package in dockerfile
    for app in ("recruiting", "requisitions", "candidates", "interviews", "templates", "static", "locale"):
        assert f"COPY {app}/ {app}/" in dockerfile, app


def test_env_example_lists_every_variable_of_the_readme_table():
    readme = (ROOT / "README.md").read_text()
    example = (ROOT / ".env.example").read_text()
    table = readme.split("### Environment variables", 1)[1].split("\n\n", 2)[1]
    names = {cell.strip("` ") for line in table.splitlines()[2:] for cell in line.split("|")[1].split(",")}
    names -= {"DJANGO_SETTINGS_MODULE", "DEBUG", "STATIC_ROOT", "MEDIA_ROOT"}  # set by the image, or local-only
    missing = sorted(n for n in names if n not in example)
    assert missing == []
