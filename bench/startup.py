"""The start of a command: CPU and wall time of `kaidan --help`, `kaidan list`, `kaidan export --help` and
`kaidan meetings list` on a small library, each in a new process, as a user runs them.

Each command runs --runs times; the medians are printed with the spread of the CPU times (the noise of the
machine: wall time on a busy machine is mostly waiting for a core, CPU time is the fair figure). With
--against OTHER (another checkout of Kaidan), the two checkouts' runs alternate, one of each in turn, so
that a change of the machine's load falls on both alike. The modules each start imports are counted too.
Python's compiled modules are kept (in the temporary folder, whatever PYTHONDONTWRITEBYTECODE says) and
each command runs once before it is timed, as an installed Kaidan starts; nothing is written outside that
temporary folder.

    python bench/startup.py --runs 9
    python bench/startup.py --runs 9 --against ../kaidan-main
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = (("--help",), ("list",), ("export", "--help"), ("meetings", "list"))
_COUNT = "import sys, runpy; sys.argv = ['main.py', *sys.argv[1:]]; sys.path.insert(0, '.')\n" \
         "try:\n    runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit:\n    pass\n" \
         "print(len(sys.modules), file=sys.stderr)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--against", type=Path, default=None, metavar="OTHER", help="another checkout, alternated")
    args = parser.parse_args()
    roots = [ROOT] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "lib.db"
        pages = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
        subprocess.run([sys.executable, str(ROOT / "main.py"), "import", "--db", str(library), "-q", *map(str, pages)],
                       stdout=subprocess.DEVNULL, check=True)
        found = startups(roots, library, COMMANDS, args.runs, Path(tmp) / "bytecode")
    print(f"start of a command, {args.runs} runs each, a new process each (library: {len(pages)} articles)")
    for command in COMMANDS:
        for root in roots:
            walls, cpus, modules = found[root, command]
            print(f"  kaidan {' '.join(command):<16} {root.name:<16} CPU median {statistics.median(cpus) * 1000:5.0f} ms "
                  f"(spread {min(cpus) * 1000:.0f}-{max(cpus) * 1000:.0f}), wall median "
                  f"{statistics.median(walls) * 1000:5.0f} ms (spread {min(walls) * 1000:.0f}-{max(walls) * 1000:.0f}), "
                  f"{modules} modules")


def startups(roots: list[Path], library: Path, commands, runs: int, bytecode: Path) -> dict:
    """{(root, command): (wall seconds, CPU seconds, modules imported)} of running each root's main.py with each
    command on library, runs times after a first run untimed, the roots alternating run by run; compiled
    modules are kept in the folder bytecode."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    found = {(root, command): ([], [], 0) for root in roots for command in commands}
    for run in range(runs + 1):
        for command in commands:
            for root in roots:
                walls, cpus, _modules = found[root, command]
                wall, cpu = _run([sys.executable, str(root / "main.py"), "--db", str(library), *command], root, env)
                if run:  # the first writes the compiled modules
                    walls.append(wall)
                    cpus.append(cpu)
    for root in roots:
        for command in commands:
            walls, cpus, _modules = found[root, command]
            counted = subprocess.run([sys.executable, "-c", _COUNT, "--db", str(library), *command], cwd=root,
                                     capture_output=True, text=True, env=env)
            found[root, command] = (walls, cpus, int(counted.stderr.split()[-1]))
    return found


def _run(argv: list[str], root: Path, env: dict) -> tuple[float, float]:
    """Wall and CPU seconds (user and system, of the new process) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


if __name__ == "__main__":
    main()
