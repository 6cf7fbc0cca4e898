// The form of `wijkteamtoets invullen`. It only collects what is on the page and shows what the server
// answers: the oordelen are computed by the server with the library code of `beoordeel`, never here.
"use strict";

(function () {
  const formulier = document.getElementById("formulier");
  const status = document.getElementById("status");
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  let volgnummer = 0;
  let wachtend = null;
  let laatsteVeld = null;
  let bezig = Promise.resolve();

  function domId(sleutel) {
    return sleutel.replaceAll(":", "--").replaceAll(".", "-");
  }

  function kopwaarde(veld) {
    const soort = veld.dataset.soort;
    if (soort === "meerkeuze") {
      return Array.from(veld.querySelectorAll("input[type=checkbox]:checked")).map((v) => v.value);
    }
    if (soort === "gezin") {
      return Array.from(veld.querySelectorAll(".lid")).map((lid) => ({
        rol: lid.querySelector(".lid-rol").value,
        leeftijd: lid.querySelector(".lid-leeftijd").value,
      }));
    }
    return veld.querySelector(".waarde").value;
  }

  function bronnen(vraag) {
    return Array.from(vraag.querySelectorAll(".bron")).map((bron) => ({
      soort: bron.querySelector(".bron-soort").value,
      document: bron.querySelector(".bron-naam").value,
      pagina: bron.querySelector(".bron-pagina").value,
      citaat: bron.querySelector(".bron-citaat").value,
      interview: bron.querySelector(".bron-rol").value,
    }));
  }

  function staat() {
    const kop = {};
    for (const veld of formulier.querySelectorAll("[data-kop]")) {
      kop[veld.dataset.kop] = kopwaarde(veld);
    }
    const antwoorden = Array.from(formulier.querySelectorAll("fieldset.vraag")).map((vraag) => {
      const gekozen = vraag.querySelector("input[type=radio]:checked");
      const reden = vraag.querySelector(".reden");
      return {
        reden: reden ? reden.value : "",
        indicator: vraag.dataset.indicator,
        vraag: vraag.dataset.vraag,
        antwoord: gekozen ? gekozen.value : "",
        toelichting: vraag.querySelector(".toelichting").value,
        bronnen: bronnen(vraag),
      };
    });
    const afwijkingen = Array.from(formulier.querySelectorAll("section.indicator"))
      .filter((ind) => ind.querySelector(".afwijking-oordeel"))
      .map((ind) => ({
        indicator: ind.dataset.indicator,
        oordeel: ind.querySelector(".afwijking-oordeel").value,
        motivatie: ind.querySelector(".afwijking-motivatie").value,
      }));
    return { kop: kop, antwoorden: antwoorden, afwijkingen: afwijkingen };
  }

  async function stuur(route) {
    const antwoord = await fetch(route, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(staat()),
      credentials: "same-origin",
    });
    let gegevens = null;
    try {
      gegevens = await antwoord.json();
    } catch (fout) {
      gegevens = null;
    }
    if (gegevens === null) {
      throw new Error("De server gaf geen geldig antwoord (" + antwoord.status + ").");
    }
    return gegevens;
  }

  function element(soort, klasse, tekst) {
    const el = document.createElement(soort);
    if (klasse) el.className = klasse;
    if (tekst !== undefined) el.textContent = tekst;
    return el;
  }

  function meldingTekst(m) {
    return (m.ernst === "fout" ? "Fout: " : "Waarschuwing: ") + m.melding + " [" + m.code + "]" +
      (m.hint ? " Tip: " + m.hint : "");
  }

  function toonMeldingen(meldingen) {
    for (const vak of formulier.querySelectorAll(".meldingen")) vak.replaceChildren();
    for (const el of formulier.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    const algemeen = document.getElementById("m-algemeen");
    algemeen.replaceChildren();
    for (const m of meldingen) {
      const vak = m.veld ? document.getElementById("m-" + domId(m.veld)) : null;
      const regel = element(vak ? "p" : "li", "melding melding-" + m.ernst, meldingTekst(m));
      if (vak) {
        vak.append(regel);
        const veld = vak.closest("fieldset, .veld, details");
        if (veld && m.ernst === "fout") {
          for (const invoer of veld.querySelectorAll("input, select, textarea")) {
            invoer.setAttribute("aria-invalid", "true");
          }
        }
      } else {
        regel.textContent = "regel " + m.regel + ": " + regel.textContent;
        algemeen.append(regel);
      }
    }
    if (!algemeen.children.length) algemeen.append(element("li", "", "Geen meldingen buiten de velden."));
  }

  function toonVervallen(vervallen) {
    for (const vraag of formulier.querySelectorAll("fieldset.vraag")) {
      const reden = vervallen[vraag.dataset.vraag];
      const regel = document.getElementById("r-" + vraag.id.slice(2));
      const keuzes = vraag.querySelectorAll("input[type=radio]");
      if (reden) {
        vraag.classList.add("vervallen");
        regel.textContent = "Vervalt: " + reden + ".";
        regel.hidden = false;
        for (const keuze of keuzes) {
          keuze.checked = keuze.value === "";
          keuze.disabled = true;
        }
      } else {
        vraag.classList.remove("vervallen");
        regel.hidden = true;
        regel.textContent = "";
        for (const keuze of keuzes) keuze.disabled = false;
      }
    }
  }

  function toonOordelen(oordelen) {
    const gewijzigd = [];
    for (const ind of formulier.querySelectorAll("section.indicator")) {
      const id = ind.dataset.indicator;
      const o = oordelen[id];
      const waarde = document.getElementById("o-" + id);
      const redenen = document.getElementById("rd-" + id);
      const tekst = o ? o.oordeel : "nog geen oordeel (los eerst de fouten op)";
      if (waarde.dataset.oordeel !== (o ? o.oordeel : "")) {
        if (waarde.dataset.oordeel && laatsteVeld && ind.contains(laatsteVeld)) {
          gewijzigd.push("Oordeel " + (o ? o.nummer : "") + ": " + tekst);
        }
        waarde.dataset.oordeel = o ? o.oordeel : "";
      }
      waarde.textContent = tekst;
      if (o && o.oordeel !== o.afgeleid) waarde.textContent = tekst + " (afgeleid: " + o.afgeleid + ")";
      redenen.replaceChildren(...(o ? o.redenen : []).map((r) => element("li", "", r)));
    }
    return gewijzigd;
  }

  function verwerk(gegevens) {
    toonVervallen(gegevens.vervallen || {});
    toonMeldingen(gegevens.meldingen || []);
    return toonOordelen(gegevens.oordelen || {});
  }

  function toets() {
    const nummer = ++volgnummer;
    bezig = bezig.then(async () => {
      try {
        const gegevens = await stuur("toets");
        if (nummer !== volgnummer) return;
        const gewijzigd = verwerk(gegevens);
        if (gewijzigd.length) status.textContent = gewijzigd.join(". ");
      } catch (fout) {
        status.textContent = "Het oordeel kon niet berekend worden: " + fout.message;
      }
    });
    return bezig;
  }

  function later() {
    if (wachtend) clearTimeout(wachtend);
    wachtend = setTimeout(() => {
      wachtend = null;
      toets();
    }, 250);
  }

  async function bewaar() {
    if (wachtend) {
      clearTimeout(wachtend);
      wachtend = null;
    }
    ++volgnummer;
    status.textContent = "Opslaan …";
    bezig = bezig.then(async () => {
      try {
        const gegevens = await stuur("bewaar");
        verwerk(gegevens);
        const fouten = (gegevens.meldingen || []).filter((m) => m.ernst === "fout").length;
        const waarschuwingen = (gegevens.meldingen || []).length - fouten;
        let tekst = gegevens.bericht || "Niet opgeslagen.";
        if (gegevens.bewaard) {
          tekst += " " + fouten + (fouten === 1 ? " fout" : " fouten") + ", " + waarschuwingen +
            (waarschuwingen === 1 ? " waarschuwing." : " waarschuwingen.");
        }
        status.textContent = tekst;
        status.dataset.bewaard = gegevens.bewaard ? "ja" : "nee";
      } catch (fout) {
        status.textContent = "Niet opgeslagen: " + fout.message;
        status.dataset.bewaard = "nee";
      }
    });
    return bezig;
  }

  let teller = 0;

  function nieuwUitSjabloon(sjabloonId, nummer) {
    const kopie = document.getElementById(sjabloonId).content.cloneNode(true);
    const uniek = "n" + (++teller);
    for (const el of kopie.querySelectorAll("[id]")) el.id = el.id.replace("SJABLOON", uniek);
    for (const el of kopie.querySelectorAll("[for]")) el.htmlFor = el.htmlFor.replace("SJABLOON", uniek);
    for (const el of kopie.querySelectorAll("legend, label, button")) {
      for (const knoop of el.childNodes) {
        if (knoop.nodeType === Node.TEXT_NODE) knoop.textContent = knoop.textContent.replace("N", String(nummer));
      }
    }
    return kopie;
  }

  function hernummer(lijst, kind, woorden) {
    Array.from(lijst.querySelectorAll(kind)).forEach((el, index) => {
      const n = String(index + 1);
      for (const [selector, voor, na] of woorden) {
        const doel = el.querySelector(selector);
        if (doel) doel.textContent = voor + n + na;
      }
    });
  }

  function hernummerBronnen(lijst) {
    hernummer(lijst, ".bron", [["legend", "Bron ", ""], [".bron-verwijderen", "Bron ", " verwijderen"]]);
  }

  function hernummerLeden(lijst) {
    hernummer(lijst, ".lid", [["label[for^=lr-]", "Rol van gezinslid ", ""],
      ["label[for^=ll-]", "Leeftijd van gezinslid ", ""], [".lid-verwijderen", "Gezinslid ", " verwijderen"]]);
  }

  function toonBronsoort(bron) {
    const interview = bron.querySelector(".bron-soort").value === "interview";
    for (const el of bron.querySelectorAll(".bron-document")) el.hidden = interview;
    for (const el of bron.querySelectorAll(".bron-interview")) el.hidden = !interview;
  }

  formulier.addEventListener("click", (gebeurtenis) => {
    const knop = gebeurtenis.target.closest("button");
    if (!knop) return;
    laatsteVeld = knop;
    if (knop.classList.contains("bron-toevoegen")) {
      const lijst = knop.closest("details").querySelector(".bronnen");
      lijst.append(nieuwUitSjabloon("bron-sjabloon", lijst.children.length + 1));
      lijst.lastElementChild.querySelector("select").focus();
    } else if (knop.classList.contains("bron-verwijderen")) {
      const lijst = knop.closest(".bronnen");
      const details = knop.closest("details");
      knop.closest(".bron").remove();
      hernummerBronnen(lijst);
      details.querySelector(".bron-toevoegen").focus();
      later();
    } else if (knop.classList.contains("lid-toevoegen")) {
      const lijst = knop.closest("fieldset").querySelector(".leden");
      lijst.append(nieuwUitSjabloon("lid-sjabloon", lijst.children.length + 1));
      lijst.lastElementChild.querySelector("select").focus();
    } else if (knop.classList.contains("lid-verwijderen")) {
      const veld = knop.closest("fieldset");
      knop.closest(".lid").remove();
      hernummerLeden(veld.querySelector(".leden"));
      veld.querySelector(".lid-toevoegen").focus();
      later();
    } else if (knop.id === "bewaar") {
      bewaar();
    }
  });

  formulier.addEventListener("change", (gebeurtenis) => {
    laatsteVeld = gebeurtenis.target;
    if (gebeurtenis.target.classList.contains("bron-soort")) toonBronsoort(gebeurtenis.target.closest(".bron"));
    later();
  });
  formulier.addEventListener("input", (gebeurtenis) => {
    laatsteVeld = gebeurtenis.target;
    later();
  });
  formulier.addEventListener("submit", (gebeurtenis) => gebeurtenis.preventDefault());
  document.addEventListener("keydown", (gebeurtenis) => {
    if ((gebeurtenis.ctrlKey || gebeurtenis.metaKey) && gebeurtenis.key.toLowerCase() === "s") {
      gebeurtenis.preventDefault();
      bewaar();
    }
  });

  // For tests and tools: a promise that resolves once no change is waiting to be judged.
  function rustig() {
    return new Promise((klaar) => {
      const kijk = () => {
        if (wachtend) {
          setTimeout(kijk, 50);
        } else {
          bezig.then(() => (wachtend ? kijk() : klaar(true)));
        }
      };
      kijk();
    });
  }

  window.wijkteamtoets = { toets: toets, bewaar: bewaar, rustig: rustig };
  toets();
})();
