"""Speed and memory of wijkteamtoets at national scale, printed as figures (no assertions).

Run from the repository root (it takes a few minutes at full scale):

    .venv/bin/python benchmarks/meet.py                 # 342 gemeenten x 30 dossiers
    .venv/bin/python benchmarks/meet.py --gemeenten 40  # smaller, while developing

It builds a deterministic national set from the voorbeelden in a temporary folder (every gemeente is a copy
of one of the voorbeeld-gemeenten under its own name, with 30 dossiers copied from that gemeente's dossiers
under their own numbers) and prints, in one run: the floor (every file parsed with PyYAML's CSafeLoader and
nothing else), `beoordeel` on all files, `rapport --alle` cold and with unchanged files, `exporteer`, the peak
memory, and `beoordeel` of one dossier and `kader controleer` side by side with yamllint on the same file.
Machines are noisy (and often shared), so compare the ratios within one run rather than the seconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
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

# The targets of issue 15, printed next to the figures.
DOEL_WARM, DOEL_KOUD, DOEL_BEOORDEEL, DOEL_GEHEUGEN_MB, DOEL_YAMLLINT = 1.5, 4.0, 1.2, 300, 1.0


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


def _pss(pid: int, rss: int) -> int:
    """Proportional set size in bytes: pages shared between the parent and its forked workers (deduce's lookup
    structures, the loaded modules) counted once in total, not once per process as RSS does. RSS when the
    kernel does not say."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for regel in rollup:
                if regel.startswith("Pss:"):
                    return int(regel.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return rss


def draai(opdracht: list[str], cwd: Path, env: dict[str, str] | None = None, codes: tuple[int, ...] = (0,)
          ) -> tuple[float, float]:
    """Run once; wall-clock seconds and the peak memory (MB) of the process tree, sampled every 20 ms."""
    begin = time.perf_counter()
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
    return duur, piek


def mediaan(opdracht: list[str], keer: int, cwd: Path, env: dict[str, str] | None = None,
            codes: tuple[int, ...] = (0,)) -> float:
    return statistics.median(draai(opdracht, cwd, env, codes)[0] for _ in range(keer))


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
    argumenten = parser.parse_args()
    if shutil.which("yamllint", path=str(Path(sys.executable).parent)) is None:
        sys.exit("yamllint ontbreekt: .venv/bin/pip install -e '.[test]'")

    with tempfile.TemporaryDirectory(prefix="wijkteamtoets-meting-") as tijdelijk:
        werk = Path(tijdelijk)
        data, uit = werk / "data", werk / "rapporten"
        begin = time.perf_counter()
        aantal, grootte = bouw_set(data, argumenten.gemeenten, argumenten.dossiers)
        shutil.copytree(REPO / "kaders", werk / "kaders")
        # A cache folder of its own for results: the first run is really cold, the second finds what the first
        # left. deduce's lookup structures are not results: they are built once per machine (and deduce
        # version) in the user's cache folder, so that one-off build is done (and timed) before measuring.
        env = {"WIJKTEAMTOETS_CACHE": "aan", "WIJKTEAMTOETS_CACHEMAP": str(werk / "cache")}
        lijsten, _ = draai([*PROGRAMMA, "privacy", str(REPO / "kaders")], werk,
                           {"WIJKTEAMTOETS_CACHE": "uit"})
        print(f"wijkteamtoets {_versie()}, meting op {platform.node() or 'onbekend'}: {os.cpu_count()} kernen, "
              f"{_geheugen()}, Python {platform.python_version()}")
        print(f"set: {argumenten.gemeenten} gemeenten x {argumenten.dossiers} dossiers = {aantal} bestanden, "
              f"{grootte / 1e6:.1f} MB (gebouwd in {time.perf_counter() - begin:.1f} s)\n")

        print(f"namenlijsten van deduce laden (eenmalig per machine gebouwd; hier {lijsten:.1f} s)\n")
        vloer, vloer_mb = draai([sys.executable, "-c", VLOER, str(data)], werk)
        regels: list[tuple[str, float, float, str]] = [("vloer: elk bestand met CSafeLoader", vloer, vloer_mb, "")]

        def meet(naam: str, opdracht: list[str], doel: float | None = None) -> float:
            duur, piek = draai(opdracht, werk, env)
            regels.append((naam, duur, piek, f"doel <= {doel}x" if doel else ""))
            _druk(regels[-1], vloer)
            return duur

        _druk(regels[0], vloer)
        meet("beoordeel --overzicht (alle bestanden)", [*PROGRAMMA, "beoordeel", "--overzicht", "data"], DOEL_BEOORDEEL)
        rapport = [*PROGRAMMA, "rapport", "--alle", "--data", "data", "--overschrijf", "-o", str(uit)]
        meet("rapport --alle, koud", rapport, DOEL_KOUD)
        meet("rapport --alle, ongewijzigde bestanden", rapport, DOEL_WARM)
        meet("exporteer -f csv", [*PROGRAMMA, "exporteer", "-f", "csv", "--data", "data", "--overschrijf", "-o", str(uit)])
        if argumenten.xlsx:
            meet("exporteer -f xlsx", [*PROGRAMMA, "exporteer", "-f", "xlsx", "--data", "data", "--overschrijf", "-o",
                                       str(uit)])
        piek = max(p for _, _, p, _ in regels[1:])
        print(f"\npiekgeheugen (PSS van het proces met zijn werkprocessen; gedeelde pagina's één keer geteld): "
              f"{piek:.0f} MB (doel < {DOEL_GEHEUGEN_MB} MB)")

        keer = argumenten.herhalingen
        dossier = next(iter(sorted((data / "gemeente-000" / "dossiers").glob("*.yaml"))))
        yamllint = [str(Path(sys.executable).parent / "yamllint")]
        print(f"\néén bestand, mediaan van {keer} runs (verhouding tot yamllint op hetzelfde bestand; doel <= "
              f"{DOEL_YAMLLINT}):")
        kaal = mediaan([sys.executable, "-c", "pass"], keer, werk)
        print(f"  {'python -c pass':40} {kaal * 1000:7.0f} ms")
        for naam, opdracht, lint in [
            ("wijkteamtoets --versie", [*PROGRAMMA, "--versie"], None),
            ("wijkteamtoets --help", [*PROGRAMMA, "--help"], None),
            ("beoordeel 1 dossier", [*PROGRAMMA, "beoordeel", str(dossier.relative_to(werk))], dossier),
            ("kader controleer", [*PROGRAMMA, "kader", "controleer"], werk / "kaders" / KADER.name),
        ]:
            tijd = mediaan(opdracht, keer, werk, env)
            tekst = f"  {naam:40} {tijd * 1000:7.0f} ms"
            if lint is not None:
                referentie = mediaan([*yamllint, str(lint)], keer, werk, codes=(0, 1))
                tekst += f"   yamllint {referentie * 1000:5.0f} ms   verhouding {tijd / referentie:.2f}"
            print(tekst)


def _druk(regel: tuple[str, float, float, str], vloer: float) -> None:
    naam, duur, piek, doel = regel
    print(f"{naam:42} {duur:8.1f} s  {duur / vloer:5.2f}x vloer  {piek:5.0f} MB  {doel}", flush=True)


def _versie() -> str:
    return subprocess.run([*PROGRAMMA, "--versie"], capture_output=True, text=True, check=True).stdout.split()[-1]


def _geheugen() -> str:
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        totaal = int(meminfo.readline().split()[1])
    return f"{totaal / 1024 / 1024:.0f} GiB geheugen"


if __name__ == "__main__":
    main()
