"""What can be tested of the image and the compose stack without a Docker engine: the files'
promises, the commands they run, and the settings the environment turns on."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
SITE_SERVICES = {"web", "worker", "scheduler", "migrate"}
SECRET = "a-long-random-secret-key-used-only-for-this-check-0123456789"


def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def dockerfile_stages():
    text = (ROOT / "Dockerfile").read_text()
    return re.split(r"^FROM ", text, flags=re.MULTILINE)[1:]


def run(args, **env):
    unwanted = {"SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "REDIS_URL"}
    environment = {k: v for k, v in os.environ.items() if k not in unwanted}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=SECRET)
    environment.update(env)
    return subprocess.run(
        args, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def django_shell(code, **env):
    result = run([sys.executable, "manage.py", "shell", "-c", code], **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]  # after the shell's "objects imported" line


def test_image_is_multi_stage_non_root_with_static_files_and_no_secret():
    stages = dockerfile_stages()
    assert len(stages) >= 2
    runtime = stages[-1]
    assert re.search(r"^USER app$", runtime, flags=re.MULTILINE)
    assert "collectstatic" in runtime
    assert "/gezond/" in runtime  # HEALTHCHECK
    joined = runtime.replace("\\\n", " ")  # continuation lines as one
    env_lines = " ".join(re.findall(r"^ENV .*$", joined, flags=re.MULTILINE))
    assert "SECRET_KEY" not in env_lines
    assert "config.settings.production" in env_lines
    # The image installs the production lock: no test tools in it.
    assert "requirements-production.lock" in stages[0]
    production_lock = (ROOT / "requirements-production.lock").read_text()
    assert "gunicorn==" in production_lock
    assert "pytest==" not in production_lock


def test_production_lock_pins_the_same_versions_as_the_full_lock():
    def pins(name):
        text = (ROOT / name).read_text()
        return dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", text, flags=re.MULTILINE))

    full, production = pins("requirements.lock"), pins("requirements-production.lock")
    assert production
    assert {name: full.get(name) for name in production} == production


def test_compose_has_every_service_with_a_health_check():
    services = compose()["services"]
    assert {"web", "worker", "scheduler", "db", "redis", "elasticsearch"} <= set(services)
    for name, service in services.items():
        if name == "migrate":
            continue
        assert service.get("healthcheck", {}).get("test"), name
    assert "gunicorn" in services["web"]["command"]
    assert "/gezond/" in " ".join(services["web"]["healthcheck"]["test"])
    for name in SITE_SERVICES:
        environment = services[name]["environment"]
        assert environment["REDIS_URL"].startswith("redis://redis:")
        assert environment["DATABASE_URL"].startswith("postgres://")
        assert services[name]["env_file"] == ".env"


def test_compose_takes_secrets_from_the_env_file_only():
    text = (ROOT / "compose.yaml").read_text()
    assert "${POSTGRES_PASSWORD:?" in text
    assert "SECRET_KEY" not in text
    example = (ROOT / ".env.example").read_text()
    keys = dict(re.findall(r"^([A-Z_]+)=(.*)$", example, flags=re.MULTILINE))
    assert keys["SECRET_KEY"] == "" and keys["POSTGRES_PASSWORD"] == ""
    settings_text = "".join(path.read_text() for path in (ROOT / "site" / "config").rglob("*.py"))
    for key in keys:
        if key != "POSTGRES_PASSWORD":  # read by compose itself
            assert f'"{key}"' in settings_text, f"{key} in .env.example is never read"


@pytest.mark.parametrize(
    "command",
    [
        ["db_worker", "--help"],
        ["run_schedule", "--help"],
        ["search_index", "--help"],
        ["publish_scheduled", "--help"],
        ["send_need_alerts", "--help"],
        ["clearsessions", "--help"],
    ],
)
def test_commands_of_the_services_and_the_schedule_exist(command):
    result = run([sys.executable, "manage.py", *command])
    assert result.returncode == 0, result.stderr


def test_gunicorn_loads_the_configuration_and_the_application():
    result = run(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--config",
            "site/config/gunicorn.py",
            "--check-config",
            "config.wsgi",
        ]
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_redis_url_gives_the_shared_cache_and_no_url_the_local_one():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    assert django_shell(code, REDIS_URL="redis://127.0.0.1:6379/5").endswith("RedisCache")
    assert django_shell(code).endswith("LocMemCache")


def test_production_logs_json_lines_to_stdout():
    line = django_shell("import logging; logging.getLogger('serving').warning('proef %s', 1)")
    record = json.loads(line)
    assert record["message"] == "proef 1"
    assert record["level"] == "WARNING"
    assert record["logger"] == "serving"


def test_sentry_is_active_only_with_a_dsn():
    code = "import sentry_sdk; print(sentry_sdk.get_client().is_active())"
    assert django_shell(code, SENTRY_DSN="https://key@sentry.example/1") == "True"
    assert django_shell(code) == "False"


def test_admins_come_from_the_environment():
    code = "from django.conf import settings; print(settings.ADMINS)"
    admins = django_shell(code, ADMINS="Beheer <beheer@leercommunity.example>, x@y.example")
    assert admins == "[('Beheer', 'beheer@leercommunity.example'), ('x@y.example', 'x@y.example')]"


def test_production_without_redis_says_so_on_start():
    """Limits per worker are no limit for the site: a loud line on every start (issue 21)."""
    code = "print('started')"
    without = run([sys.executable, "manage.py", "shell", "-c", code])
    assert without.returncode == 0, without.stderr
    assert "REDIS_URL is not set" in without.stderr
    shared = run([sys.executable, "manage.py", "shell", "-c", code], REDIS_URL="redis://x:6379/0")
    assert "REDIS_URL is not set" not in shared.stderr


def test_the_stack_counts_clients_behind_its_proxy_and_keeps_counters_from_eviction():
    """Behind the TLS proxy the stack needs, every visitor had the proxy's address at
    TRUSTED_PROXY_COUNT=0 (finding 3); counters shared the evicting page cache (finding 4)."""
    services = compose()["services"]
    example = (ROOT / ".env.example").read_text()
    assert re.search(r"^TRUSTED_PROXY_COUNT=[1-9]", example, flags=re.MULTILINE)
    counters = " ".join(services["counters"]["command"])
    assert "noeviction" in counters
    for name in SITE_SERVICES:
        environment = services[name]["environment"]
        assert not str(environment["TRUSTED_PROXY_COUNT"]).endswith("0}")
        assert environment["REDIS_COUNTERS_URL"].startswith("redis://counters:")
    readme = (ROOT / "README.md").read_text()
    assert "TRUSTED_PROXY_COUNT" in readme.split("## Production", 1)[1]


def test_counters_get_their_own_redis_when_configured():
    code = "from django.conf import settings; print(settings.CACHES['counters']['LOCATION'])"
    assert django_shell(
        code, REDIS_URL="redis://a:6379/0", REDIS_COUNTERS_URL="redis://b:6379/0"
    ) == ("redis://b:6379/0")
    assert django_shell(code, REDIS_URL="redis://a:6379/0") == "redis://a:6379/0"
