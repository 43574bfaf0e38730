"""A second vulnerability check for what pip-audit could not audit here.

pip-audit asks PyPI's per-version JSON (or OSV) about each installed release. Where that is out of
reach (a network that serves only the package index and each project's main JSON page), this reads
each project's main page, https://pypi.org/pypi/<name>/json, whose ``vulnerabilities`` are those of
its LATEST release: so a package whose installed version is the latest is audited; any other is
listed as not audited (never counted as clean). Exits 1 on a known vulnerability not listed in
scripts/pip-audit-ignore.txt."""

import json
import re
import sys
import urllib.request
from importlib.metadata import distributions
from pathlib import Path

IGNORE = Path(__file__).with_name("pip-audit-ignore.txt")


def ignored() -> set[str]:
    lines = IGNORE.read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()  # PEP 503


def main(names: list[str]) -> int:
    skip = ignored()
    installed = {normal(dist.metadata["Name"]): dist.version for dist in distributions()}
    audited, not_latest, unreachable, found = [], [], [], []
    missing = []
    for name in sorted({normal(n) for n in names}):
        version = installed.get(name)
        if version is None:
            missing.append(name)
            continue
        try:
            with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=20) as response:
                page = json.load(response)
        except OSError:
            unreachable.append(name)
            continue
        if page["info"]["version"] != version:
            not_latest.append(f"{name} {version} (latest {page['info']['version']})")
            continue
        audited.append(name)
        for vulnerability in page.get("vulnerabilities") or []:
            ids = {vulnerability.get("id"), *vulnerability.get("aliases", [])}
            if not ids & skip:
                found.append(f"{name} {version}: {vulnerability.get('id')} fixed in {vulnerability.get('fixed_in')}")
    print(f"audited through the project pages (installed = latest): {len(audited)} package(s)")
    if not_latest:
        print(f"NOT audited (installed is not the latest release, whose page alone is reachable): {len(not_latest)}")
        for line in not_latest:
            print(f"  {line}")
    if missing:
        print(f"NOT audited (not found installed): {', '.join(missing)}")
    if unreachable:
        print(f"NOT audited (page unreachable): {', '.join(unreachable)}")
    for line in found:
        print(f"VULNERABLE: {line}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
