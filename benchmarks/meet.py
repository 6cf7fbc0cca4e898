"""Speed and memory of wijkteamtoets at national scale, printed as figures (no assertions).

Run from the repository root (it takes a few minutes at full scale):

    .venv/bin/python benchmarks/meet.py                 # 342 gemeenten x 30 dossiers
    .venv/bin/python benchmarks/meet.py --gemeenten 40  # smaller, while developing
    .venv/bin/python benchmarks/meet.py --een-dossier   # only the figures of one file (under a minute)

It builds a deterministic national set from the voorbeelden in a temporary folder (every gemeente is a copy
of one of the voorbeeld-gemeenten under its own name, with 30 dossiers copied from that gemeente's dossiers
under their own numbers) and prints, in one run and in one table: the floor (every file parsed with PyYAML's
CSafeLoader and nothing else), the peers on the same files (yamllint, and check-jsonschema with the product's own
dossier schema), `beoordeel` on all files, `rapport --alle` cold and with unchanged files, `exporteer`, the peak
memory; then `beoordeel`, `privacy` (of a new file, so with an empty result cache) and `kader controleer` of one
file side by side with yamllint on the same file (`beoordeel` of an unchanged dossier, and of one changed before
each run, as an inspector who edits it does). Every figure is wall time and CPU time (the process and all
its workers), each also as a ratio to the floor of the same run. Machines are noisy (and often shared), so
compare the ratios within one run rather than the seconds; CPU ratios are the steadier ones on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMMA = [sys.executable, "-m", "wijkteamtoets"]
KADER = REPO / "kaders" / "toezicht-wijkteams-2017.yaml"

# The targets of issue 22, printed next to the figures: national set as a ratio to the floor (rapport) or to
# yamllint on the same set (beoordeel); one file as a ratio to yamllint on the same file.
DOEL_WARM, DOEL_KOUD, DOEL_GEHEUGEN_MB = 1.0, 4.0, 300
DOEL_BEOORDEEL_SET_YAMLLINT = 0.5
DOEL_BEOORDEEL_1, DOEL_PRIVACY_1, DOEL_PRIVACY_1_MB = 1.5, 3.0, 150


def _boom_rss_mb(pid: int) -> float:
    """Memory (MB, PSS) of a process and all its descendants, read from /proc (0 when gone)."""
    kinderen: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for item in os.listdir("/proc"):
        if not item.isdigit():
            continue
        try:
            with open(f"/proc/{item}/stat", encoding="ascii", errors="replace") as stat:
                velden = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kinderen.setdefault(int(velden[1]), []).append(int(item))
        rss[int(item)] = int(velden[21]) * os.sysconf("SC_PAGE_SIZE")
    totaal, open_ = 0, [pid]
    while open_:
        huidig = open_.pop()
        totaal += _pss(huidig, rss.get(huidig, 0))
        open_.extend(kinderen.get(huidig, []))
    return totaal / 1e6


_MET_PSS = os.path.exists("/proc/self/smaps_rollup")
"""Whether the kernel gives the PSS of a process (Linux 4.14 and later)."""


def _pss(pid: int, rss: int) -> int:
    """Proportional set size in bytes: pages shared between the parent and its forked workers (deduce's lookup
    structures, the loaded modules) counted once in total, not once per process as RSS does. RSS when the
    kernel does not say; 0 for a process that is gone or exiting (it can no longer say its PSS, and its RSS would
    count every page it shares with the main process again: a worker that ended while it was sampled made the
    peak jump by up to 130 MB)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for regel in rollup:
                if regel.startswith("Pss:"):
                    return int(regel.split()[1]) * 1024
    except (ProcessLookupError, FileNotFoundError):
        return 0 if _MET_PSS else rss
    except (OSError, ValueError):
        return rss
    return 0 if _MET_PSS else rss  # no memory left to describe: the process is exiting


def _cpu_kinderen() -> float:
    """CPU seconds (user + system) of every finished child process and the children they waited for."""
    gebruik = resource.getrusage(resource.RUSAGE_CHILDREN)
    return gebruik.ru_utime + gebruik.ru_stime


