"""The local web server of the form: the Python standard library's `http.server` and a thin layer.

Why no framework: the form has four routes (page, script and style, toets, bewaar) and one user; the
standard library's threading HTTP server does that with no dependency, no import cost and nothing to keep
up to date, while the safety checks below stay in plain sight in one file.

Safety, all enforced here:

* it listens on 127.0.0.1 only, on a free port (or ``--poort``);
* every address holds a random token (``/t/<token>/``); any other path is refused;
* the ``Host`` header must be this server's own address (no DNS rebinding);
* a POST must carry the page's CSRF token in ``X-CSRF-Token``, be JSON, and come from this origin;
* it serves only the one file it was opened with (no path is ever taken from a request) and its own
  script and style, shipped in the package (no CDN: it works offline);
* every answer forbids framing, sniffing, caching and referrers, under a strict Content Security Policy.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import secrets
import stat
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

from ...beoordelen.invullen import Invuluitslag, toets_inhoud, vervallen
from ...controles.laden import Kaderregister
from ...invoer.bewerken import bewerk, gewoon, laad
from ...invoer.kader import Kader, Niveau
from ...invoer.yamlbron import Locatie
from ...problemen import toon_pad
from ...rapportage.schrijven import schrijf_bestand
from . import consensus, formulier

MAX_VERZOEK = 2 * 1024 * 1024
STATISCH = {"invullen.js": "text/javascript; charset=utf-8", "invullen.css": "text/css; charset=utf-8",
            "favicon.svg": "image/svg+xml"}
BEVEILIGING = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@dataclass
class Invulsessie:
    """The one file the form edits, with its kader, and what is on disk as far as the form knows."""

    pad: Path
    kader: Kader
    register: Kaderregister
    niveau: Niveau
    tekst: str  # the text the form's changes apply to (the file, or the scaffold of a new file)
    op_schijf: bytes | None  # the bytes last read or written (None: the file does not exist yet)
    slot: threading.Lock = field(default_factory=threading.Lock)
    consensus: consensus.Consensusdeel | None = None  # for a consensus file: the ratings it refers to
    voorbereiding: threading.Thread | None = None  # loads what the privacy scan on save needs, in the background

    def verwerk(self, verzoek: Any, bewaar: bool) -> tuple[HTTPStatus, dict[str, Any]]:
        """Apply the page's state to the file's text, judge it, and on `bewaar` write it."""
        with self.slot:
            nieuw, weg, toets, plaats = self._pas_toe(verzoek)
            ruw = nieuw.encode("utf-8")
            if bewaar and self._op_schijf_nu() != self.op_schijf:
                uitslag = toets(ruw, False)
                antwoord = {**formulier.antwoord(uitslag, weg, self.niveau, plaats), "bewaard": False, "bericht": (
                    f"Niet opgeslagen: {toon_pad(self.pad)} is buiten het formulier gewijzigd. Laad de pagina "
                    "opnieuw om die versie te zien (uw invoer hier gaat dan verloren).")}
                return HTTPStatus.CONFLICT, antwoord
            if bewaar and self.voorbereiding is not None:
                self.voorbereiding.join()  # deduce's lists for the full privacy scan, loading since the start
            uitslag = toets(ruw, bewaar)
            antwoord = {**formulier.antwoord(uitslag, weg, self.niveau, plaats), "bewaard": False}
            if not bewaar:
                return HTTPStatus.OK, antwoord
            schrijf_op_zijn_plaats(self.pad, ruw)
            self.tekst, self.op_schijf = nieuw, ruw
            antwoord["bewaard"] = True
            antwoord["bericht"] = f"Opgeslagen in {toon_pad(self.pad)}."
            return HTTPStatus.OK, antwoord

    def _pas_toe(self, verzoek: Any) -> tuple[str, dict[str, str], Callable[[bytes, bool], Invuluitslag],
                                             Callable[[Locatie], str | None] | None]:
        """The file's new text for the page's state, the questions that fall away, how to judge the text, and
        where its problems go on the page."""
        if self.consensus is not None:
            nieuw, weg, van_consensus = consensus.pas_toe(self.tekst, verzoek, self.kader, self.consensus, self.pad,
                                                          self.register)
            return nieuw, weg, van_consensus, consensus.veldsleutel(gewoon(laad(nieuw)))
        staat = formulier.lees_staat(verzoek, self.kader, self.niveau)
        weg = vervallen(self.kader, self.niveau, formulier.antwoorden_van(staat))
        staat = formulier.zonder_vervallen(staat, weg)

        def toets(ruw: bytes, volledig: bool) -> Invuluitslag:
            return toets_inhoud(self.pad, ruw, self.register, volledige_privacyscan=volledig)

        return bewerk(self.tekst, staat), weg, toets, None

    def _op_schijf_nu(self) -> bytes | None:
        try:
            return self.pad.read_bytes()
        except FileNotFoundError:
            return None

    def data(self) -> Any:
        return laad(self.tekst)


def schrijf_op_zijn_plaats(pad: Path, ruw: bytes) -> None:
    """Write `pad` atomically: a new file as every output file (`schrijf_bestand`); an existing one through a
    temporary file beside it that gets the old file's permissions before it replaces the file, so a dossier
    readable only by its owner stays so. A leftover temporary file (after a crash) is cleaned up by the next
    write into that folder (`rapportage.schrijven.ruim_op`)."""
    if not pad.exists():
        schrijf_bestand(pad, ruw)
        return
    doel = pad.resolve()  # through a symbolic link: the file it points at
    modus = stat.S_IMODE(doel.stat().st_mode)
    descriptor, tijdelijk = tempfile.mkstemp(prefix=f".{doel.name}.", suffix=".tmp", dir=doel.parent)
    try:
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(ruw)
            bestand.flush()
            os.fsync(bestand.fileno())
        os.chmod(tijdelijk, modus)
        os.replace(tijdelijk, doel)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise


class Formulierserver(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, sessie: Invulsessie, poort: int = 0, pagina: Any = None) -> None:
        super().__init__(("127.0.0.1", poort), _Verzoek)
        self.sessie = sessie
        self.token = secrets.token_urlsafe(24)
        self.csrf = secrets.token_urlsafe(24)
        self.pagina = pagina  # callable(sessie, csrf) -> html

    @property
    def poort(self) -> int:
        return int(self.server_address[1])

    @property
    def adres(self) -> str:
        return f"http://127.0.0.1:{self.poort}/t/{self.token}/"

    def toegestane_hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.poort}", f"localhost:{self.poort}"}


class _Verzoek(BaseHTTPRequestHandler):
    server: Formulierserver
    server_version = "wijkteamtoets"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: addresses hold the token and answers may hold personal data; nothing goes to the terminal."""

    def _stuur(self, status: HTTPStatus, inhoud: bytes, soort: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", soort)
        self.send_header("Content-Length", str(len(inhoud)))
        for naam, waarde in BEVEILIGING.items():
            self.send_header(naam, waarde)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(inhoud)

    def _weiger(self, status: HTTPStatus, tekst: str) -> None:
        self._stuur(status, f"{status.value} {tekst}\n".encode(), "text/plain; charset=utf-8")

    def _pad(self) -> str | None:
        """The path after the token, or None when the token is missing or wrong (or the Host is foreign)."""
        if self.headers.get("Host", "") not in self.server.toegestane_hosts():
            return None
        voorvoegsel = f"/t/{self.server.token}/"
        pad = self.path.split("?", 1)[0]
        if not hmac.compare_digest(pad[: len(voorvoegsel)].encode(), voorvoegsel.encode()):
            return None
        return pad[len(voorvoegsel):]

    def do_GET(self) -> None:
        pad = self._pad()
        if pad is None:
            self._weiger(HTTPStatus.FORBIDDEN, "Geweigerd: dit adres hoort niet bij dit formulier.")
            return
        if pad == "":
            html = self.server.pagina(self.server.sessie, self.server.csrf)
            self._stuur(HTTPStatus.OK, html.encode("utf-8"), "text/html; charset=utf-8")
        elif pad.startswith("static/") and pad[len("static/"):] in STATISCH:
            naam = pad[len("static/"):]
            inhoud = resources.files(__package__).joinpath("static", naam).read_bytes()
            self._stuur(HTTPStatus.OK, inhoud, STATISCH[naam])
        else:
            self._weiger(HTTPStatus.NOT_FOUND, "Niet gevonden.")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        pad = self._pad()
        if pad is None:
            self._weiger(HTTPStatus.FORBIDDEN, "Geweigerd: dit adres hoort niet bij dit formulier.")
            return
        herkomst = self.headers.get("Origin")
        if herkomst is not None and herkomst not in {f"http://{h}" for h in self.server.toegestane_hosts()}:
            self._weiger(HTTPStatus.FORBIDDEN, "Geweigerd: verzoek van een andere site.")
            return
        csrf = self.headers.get("X-CSRF-Token", "")
        if not hmac.compare_digest(csrf.encode(), self.server.csrf.encode()):
            self._weiger(HTTPStatus.FORBIDDEN, "Geweigerd: het CSRF-token ontbreekt of klopt niet.")
            return
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            self._weiger(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Alleen JSON.")
            return
        try:
            lengte = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            lengte = -1
        if not 0 <= lengte <= MAX_VERZOEK:
            self._weiger(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "Verzoek te groot.")
            return
        if pad not in ("toets", "bewaar"):
            self._weiger(HTTPStatus.NOT_FOUND, "Niet gevonden.")
            return
        try:
            verzoek = json.loads(self.rfile.read(lengte) or b"{}")
        except ValueError:
            self._weiger(HTTPStatus.BAD_REQUEST, "Geen geldige JSON.")
            return
        status, antwoord = self.server.sessie.verwerk(verzoek, bewaar=pad == "bewaar")
        self._stuur(status, json.dumps(antwoord, ensure_ascii=False).encode("utf-8"),
                    "application/json; charset=utf-8")
