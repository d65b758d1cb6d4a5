"""Hypothesis strategies that build minutes-like Danish documents (not just random text).

A document is a header (title, date/time/place lines in varied Danish forms), people lists
(prose, bullets, tables, checkboxes), numbered agenda items in varied head styles with section
labels, decision phrases and prose, and noise lines (web furniture, page debris, stray Markdown).
Building blocks are joined with optional blank lines so that the parser sees both tidy and
run-together layouts.
"""

from __future__ import annotations

from hypothesis import strategies as st

MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
MONTH_ABBREVIATIONS = [
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
FIRST_NAMES = [
    "Søren",
    "Åse",
    "Bo",
    "Jens",
    "Malene",
    "Ida",
    "Frank",
    "Nikolaj",
    "Lone",
    "Carsten",
    "Helle",
    "Jesper",
    "Maja",
    "Kim",
    "Anne-Marie",
    "Ib",
    "Bente",
    "Lars",
    "Ørjan",
    "Ærle",
]
LAST_NAMES = [
    "Østergård",
    "Hansen",
    "Bøgh",
    "Thøgersen",
    "Krogh",
    "Bæk",
    "Hjort",
    "Bjørnsholm",
    "Fjællegaard",
    "Aagaard",
    "Rønne",
    "Kristiansen",
    "Dam",
    "Nørby",
    "Ålund",
    "Kjær",
]
ORGANISATIONS = ("Esbjerg Kommune", "Port Esbjerg", "Region Syddanmark", "Grundfos A/S", "SDU")
ROLES = ("Formand", "Næstformand", "Referent", "Kasserer", "Mødeleder", "Produktejer", "")
PARTIES = ("(V)", "(A)", "(S)", "(DF)", "(SF)", "")
PLACES = (
    "Rådhuset, Torvet 1, 6400 Sønderborg",
    "Teams",
    "Mødelokale 2, Skovvej 20, 8382 Hinnerup",
    "klubhuset",
    "Esbjerg Havn, Hjertingvej 113, 6700 Esbjerg",
    "online via Zoom",
)
ITEM_TITLES = (
    "Godkendelse af dagsorden",
    "Godkendelse af referat",
    "Meddelelser",
    "Økonomi 2026",
    "Lokalplan 112 for boligområde ved Ulkebøl",
    "Budgetopfølgning",
    "Valg af dirigent og referent",
    "Indkomne forslag",
    "Næste møde",
    "Eventuelt",
)
LABELS = (
    "Indstilling",
    "Sagsfremstilling",
    "Sagsfremstiling",
    "Beslutning",
    "Referat",
    "Bilag",
    "Økonomi",
    "Kompetence",
    "Beslutning i Økonomiudvalget",
)
DECISIONS = (
    "Godkendt.",
    "Godkendt med bemærkninger.",
    "Indstillingen blev godkendt.",
    "Taget til efterretning.",
    "Udvalget tog orienteringen til efterretning.",
    "Udsat.",
    "Udsat til næste møde.",
    "Drøftet.",
    "Forkastet.",
    "Punktet blev trukket.",
    "Intet.",
    "Anbefales over for Byrådet.",
)
PROSE = (
    "Forvaltningen indstiller, at dagsordenen godkendes.",
    "Formanden orienterede om et møde med borgmesteren om busbetjeningen.",
    "Kassereren fremlagde det reviderede regnskab, der viste et underskud på 11.800 kr.",
    "Skolen forventer balance ved årets udgang.",
    "Bilag 4: Pressemeddelelse",
    "Der var 31 stemmeberettigede medlemmer til stede.",
    "Udvalget drøftede tre modeller for nye skoledistrikter, jf. sag 2023-112.",
    "Mødet sluttede kl. 17.30.",
)
NOISE = (
    "Gå til indhold",
    "Forsiden | Kontakt | Ledige job | For ansatte | Presse og nyheder | English",
    "Du er her: Forside > Politik > Dagsordener og referater",
    "Print siden",
    "Del på Facebook | Del på LinkedIn | Send som e-mail",
    "© 2023 Favrskov Kommune",
    "Side 2 af 5",
    "Til toppen",
    "---",
    "***",
    "<div class='footer'>",
    "    indrykket kode",
    "```",
    "> citat fra sidste møde",
    "[Læs mere](https://example.dk/referat)",
    "![logo](logo.png)",
    "Cookies | Privatlivspolitik",
)

_day = st.integers(1, 28)
_month = st.integers(1, 12)
_year = st.integers(1995, 2030)


@st.composite
def dates(draw: st.DrawFn) -> str:
    """A Danish date in one of the forms minutes use."""
    d, m, y = draw(_day), draw(_month), draw(_year)
    form = draw(st.integers(0, 7))
    if form == 0:
        return f"{d}. {MONTHS[m - 1]} {y}"
    if form == 1:
        return f"{draw(st.sampled_from(WEEKDAYS))} den {d}. {MONTHS[m - 1]} {y}"
    if form == 2:
        return f"d. {d}. {MONTH_ABBREVIATIONS[m - 1]} {y}"
    if form == 3:
        return f"{y}-{m:02d}-{d:02d}"
    if form == 4:
        return f"{d:02d}.{m:02d}.{y}"
    if form == 5:
        return f"{d}/{m} {y}"
    if form == 6:
        return f"{d}-{m}-{y}"
    return f"{draw(st.sampled_from(WEEKDAYS)).capitalize()} d. {d}. {MONTHS[m - 1]} {y}"


@st.composite
def times(draw: st.DrawFn) -> str:
    """A meeting time: "kl. 14.00 – 17.00", "kl. 14-17", "10:00-12:00", "klokken 19.30"."""
    h1 = draw(st.integers(7, 20))
    h2 = draw(st.integers(h1 + 1, 23))
    m1, m2 = draw(st.sampled_from(("00", "15", "30"))), draw(st.sampled_from(("00", "30")))
    return draw(
        st.sampled_from(
            (
                f"kl. {h1}.{m1} – {h2}.{m2}",
                f"kl. {h1}-{h2}",
                f"{h1:02d}:{m1}-{h2:02d}:{m2}",
                f"klokken {h1}.{m1}",
                f"kl. {h1} til {h2}",
                f"{h1}.{m1}",
            )
        )
    )


def _labelled(label: str, value: str, style: int) -> str:
    return (f"{label}: {value}", f"**{label}:** {value}", f"**{label}**: {value}")[style % 3]


@st.composite
def header(draw: st.DrawFn) -> list[str]:
    """Title plus date/time/place lines (labelled, bold-labelled, or one prose sentence)."""
    body = draw(st.sampled_from(("Bestyrelsen", "Børne- og Skoleudvalget", "Ældrerådet", "")))
    title = draw(
        st.sampled_from(
            (
                f"# Referat {body}".rstrip(),
                f"Referat af møde i {body or 'bestyrelsen'}",
                f"# {body or 'Udvalget'} – Referat",
                "## Dagsorden og referat",
                "**Referat**",
                f"# Dagsorden – {body or 'Styregruppen'}",
                "Indkaldelse til generalforsamling",
            )
        )
    )
    date, time, place = draw(dates()), draw(times()), draw(st.sampled_from(PLACES))
    style = draw(st.integers(0, 5))
    lines = [title, ""]
    if style == 0:
        lines += [f"Dato: {date}", f"Tid: {time}", f"Sted: {place}"]
    elif style == 1:
        lines += [_labelled("Mødedato", f"{date}, {time}", 1), _labelled("Mødested", place, 1)]
    elif style == 2:
        lines += [_labelled("Tidspunkt", f"{date} {time}", 2), _labelled("Sted", place, 2)]
    elif style == 3:
        lines += [f"Mødet blev holdt {date} {time} i {place}."]
    elif style == 4:
        lines += [f"{date} {time} på {place}"]
    else:
        lines += ["## Mødefakta", "", _labelled("Tid", f"{date} {time}", 2), "", f"Sted: {place}"]
    return lines


@st.composite
def person(draw: st.DrawFn) -> str:
    """A person as minutes list them: name, sometimes with party, organisation or role."""
    name = f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"
    extra = draw(st.integers(0, 4))
    if extra == 1:
        return f"{name} {draw(st.sampled_from(PARTIES))}".rstrip()
    if extra == 2:
        return f"{name} ({draw(st.sampled_from(ORGANISATIONS))})"
    if extra == 3:
        return f"{name}, {draw(st.sampled_from(ROLES)) or 'medlem'}"
    return name


PEOPLE_LABELS = (
    "Deltagere",
    "Til stede",
    "Fremmødte",
    "Afbud",
    "Fraværende",
    "Gæster",
    "Referent",
    "Mødeleder",
    "Afbud fra",
)


@st.composite
def people(draw: st.DrawFn) -> list[str]:
    """A people list: prose, bullets, a table or checkboxes, under a label or heading."""
    label = draw(st.sampled_from(PEOPLE_LABELS))
    names = draw(st.lists(person(), min_size=1, max_size=6))
    layout = draw(st.integers(0, 4))
    if layout == 0:
        joined = ", ".join(names[:-1]) + (" og " if len(names) > 1 else "") + names[-1]
        return [f"{label}: {joined}{draw(st.sampled_from(('', '.')))}"]
    head = draw(st.sampled_from((f"{label}:", f"## {label}", f"#### {label}:", f"**{label}**")))
    if layout == 1:
        return [head, *(f"- {n}" for n in names)]
    if layout == 2:
        return [
            head,
            *(f"{draw(st.sampled_from(('x', ' ', 'X')))}".join(("- [", f"] {n}")) for n in names),
        ]
    if layout == 3:
        rows = [
            f"| {n} | {draw(st.sampled_from(ORGANISATIONS))} | {draw(st.sampled_from(ROLES))} |"
            for n in names
        ]
        return [head, "", "| Navn | Organisation | Rolle |", "|---|---|---|", *rows]
    return [head, *names]


@st.composite
def item_head(draw: st.DrawFn, number: int) -> str:
    """An agenda item head in one of the styles minutes use."""
    title = draw(st.sampled_from(ITEM_TITLES))
    style = draw(st.integers(0, 11))
    return (
        f"## {number}. {title}",
        f"### {number}. {title}",
        f"#### **{number}. {title}**",
        f"**{number}. {title}**",
        f"Punkt {number}: {title}",
        f"Pkt. {number} {title}",
        f"{number}) {title}",
        f"{number}. {title}",
        f"### Ad {number}. {title}",
        f"Sag {number}: {title}",
        f"## {title}",
        f"{number}.{draw(st.integers(1, 3))} {title}",
    )[style]


@st.composite
def label(draw: st.DrawFn) -> str:
    """A section label in one of the styles minutes use."""
    name = draw(st.sampled_from(LABELS))
    style = draw(st.integers(0, 6))
    return (
        f"**{name}:**",
        f"{name}:",
        f"### {name}",
        name.upper(),
        f"*{name}*",
        f"#### {name}",
        f"**{name}**",
    )[style]


@st.composite
def item(draw: st.DrawFn, number: int) -> list[str]:
    """An agenda item: head, optional labelled sections, prose and a decision."""
    lines = [draw(item_head(number))]
    for _ in range(draw(st.integers(0, 3))):
        lines += ["", draw(label()), draw(st.sampled_from(PROSE))]
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(PROSE)))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(DECISIONS)))
    return lines


