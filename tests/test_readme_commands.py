"""The commands the READMEs and docs give run as they say: users and CI follow them word for word.

Every bench/*.py a page names exists; every bench script (a file of bench/ run as a program) is named in the
README's bench list, so none is forgotten; each, and each script of docs/ and resources/ a page runs, answers
--help with its usage (argparse, before any corpus, model or window is loaded) and knows every flag its README
line gives it; every flag of a `main.py` or `kaidan` line is one of that command's; and the system libraries the
set-up names are the ones CI installs."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from core.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = [README, ROOT / "README.ja.md", *sorted((ROOT / "docs").glob("*.md"))]
SCRIPT = re.compile(r"bench/([A-Za-z0-9_]+\.py)")
FLAG = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
BLOCK = re.compile(r"^```bash\n(.*?)^```", re.S | re.M)
OTHER_SCRIPT = re.compile(r"python3? ((?!bench/)[\w/]+\.py)")

# Runs each script as `python SCRIPT --help` in one interpreter (its modules loaded once, so the whole list takes
# seconds): each script's exit code and what it printed.
HELP_RUNNER = """
import contextlib, io, json, runpy, sys
results = {}
for path in sys.argv[1:]:
    sys.argv = [path, "--help"]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(path, run_name="__main__")
        code = "ran to its end instead of answering --help"
    except SystemExit as stop:
        code = stop.code or 0
    except Exception as error:
        code = repr(error)
    results[path] = [code, out.getvalue()]
print(json.dumps(results))
"""


def bench_scripts() -> set[str]:
    """The files of bench/ run as programs (a __main__ block); the others are modules the scripts share."""
    return {path.name for path in (ROOT / "bench").glob("*.py") if '__name__ == "__main__"' in path.read_text("utf-8")}


def bench_section(text: str) -> str:
    """The README's Benchmarks section, its subsections included."""
    return text.split("\n## Benchmarks\n", 1)[1].split("\n## ", 1)[0]


def script_lines(text: str) -> list[tuple[str, str]]:
    """(script, the command written for it) for every bench command in a page's bash blocks: the words after the
    script's name up to its comment or the next command."""
    lines = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            command = re.split(r"\s#\s|\s#$", line, maxsplit=1)[0]
            parts = SCRIPT.split(command)
            lines += [(parts[i], re.split(r"&&|\|", parts[i + 1])[0].rstrip()) for i in range(1, len(parts), 2)]
    return lines


def kaidan_lines(text: str) -> list[str]:
    """The `main.py` and `kaidan` commands of a page's bash blocks, comments left out."""
    found = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            match = re.search(r"(?:main\.py|^kaidan)\s(.*)", re.split(r"\s#\s", line, maxsplit=1)[0])
            if match:
                found.append(match.group(1))
    return found


def unknown_flags(command: str) -> list[str]:
    """The flags of a command line Kaidan's parser does not know for the (sub)command the line names."""
    parser, known = build_parser(), set()
    for word in re.findall(r"[^\s\[\]|]+", command):
        known |= set(parser._option_string_actions)
        choices = next((action.choices for action in parser._actions if isinstance(action.choices, dict)), {})
        if word in choices:
            parser = choices[word]
    known |= set(parser._option_string_actions)
    return [flag for flag in FLAG.findall(command) if flag not in known]


def other_scripts() -> set[str]:
    """The scripts outside bench/ a page runs (docs/make_screenshot.py, resources/i18n/build.py), main.py aside."""
    return {path for page in PAGES for path in OTHER_SCRIPT.findall(page.read_text(encoding="utf-8"))} - {"main.py"}


def help_outputs(paths: list[str]) -> dict[str, list]:
    """Each script's --help exit code and printout, run in a fresh interpreter as a user would."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", HELP_RUNNER, *paths], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_every_bench_file_a_page_names_exists():
    named = {(page.name, name) for page in PAGES for name in SCRIPT.findall(page.read_text(encoding="utf-8"))}
    assert {(page, name) for page, name in named if not (ROOT / "bench" / name).exists()} == set()


def test_every_bench_script_is_in_the_readme_bench_list():
    listed = set(SCRIPT.findall(bench_section(README.read_text(encoding="utf-8"))))
    assert sorted(bench_scripts() - listed) == []


def test_each_script_a_page_runs_answers_help_and_knows_its_readme_flags():
    scripts = sorted(other_scripts())
    assert "docs/make_screenshot.py" in scripts
    outputs = help_outputs([f"bench/{name}" for name in sorted(bench_scripts())] + scripts)
    assert {path: code for path, (code, text) in outputs.items() if code != 0 or not text.startswith("usage:")} == {}
    unknown = {(name, flag) for page in PAGES for name, command in script_lines(page.read_text(encoding="utf-8"))
               if f"bench/{name}" in outputs for flag in FLAG.findall(command)
               if flag not in outputs[f"bench/{name}"][1]}
    assert sorted(unknown) == []


def test_every_flag_of_a_kaidan_command_in_the_pages_is_the_commands_own():
    lines = [line for page in PAGES for line in kaidan_lines(page.read_text(encoding="utf-8"))]
    assert len(lines) > 20
    assert {line: unknown_flags(line) for line in lines if unknown_flags(line)} == {}


def test_a_renamed_flag_or_a_missing_script_is_caught():
    text = "```bash\n.venv/bin/python bench/eval_pages.py --perturbed --pagez tune   # the --why parts\n```\n"
    assert script_lines(text) == [("eval_pages.py", " --perturbed --pagez tune")]
    assert unknown_flags("claims list --state all --holders X") == ["--holders"]
    assert unknown_flags("--db study.db import run/ --where 'x'") == []


def test_the_set_up_names_the_libraries_ci_installs():
    ci = re.search(r"for pkg in ([^;]+);", (ROOT / ".ci" / "run").read_text(encoding="utf-8")).group(1).split()
    for page in ("README.md", "README.ja.md"):
        text = (ROOT / page).read_text(encoding="utf-8")
        assert re.search(r"`(libegl1[^`]*)`", text).group(1).split() == ci, page
