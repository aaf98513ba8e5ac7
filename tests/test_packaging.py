"""A wheel carries everything the checker reads at run time.

A clone reads its language data, templates and rules from the checkout; a newsroom that runs
`pip install .` or installs from a package index gets only what the wheel carries. This test
builds the wheel from a copy of the project and checks that every data file under `checker/`
and every built-in rule is in it, then (where a venv can be made) installs it and runs `check`
on the seed batch from outside the checkout.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tracked(folder: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0 or not out.stdout.strip():
        pytest.skip("not a git checkout: the list of shipped files comes from git")
    return out.stdout.split()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in ("checker", "rules"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
                           capture_output=True, text=True)
    if built.returncode != 0:
        if "Could not find a version" in built.stderr or "No matching distribution" in built.stderr:
            pytest.skip("no package index reachable to fetch the build backend")
        raise AssertionError(f"the wheel does not build:\n{built.stderr[-3000:]}")
    (found,) = out.glob("casualty_check-*.whl")
    return found


def test_the_wheel_carries_every_data_file_and_rule(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = [p for p in _tracked("checker") if not p.endswith(".py")]
    missing = [p for p in data if p not in names]
    assert not missing, f"data files the checker reads but the wheel lacks: {missing}"
    rules = [p for p in _tracked("rules") if p.endswith(".yaml")]
    shipped = {n.rsplit("/", 1)[-1] for n in names if "/share/casualty-check/rules/" in n}
    assert rules and {p.rsplit("/", 1)[-1] for p in rules} <= shipped


def test_an_installed_wheel_checks_the_seed_batch(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot make a venv here: {made.stderr[-300:]}")
    python = venv / "bin" / "python"
    # The dependencies come from the test venv's site-packages, named by a path file: a folder a
    # .pth line adds has its own .pth files (such as an editable install's finder) left unread,
    # so `checker` can only come from the wheel.
    new_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                              capture_output=True, text=True, check=True).stdout.strip()
    Path(new_site, "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    installed = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr[-2000:]
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    run = subprocess.run([str(python), "-m", "checker", "check", *map(str, seeds),
                          "--manifest", str(ROOT / "fixtures" / "seeds" / "manifest.csv"),
                          "--html", str(tmp_path / "report.html"), "--format", "json"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "CC106" in run.stdout, run.stdout[-2000:]
    where = subprocess.run([str(python), "-c", "import checker; print(checker.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in where, f"the test ran the checkout, not the wheel: {where}"
    assert (tmp_path / "report.html").stat().st_size > 1000