def draai(opdracht: list[str], cwd: Path, env: dict[str, str] | None = None, codes: tuple[int, ...] = (0,)
          ) -> tuple[float, float, float]:
    """Run once; wall-clock seconds, CPU seconds (with workers) and the peak memory (MB) of the process tree,
    sampled every 20 ms."""
    begin, cpu_begin = time.perf_counter(), _cpu_kinderen()
    proces = subprocess.Popen(opdracht, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, "COLUMNS": "120", **(env or {})})
    piek = 0.0
    klaar = threading.Event()

    def bemonster() -> None:
        nonlocal piek
        while not klaar.wait(0.02):
            piek = max(piek, _boom_rss_mb(proces.pid))

    bemonsteraar = threading.Thread(target=bemonster, daemon=True)
    bemonsteraar.start()
    _, fouten = proces.communicate()
    duur = time.perf_counter() - begin
    klaar.set()
    bemonsteraar.join()
    if proces.returncode not in codes:
        sys.exit(f"mislukt ({proces.returncode}): {' '.join(opdracht)}\n{fouten.decode(errors='replace')[-2000:]}")
    return duur, _cpu_kinderen() - cpu_begin, piek


def mediaan(opdracht: list[str], keer: int, cwd: Path, env: dict[str, str] | None = None,
            codes: tuple[int, ...] = (0,), voor: list[str] | None = None) -> tuple[float, float, float]:
    """Median wall and CPU seconds of `keer` runs, and the highest peak memory; `voor` runs first each time
    (untimed), for instance to empty a cache."""
    metingen = []
    for _ in range(keer):
        if voor:
            subprocess.run(voor, cwd=cwd, check=True, capture_output=True)
        metingen.append(draai(opdracht, cwd, env, codes))
    return (statistics.median(m[0] for m in metingen), statistics.median(m[1] for m in metingen),
            max(m[2] for m in metingen))


