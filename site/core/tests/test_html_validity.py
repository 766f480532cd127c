"""The W3C Nu HTML checker finds no error on the main page types of the demo, as a visitor, a
school member and a provider see them. The pages are rendered with the test client into files
and checked in one run of the checker (Java); `make vnu` installs it into var/vnu and runs this.
Without the checker (VNU_JAR unset) the test is skipped: the suites stay free of Java."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from .page_types import (
    PROVIDER_MEMBER,
    PROVIDER_PATHS,
    SCHOOL_MEMBER,
    SCHOOL_PATHS,
    member,
    visitor_paths,
)

pytestmark = pytest.mark.django_db

VNU_JAR = os.environ.get("VNU_JAR", "")


@pytest.fixture
def demo(module_demo):
    return module_demo


def render(client, paths, folder, prefix):
    files = []
    for index, path in enumerate(paths):
        response = client.get(path)
        assert response.status_code == 200, path
        file = folder / f"{prefix}-{index:02d}.html"
        file.write_bytes(response.content)
        files.append((file, path))
    return files


@pytest.mark.skipif(not Path(VNU_JAR).is_file(), reason="VNU_JAR names no vnu.jar (make vnu)")
def test_the_main_page_types_are_valid_html(client, demo, tmp_path):
    files = render(client, visitor_paths(), tmp_path, "visitor")
    client.force_login(member(SCHOOL_MEMBER))
    files += render(client, SCHOOL_PATHS, tmp_path, "school")
    client.force_login(member(PROVIDER_MEMBER))
    files += render(client, PROVIDER_PATHS, tmp_path, "provider")

    result = subprocess.run(
        ["java", "-jar", VNU_JAR, "--errors-only", "--format", "json"]
        + [str(file) for file, _path in files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    by_file = {str(file): path for file, path in files}
    errors = [
        f"{by_file.get(message['url'].removeprefix('file:'), message['url'])}"
        f":{message.get('lastLine')}: {message['message']}"
        for message in json.loads(result.stderr or '{"messages": []}')["messages"]
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert len(files) >= 25
    assert errors == []