_free_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30).map(
    lambda s: s.replace("\r", " ")
)
NOISE_LINE = st.one_of(st.sampled_from(NOISE), _free_text)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A minutes-like document (LF line endings, no trailing newline guarantee)."""
    blocks: list[list[str]] = []
    if draw(st.booleans()):
        blocks.append(draw(st.lists(NOISE_LINE, min_size=1, max_size=3)))
    blocks.append(draw(header()))
    blocks += draw(st.lists(people(), max_size=3))
    start = draw(st.integers(0, 3))
    numbers = list(range(start, start + draw(st.integers(0, 6))))
    if draw(st.integers(0, 5)) == 0 and numbers:  # a gap or a duplicate now and then
        numbers[-1] = numbers[0]
    for n in numbers:
        blocks.append(draw(item(n)))
        if draw(st.integers(0, 4)) == 0:
            blocks.append([draw(NOISE_LINE)])
    if draw(st.booleans()):
        blocks.append(draw(st.lists(NOISE_LINE, min_size=1, max_size=4)))
    if draw(st.integers(0, 3)) == 0:  # shuffle blocks: documents converted from PDF are messy
        blocks = draw(st.permutations(blocks))
    sep = draw(st.sampled_from(("\n\n", "\n", "\n\n\n")))
    text = sep.join("\n".join(b) for b in blocks)
    return text + draw(st.sampled_from(("", "\n", "\n\n")))