def bouw_set(doel: Path, gemeenten: int, dossiers: int) -> tuple[int, int]:
    """The national set under `doel`; returns (number of files, bytes)."""
    bronnen = sorted(p for p in (REPO / "voorbeelden").iterdir() if (p / "gemeente.yaml").exists())
    aantal = grootte = 0
    for nummer in range(gemeenten):
        bron = bronnen[nummer % len(bronnen)]
        gemeente_tekst = (bron / "gemeente.yaml").read_text(encoding="utf-8")
        oude_naam = re.search(r"^gemeente: (.+)$", gemeente_tekst, re.MULTILINE).group(1)  # type: ignore[union-attr]
        naam = f"{oude_naam} {nummer // len(bronnen) + 1}"
        prefix = "G" + chr(65 + nummer // 26 % 26) + chr(65 + nummer % 26)
        map_ = doel / f"gemeente-{nummer:03d}"
        (map_ / "dossiers").mkdir(parents=True)
        teksten = {map_ / "gemeente.yaml": gemeente_tekst.replace(f"gemeente: {oude_naam}", f"gemeente: {naam}", 1)}
        sjablonen = sorted(p for p in (bron / "dossiers").glob("*.yaml") if p.name.count(".") == 1)
        for volgnummer in range(dossiers):
            tekst = sjablonen[volgnummer % len(sjablonen)].read_text(encoding="utf-8")
            tekst = re.sub(r"^dossier: .+$", f"dossier: {prefix}-2016-{volgnummer + 1:03d}", tekst, count=1,
                           flags=re.MULTILINE)
            tekst = tekst.replace(f"gemeente: {oude_naam}", f"gemeente: {naam}", 1)
            teksten[map_ / "dossiers" / f"{prefix}-2016-{volgnummer + 1:03d}.yaml"] = tekst
        for pad, tekst in teksten.items():
            pad.write_text(tekst, encoding="utf-8")
            aantal += 1
            grootte += len(tekst.encode("utf-8"))
    return aantal, grootte


VLOER = """
import sys, yaml
from pathlib import Path
for pad in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(pad.read_bytes(), Loader=yaml.CSafeLoader)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gemeenten", type=int, default=342, help="aantal gemeenten (standaard 342)")
    parser.add_argument("--dossiers", type=int, default=30, help="dossiers per gemeente (standaard 30)")
    parser.add_argument("--herhalingen", type=int, default=5, help="runs per meting van één bestand")
    parser.add_argument("--xlsx", action="store_true", help="meet ook exporteer -f xlsx (traag: openpyxl)")
    parser.add_argument("--een-dossier", action="store_true", help="meet alleen één bestand naast yamllint (de "
                        "landelijke set wordt niet gemeten; één gemeente volstaat)")
    argumenten = parser.parse_args()
    if argumenten.een_dossier:
        argumenten.gemeenten = 1
    bin_ = Path(sys.executable).parent
    for peer in ("yamllint", "check-jsonschema"):
        if shutil.which(peer, path=str(bin_)) is None:
            sys.exit(f"{peer} ontbreekt: .venv/bin/pip install -e '.[test]'")
    yamllint, jsonschema = [str(bin_ / "yamllint")], [str(bin_ / "check-jsonschema")]

    # An installed program has its bytecode compiled (pip does it); a source tree under PYTHONDONTWRITEBYTECODE
    # would compile every module again in every run and measure the compiler instead of the program.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "src")], check=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    with tempfile.TemporaryDirectory(prefix="wijkteamtoets-meting-") as tijdelijk:
        werk = Path(tijdelijk)
        data, uit = werk / "data", werk / "rapporten"
        begin = time.perf_counter()
        aantal, grootte = bouw_set(data, argumenten.gemeenten, argumenten.dossiers)
        gebouwd = time.perf_counter() - begin
        shutil.copytree(REPO / "kaders", werk / "kaders")
        schema = REPO / "schemas" / "dossier.toezicht-wijkteams-2017.schema.json"
        dossiers = [str(p.relative_to(werk)) for p in sorted(data.glob("*/dossiers/*.yaml"))]
        # A cache folder of its own for results: the first run is really cold, the second finds what the first
        # left. deduce's name lists are not results: they are built once per machine (and deduce version) in the
        # user's cache folder, so that one-off build is done (and timed) before measuring.
        cache = werk / "cache"
        env = {"WIJKTEAMTOETS_CACHE": "aan", "WIJKTEAMTOETS_CACHEMAP": str(cache)}
        lijsten, _, _ = draai([*PROGRAMMA, "privacy", str(REPO / "kaders")], werk, {"WIJKTEAMTOETS_CACHE": "uit"})
        print(f"wijkteamtoets {_versie()}, meting op {platform.node() or 'onbekend'}: {os.cpu_count()} kernen, "
              f"{_geheugen()}, Python {platform.python_version()}")
        print(f"set: {argumenten.gemeenten} gemeenten x {argumenten.dossiers} dossiers = {aantal} bestanden, "
              f"{grootte / 1e6:.1f} MB (gebouwd in {gebouwd:.1f} s)")
        print("bytecode van het pakket vooraf gecompileerd (zoals na pip install)")
        print(f"namenlijsten van deduce laden (eenmalig per machine gebouwd; hier {lijsten:.1f} s)\n")
        if not argumenten.een_dossier:
            _landelijk(argumenten, data, uit, werk, env, yamllint, jsonschema, schema, dossiers)

        keer = argumenten.herhalingen
        dossier = next(iter(sorted((data / "gemeente-000" / "dossiers").glob("*.yaml"))))
        print(f"\néén bestand, mediaan van {keer} runs; verhouding tot yamllint op hetzelfde bestand:")
        kaal = mediaan([sys.executable, "-c", "pass"], keer, werk)
        print(f"  {'python -c pass':40} {kaal[0] * 1000:7.0f} ms wand {kaal[1] * 1000:7.0f} ms cpu")
        # an inspector edits the dossier and judges it again: new content each run (a comment), kaders unchanged
        wijzig = [sys.executable, "-c", "import sys, time; open(sys.argv[1], 'a', encoding='utf-8')"
                  ".write(f'# gewijzigd {time.time_ns()}\\n')", str(dossier)]
        leeg_cache = [sys.executable, "-c", f"import shutil; shutil.rmtree({str(cache)!r}, ignore_errors=True)"]
        for naam, opdracht, bestand, doel, voor in [
            ("wijkteamtoets --versie", [*PROGRAMMA, "--versie"], None, "", None),
            ("wijkteamtoets --help", [*PROGRAMMA, "--help"], None, "", None),
            ("beoordeel 1 dossier", [*PROGRAMMA, "beoordeel", str(dossier.relative_to(werk))], dossier,
             f"<= {DOEL_BEOORDEEL_1}x", None),
            ("beoordeel 1 gewijzigd dossier", [*PROGRAMMA, "beoordeel", str(dossier.relative_to(werk))], dossier,
             f"<= {DOEL_BEOORDEEL_1}x", wijzig),
            ("privacy 1 nieuw dossier", [*PROGRAMMA, "privacy", str(dossier.relative_to(werk))], dossier,
             f"<= {DOEL_PRIVACY_1}x en < {DOEL_PRIVACY_1_MB} MB", leeg_cache),
            ("kader controleer", [*PROGRAMMA, "kader", "controleer"], werk / "kaders" / KADER.name, "", None),
        ]:
            # a lone dossier of the generated set names a gemeente without its gemeente file: exit 1, same work
            wand, cpu, geheugen = mediaan(opdracht, keer, werk, env, codes=(0, 1), voor=voor)
            tekst = f"  {naam:40} {wand * 1000:7.0f} ms wand {cpu * 1000:7.0f} ms cpu {geheugen:5.0f} MB"
            if bestand is not None:
                ref_wand, ref_cpu, _ = mediaan([*yamllint, str(bestand)], keer, werk, codes=(0, 1))
                tekst += (f"   yamllint {ref_wand * 1000:5.0f} ms wand {ref_cpu * 1000:5.0f} ms cpu   verhouding "
                          f"wand {wand / ref_wand:.2f} cpu {cpu / ref_cpu:.2f}  {doel}")
            print(tekst, flush=True)


def _landelijk(argumenten: argparse.Namespace, data: Path, uit: Path, werk: Path, env: dict[str, str],
               yamllint: list[str], jsonschema: list[str], schema: Path, dossiers: list[str]) -> None:
    """The national set: the floor, the peers, beoordeel, rapport cold and warm, exporteer, the peak memory."""
    print(f"{'':44} {'wand':>8} {'x vloer':>8} {'cpu':>8} {'x vloer':>8} {'geheugen':>9}  doel")
    vloer = draai([sys.executable, "-c", VLOER, str(data)], werk)
    regels: dict[str, tuple[float, float, float]] = {}

    def meet(naam: str, opdracht: list[str], doel: str = "", codes: tuple[int, ...] = (0,)) -> tuple[float, float, float]:
        regels[naam] = draai(opdracht, werk, env, codes)
        _druk(naam, regels[naam], vloer, doel)
        return regels[naam]

    _druk("vloer: elk bestand met CSafeLoader", vloer, vloer, "")
    lint = meet("peer: yamllint (alle bestanden)", [*yamllint, "-f", "parsable", "data"], codes=(0, 1))
    meet("peer: check-jsonschema (alle dossiers)", [*jsonschema, "--schemafile", str(schema), *dossiers],
         codes=(0, 1))
    beoordeel = meet("beoordeel --overzicht (alle bestanden)", [*PROGRAMMA, "beoordeel", "--overzicht", "data"],
                     f"<= {DOEL_BEOORDEEL_SET_YAMLLINT}x yamllint")
    rapport = [*PROGRAMMA, "rapport", "--alle", "--data", "data", "--overschrijf", "-o", str(uit)]
    meet("rapport --alle, koud", rapport, f"<= {DOEL_KOUD}x vloer")
    meet("rapport --alle, ongewijzigde bestanden", rapport, f"<= {DOEL_WARM}x vloer")
    meet("exporteer -f csv", [*PROGRAMMA, "exporteer", "-f", "csv", "--data", "data", "--overschrijf", "-o", str(uit)])
    if argumenten.xlsx:
        meet("exporteer -f xlsx", [*PROGRAMMA, "exporteer", "-f", "xlsx", "--data", "data", "--overschrijf", "-o",
                                   str(uit)])
    piek = max(p for naam, (_, _, p) in regels.items() if not naam.startswith("peer"))
    print(f"\nbeoordeel van de hele set: wand {beoordeel[0] / lint[0]:.2f}x, cpu {beoordeel[1] / lint[1]:.2f}x "
          f"yamllint op dezelfde set (doel <= {DOEL_BEOORDEEL_SET_YAMLLINT}x)")
    print(f"piekgeheugen (PSS van het proces met zijn werkprocessen; gedeelde pagina's één keer geteld): "
          f"{piek:.0f} MB (doel < {DOEL_GEHEUGEN_MB} MB)")


def _druk(naam: str, meting: tuple[float, float, float], vloer: tuple[float, float, float], doel: str) -> None:
    wand, cpu, piek = meting
    print(f"{naam:44} {wand:7.1f}s {wand / vloer[0]:7.2f}x {cpu:7.1f}s {cpu / vloer[1]:7.2f}x {piek:6.0f} MB  {doel}",
          flush=True)


def _versie() -> str:
    return subprocess.run([*PROGRAMMA, "--versie"], capture_output=True, text=True, check=True).stdout.split()[-1]


def _geheugen() -> str:
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        totaal = int(meminfo.readline().split()[1])
    return f"{totaal / 1024 / 1024:.0f} GiB geheugen"


if __name__ == "__main__":
    main()
