"""Speed and memory of wijkteamtoets on the bundled voorbeelden, printed as figures (no assertions).

Run from the repository root:  .venv/bin/python benchmarks/meet.py

Machines are noisy, so compare the ratios within one run: start-up of `beoordeel` against a bare Python,
and the time per file at 1x and 10x the voorbeelden (linear scaling gives a ratio near 1).
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMMA = [sys.executable, "-m", "wijkteamtoets"]
HERHALINGEN = 5


def meet(opdracht: list[str], herhalingen: int = HERHALINGEN, cwd: Path = REPO) -> tuple[float, float]:
    """Median wall-clock seconds over `herhalingen` runs, and the peak memory (MiB) of the runs."""
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        subprocess.run(opdracht, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "COLUMNS": "120"})
        tijden.append(time.perf_counter() - begin)
    piek = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(tijden), piek


def vermenigvuldig(bron: Path, doel: Path, keer: int) -> int:
    """`keer` copies of every dossier file under `doel`, each with its own dossier number and gemeente."""
    aantal = 0
    for kopie in range(keer):
        for pad in sorted(bron.rglob("*.yaml")):
            tekst = pad.read_text(encoding="utf-8")
            if pad.name == "gemeente.yaml":
                tekst = tekst.replace("gemeente: ", f"gemeente: Kopie{kopie} ", 1)
            else:
                tekst = tekst.replace("-2016-", f"-{2000 + kopie}-").replace("gemeente: ", f"gemeente: Kopie{kopie} ", 1)
            uit = doel / f"kopie{kopie}" / pad.relative_to(bron)
            uit.parent.mkdir(parents=True, exist_ok=True)
            uit.write_text(tekst, encoding="utf-8")
            aantal += 1
    return aantal


def main() -> None:
    voorbeelden = REPO / "voorbeelden"
    een_dossier = next(iter(sorted(voorbeelden.rglob("dossiers/*.yaml"))))
    aantal = sum(1 for _ in voorbeelden.rglob("*.yaml"))
    print(f"wijkteamtoets, meting op {os.cpu_count()} kernen; mediaan van {HERHALINGEN} runs\n")

    kaal, _ = meet([sys.executable, "-c", "pass"])
    start, _ = meet([*PROGRAMMA, "--versie"])
    een, _ = meet([*PROGRAMMA, "beoordeel", str(een_dossier)])
    print(f"python zonder iets:                 {kaal * 1000:7.0f} ms")
    print(f"wijkteamtoets --versie:             {start * 1000:7.0f} ms  ({start / kaal:.1f}x kale python)")
    print(f"beoordeel 1 dossier:                {een * 1000:7.0f} ms  ({een / kaal:.1f}x kale python)")

    alle, _ = meet([*PROGRAMMA, "beoordeel", "--overzicht", str(voorbeelden)])
    with tempfile.TemporaryDirectory() as tijdelijk:
        groot = Path(tijdelijk) / "data"
        veel = vermenigvuldig(voorbeelden, groot, 10)
        tien, piek = meet([*PROGRAMMA, "beoordeel", "--overzicht", str(groot)], herhalingen=3)
        uit = Path(tijdelijk) / "uit"
        rapport, rapportpiek = meet([*PROGRAMMA, "rapport", "--alle", "--overschrijf", "-o", str(uit)], herhalingen=3)
        shutil.rmtree(uit, ignore_errors=True)
    per_bestand, per_bestand_tien = alle / aantal, tien / veel
    print(f"beoordeel {aantal} bestanden:          {alle * 1000:7.0f} ms  ({per_bestand * 1000:.1f} ms per bestand)")
    print(f"beoordeel {veel} bestanden:         {tien * 1000:7.0f} ms  ({per_bestand_tien * 1000:.1f} ms per bestand; "
          f"verhouding {per_bestand_tien / per_bestand:.2f} t.o.v. {aantal} bestanden)")
    print(f"rapport --alle ({aantal} bestanden):     {rapport * 1000:7.0f} ms")
    print(f"piekgeheugen van één run:           {max(piek, rapportpiek):7.0f} MiB")


if __name__ == "__main__":
    main()
