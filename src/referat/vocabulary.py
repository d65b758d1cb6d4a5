"""The Danish vocabulary referat understands. DATA ONLY.

Every Danish word the parser reacts to lives in one of these tables, written in natural Danish
spelling. Lookups go through :func:`normalise_label`. ``python -m referat.vocabulary`` prints the
tables as Markdown; ``docs/format.md`` embeds that output and a test keeps the two in sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from referat._fold import fold_nfc, squash
from referat._memo import memo
from referat.models import DocumentKind, Outcome, SectionKind


class FieldKind(StrEnum):
    """What a labelled header line (``Label: value``) tells about the meeting."""

    DATE = "date"
    TIME = "time"
    START = "start"
    END = "end"
    PLACE = "place"
    BODY = "body"
    TITLE = "title"
    ATTENDEES = "attendees"
    MEMBERS = "members"
    ABSENTEES = "absentees"
    GUESTS = "guests"
    MINUTE_TAKER = "minute_taker"
    CHAIR = "chair"
    FACILITATORS = "facilitators"
    ORGANISATION = "organisation"
    OTHER_DATE = "other_date"
    INFO = "info"


class Region(StrEnum):
    """Headings that open a region of the document rather than a section of an item."""

    AGENDA = "agenda"
    MINUTES = "minutes"
    HEADER = "header"
    NOTES = "notes"


SECTION_LABELS: Final[Mapping[str, SectionKind]] = MappingProxyType(
    {
        "indstilling": SectionKind.INDSTILLING,
        "indstillinger": SectionKind.INDSTILLING,
        "tillægsindstilling": SectionKind.INDSTILLING,
        "tillægsindstillinger": SectionKind.INDSTILLING,
        "det indstilles": SectionKind.INDSTILLING,
        "forslag til beslutning": SectionKind.INDSTILLING,
        "beslutningsforslag": SectionKind.INDSTILLING,
        "indstilling til beslutning": SectionKind.INDSTILLING,
        "administrationen indstiller": SectionKind.INDSTILLING,
        "forvaltningen indstiller": SectionKind.INDSTILLING,
        "direktionen indstiller": SectionKind.INDSTILLING,
        "borgmesteren indstiller": SectionKind.INDSTILLING,
        "sekretariatet indstiller": SectionKind.INDSTILLING,
        "sagsfremstilling": SectionKind.SAGSFREMSTILLING,
        "sagsbeskrivelse": SectionKind.SAGSFREMSTILLING,
        "beskrivelse af sagen": SectionKind.SAGSFREMSTILLING,
        "baggrund": SectionKind.SAGSFREMSTILLING,
        "resume": SectionKind.SAGSFREMSTILLING,
        "resumé": SectionKind.SAGSFREMSTILLING,
        "sagens indhold": SectionKind.SAGSFREMSTILLING,
        "sagens kerne": SectionKind.SAGSFREMSTILLING,
        "sagens baggrund": SectionKind.SAGSFREMSTILLING,
        "baggrund for sagen": SectionKind.SAGSFREMSTILLING,
        "problemstilling": SectionKind.SAGSFREMSTILLING,
        "beslutningstema": SectionKind.SAGSFREMSTILLING,
        "formål": SectionKind.SAGSFREMSTILLING,
        "referat": SectionKind.REFERAT,
        "mødereferat": SectionKind.REFERAT,
        "bemærkninger": SectionKind.REFERAT,
        "drøftelse": SectionKind.REFERAT,
        "beslutning": SectionKind.BESLUTNING,
        "beslutninger": SectionKind.BESLUTNING,
        "konklusion": SectionKind.BESLUTNING,
        "afgørelse": SectionKind.BESLUTNING,
        "nævnets afgørelse": SectionKind.BESLUTNING,  # an appeals board's ruling
        "afstemning": SectionKind.BESLUTNING,  # "**Afstemning:** Forslaget blev vedtaget med ..."
        "afstemningsresultat": SectionKind.BESLUTNING,
        "besluttet": SectionKind.BESLUTNING,
        "aftale": SectionKind.BESLUTNING,  # "**Aftale:** Dagsorden og referat godkendt."
        "aftaler": SectionKind.BESLUTNING,
        "aftalt": SectionKind.BESLUTNING,
        "udvalgets beslutning": SectionKind.BESLUTNING,
        "sagsdata": SectionKind.CASE_DATA,
        "sagsnr": SectionKind.CASE_DATA,
        "sagsnr.": SectionKind.CASE_DATA,
        "sagnr": SectionKind.CASE_DATA,  # (Region Midtjylland's spelling)
        "sagnr.": SectionKind.CASE_DATA,
        "sags nr.": SectionKind.CASE_DATA,
        "sagsnummer": SectionKind.CASE_DATA,
        "sagsid": SectionKind.CASE_DATA,
        "sags id": SectionKind.CASE_DATA,
        "sagsbehandler": SectionKind.CASE_DATA,
        "journalnummer": SectionKind.CASE_DATA,
        "j.nr.": SectionKind.CASE_DATA,
        "j.nr": SectionKind.CASE_DATA,
        "j. nr": SectionKind.CASE_DATA,
        "dok.nr.": SectionKind.CASE_DATA,
        "dok.nr": SectionKind.CASE_DATA,
        "dok. nr": SectionKind.CASE_DATA,
        "dokumentnr": SectionKind.CASE_DATA,
        "dokumentnummer": SectionKind.CASE_DATA,
        "sagsnr./dok.nr": SectionKind.CASE_DATA,
        "sagsnr. / dok.nr": SectionKind.CASE_DATA,
        "sagsansvarlig": SectionKind.CASE_DATA,
        "decision": SectionKind.BESLUTNING,
        "decisions": SectionKind.BESLUTNING,
        "resolution": SectionKind.BESLUTNING,
        "conclusion": SectionKind.BESLUTNING,
        "conclusions": SectionKind.BESLUTNING,
        "recommendation": SectionKind.INDSTILLING,
        "background": SectionKind.SAGSFREMSTILLING,
        "discussion": SectionKind.REFERAT,
        "bilag": SectionKind.BILAG,
        "vedhæftede filer": SectionKind.BILAG,  # a school portal's post: "Vedhæftede filer (2)"
        "vedhæftede dokumenter": SectionKind.BILAG,
        "attachments": SectionKind.BILAG,
        "appendices": SectionKind.BILAG,
        "bilagsliste": SectionKind.BILAG,
        "bilagsfortegnelse": SectionKind.BILAG,
        "bilagsoversigt": SectionKind.BILAG,
        "oversigt over bilag": SectionKind.BILAG,
        "vedlagte bilag": SectionKind.BILAG,
        "økonomi": SectionKind.ECONOMY,
        "økonomiske konsekvenser": SectionKind.ECONOMY,
        "økonomi og finansiering": SectionKind.ECONOMY,
        "kompetence": SectionKind.COMPETENCE,
        "beslutningskompetence": SectionKind.COMPETENCE,
        "sagsgang og sagstype": SectionKind.COMPETENCE,
        "høring": SectionKind.OTHER,
        "sagen har været behandlet i": SectionKind.OTHER,  # where the case was before
        "behandlet i": SectionKind.OTHER,
        "tidligere behandling": SectionKind.OTHER,
        "sagsforløb": SectionKind.OTHER,
        "lovgrundlag": SectionKind.OTHER,
        "retsgrundlag": SectionKind.OTHER,
        "kommunikation": SectionKind.OTHER,
        "videre proces": SectionKind.OTHER,
        "tidsplan": SectionKind.OTHER,
        "ansvarlig": SectionKind.OTHER,
        "ansvarlige": SectionKind.OTHER,
        "tovholder": SectionKind.OTHER,
        "opfølgning": SectionKind.OTHER,
        "deadline": SectionKind.OTHER,
        "frist": SectionKind.OTHER,
        "tidsfrist": SectionKind.OTHER,
        # a minority's statement or a member's own note added to the minutes: no decision
        "mindretalsudtalelse": SectionKind.OTHER,
        "protokoltilførsel": SectionKind.OTHER,
        "protokolbemærkning": SectionKind.OTHER,
    }
)
"""Section labels inside an agenda item. "Beslutning i <udvalg> den <dato>" is matched by prefix."""

MIDLINE_LABELS: Final = frozenset(
    {"beslutning", "referat", "indstilling", "sagsfremstilling", "bilag"}
)
"""Labels that open a section in the middle of a line, after a sentence ("Trivselsmålingen viser
fremgang. Beslutning: Taget til efterretning.")."""

DECIDED_HEADINGS: Final = frozenset(
    {"besluttet", "besluttede", "decided", "aftale", "aftaler", "aftalt", "agreed"}
)
"""Decision labels that say a decision was taken ("**Besluttet:** Januar-koncerten aflyses.",
"**Aftale:** Vi holder fast i planen."):
under one, a text with no outcome phrase is the approval of what it states."""

ONE_LINE_LABELS: Final = frozenset(
    {"ansvarlig", "ansvarlige", "tovholder", "deadline", "frist", "tidsfrist"}
)
"""Labels whose value is on their own line ("Ansvarlig: Peter Skov", "Frist: 1. marts"): the
section ends with that line, and the next line is the item's text again."""

SECTION_PREFIXES: Final[Mapping[str, SectionKind]] = MappingProxyType(
    {
        "beslutning i ": SectionKind.BESLUTNING,
        "beslutning på ": SectionKind.BESLUTNING,
        "beslutning den ": SectionKind.BESLUTNING,
        "beslutning fra ": SectionKind.BESLUTNING,
        "indstilling til ": SectionKind.INDSTILLING,
        "indstilling fra ": SectionKind.INDSTILLING,
        "tillægsindstilling fra ": SectionKind.INDSTILLING,
        "referat fra ": SectionKind.REFERAT,
        "bilag til ": SectionKind.BILAG,
        "bilag ligger ": SectionKind.BILAG,  # "Bilag ligger i den fælles Drive-mappe:"
        "bilagene ligger ": SectionKind.BILAG,
        "bilag findes ": SectionKind.BILAG,
        "bilagene findes ": SectionKind.BILAG,
        "mindretalsudtalelse fra ": SectionKind.OTHER,  # "... fra Dansk Folkeparti (Rasmus Ploug)"
        "protokoltilførsel fra ": SectionKind.OTHER,
    }
)

MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "januar": 1,
        "februar": 2,
        "marts": 3,
        "april": 4,
        "maj": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "december": 12,
    }
)

PREVIOUS_MINUTES_TOPICS: Final = (
    "referat fra sidste", "referat fra forrige", "referat fra seneste", "referat fra sidst",
    "referat fra tidligere", "referat fra mødet ", "referat fra den ", "referat fra d. ",
    # a month or a day: "Referat fra april", "Referat fra 12. marts"
    *(f"referat fra {month}" for month in (*MONTHS, *"0123456789")),
)  # fmt: skip
"""Beginnings of agenda topics that open like a section label ("Referat fra ...") but are
about the minutes of the previous meeting ("Referat fra sidste møde", "Referat fra tidligere
møde godkendt", "Referat fra mødet 27.10.2026 godkendt", "Referat fra april"): a topic or a
statement, not the minutes of another body ("Referat fra mødet" alone is still a label)."""

GREETINGS: Final[frozenset[str]] = frozenset(
    {"hej", "hejsa", "kære", "goddag", "godmorgen", "hi", "hello", "dear", "til"}
)
"""First words of a salutation ("Hej alle", "Kære bestyrelse", "Til bestyrelsen"): minutes sent
as an e-mail or a letter open with one; it is no letterhead and no title."""


ATTENDEE_GROUPS: Final = (
    "forældrerepræsentanter", "forældrevalgte", "forældrevalgte medlemmer",
    "medarbejderrepræsentanter", "medarbejdervalgte", "medarbejdervalgte medlemmer",
    "elevrepræsentanter", "elevrådsrepræsentanter", "ledelsen", "fra ledelsen",
    "skoleledelsen", "fra skoleledelsen", "valgte medlemmer", "fødte medlemmer",
    "valgte forældre", "forældre",
    "afdelingsbestyrelsen", "fra afdelingsbestyrelsen",
    "studerende", "studenterrepræsentanter", "studerende medlemmer", "vip-medlemmer",
    "tap-medlemmer", "lærerrepræsentanter", "brugerrepræsentanter",
    # a MED committee's two sides
    "ledelsessiden", "medarbejdersiden", "ledelsesrepræsentanter", "arbejdsgiversiden",
    "arbejdsgiverrepræsentanter", "lønmodtagersiden", "a-siden", "b-siden", "medarbejderne",
    "medarbejdere", "ledelse", "bestyrelsen", "bestyrelsesmedlemmer",
    # English minutes of a Danish works council ("**Management side / Ledelsessiden**")
    "management side", "employee side", "management representatives",
    "employee representatives", "staff representatives",
)  # fmt: skip
"""Labels of a list of attendees that is one group of the body (a school board's parents,
staff and pupils, a parish council's elected and ex officio members, a housing department's
board): "Forældrerepræsentanter: Kristina Holm (formand), Rasmus Bæk" on a line of its own
lists members whose ``group`` is the label as written; inside another people list
("Deltagere:" / "Fraværende:" over "Forældrevalgte: ...") it is a group of that list."""

SERVING_LEADERS: Final = frozenset({"fra ledelsen", "fra skoleledelsen"})
"""Groups of a board's attendance list that name the institution's leaders ("Fra ledelsen:
skoleleder Poul Mogensen og viceskoleleder Dorte Lund"): they serve the board, guests as well as
attendees, unless the list names the workforce's side too (a MED or cooperation committee,
whose management is one of its two sides: ``WORKFORCE_SIDES``)."""

WORKFORCE_SIDES: Final = frozenset(
    {"fra medarbejderne", "medarbejderne", "medarbejdersiden", "lønmodtagersiden", "b-siden"}
)
"""Groups naming the employees' side of a MED or cooperation committee."""

SELF_STANDING_COUNCILS: Final = frozenset({"erhvervsråd", "lokalråd", "landsbyråd", "borgerråd"})
"""Councils that are organisations of their own, named before their place ("Erhvervsråd
Limfjord Vest", "Lokalråd Sønderby"): the body's name is the organisation (casefolded)."""

ASSEMBLY_MEETINGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "generalforsamling": "Generalforsamling",
        "afdelingsmøde": "Afdelingsmøde",  # a social housing department's tenants
        "beboermøde": "Beboermøde",
        "årsmøde": "Årsmøde",
        "landsmøde": "Landsmøde",
        "medlemsmøde": "Medlemsmøde",
    }
)
"""Meetings of all the members, which are themselves the body that meets ("Referat af ordinært
afdelingsmøde", "Mødetype: Ekstraordinær generalforsamling"), not the board that calls them:
the word as written in a casefolded header line, and the body's name."""

BOARD_OF_ORGANISATION: Final = (
    r"\w*(?:bestyrelse|bestyrelsen|repræsentantskab|repræsentantskabet|rådet)"
)
"""A board or council that governs an organisation, as written before "for" and the
organisation's name ("Bestyrelsen for Vandværket Østerby", "Repræsentantskabet for Sydfyns
Idrætssamvirke", "Brugerrådet for Lemvig Bibliotek"): the body is the word alone. A group named
for its task ("Styregruppen for OS2borgerPC", "Udvalget for Børn og Familie") keeps its name."""

BODY_MEETING_WORDS: Final = (
    r"(?:bestyrelse|styrelse|råd|udvalg|gruppe|forum|formandskab|repræsentantskab|komité|nævn)"
)
"""The body's word as written before "møde" in one compound ("bestyrelsesmøde", "rådsmøde",
"koordinationsgruppemøde", "repræsentantskabsmøde"): the body is the word (matched ignoring
case; the genitive "s" and any word before it are the pattern's that uses it)."""

BODY_ABBREVIATIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "OB": "Organisationsbestyrelse",  # a housing association's board
        "AB": "Afdelingsbestyrelse",  # ... and its department's
        "HB": "Hovedbestyrelse",
        "FU": "Forretningsudvalg",
        "SU": "Samarbejdsudvalg",
        "KB": "Kommunalbestyrelse",
        "ØU": "Økonomiudvalg",
        "MR": "Menighedsråd",  # "Referat fra MR møde"
        "MED": "MED-udvalg",  # "Referat af MED-møde"
        "LMU": "LMU",  # a workplace's local MED committee, which goes by its letters
        "HMU": "HMU",  # ... and the main one
    }
)
"""A body written by its capitals before "møde" ("Referat af OB-møde", "HB møde 3/2024"): the
body those letters stand for (only abbreviations with one meaning in minutes), or the letters
themselves for a body that goes by them ("LMU-møde": the LMU)."""

BOARD_GROUP_WORDS: Final = frozenset(
    {"bestyrelsen", "afdelingsbestyrelsen", "udvalget", "rådet", "styregruppen", "menighedsrådet"}
)
"""The body itself after "Fra ... deltog" ("Fra bestyrelsen deltog A, B og C."): its members
attended (any other "Fra X deltog" names guests)."""

FIELD_LABELS: Final[Mapping[str, FieldKind]] = MappingProxyType(
    {
        "dato": FieldKind.DATE,
        "mødedato": FieldKind.DATE,
        "dato for mødet": FieldKind.DATE,
        "tid": FieldKind.TIME,
        "tidspunkt": FieldKind.TIME,
        "mødetidspunkt": FieldKind.TIME,
        "dato og tid": FieldKind.TIME,
        "tid og sted": FieldKind.TIME,
        "sted og tid": FieldKind.TIME,
        "dato og sted": FieldKind.DATE,
        "mødetid": FieldKind.TIME,
        "tidsrum": FieldKind.TIME,
        "klokkeslæt": FieldKind.TIME,
        "hvornår": FieldKind.TIME,
        "klokken": FieldKind.TIME,
        "tidspunkt for mødet": FieldKind.TIME,
        "tidspunkt for møde": FieldKind.TIME,
        "dato/tid": FieldKind.TIME,
        "dato & tid": FieldKind.TIME,
        "dato/tidspunkt": FieldKind.TIME,
        "tid/sted": FieldKind.TIME,
        "sted/tid": FieldKind.TIME,
        "hvor og hvornår": FieldKind.TIME,
        "hvornår og hvor": FieldKind.TIME,
        "dato/sted": FieldKind.DATE,
        "afholdt": FieldKind.DATE,
        "afholdelsesdato": FieldKind.DATE,
        "mødedag": FieldKind.DATE,
        "hvor": FieldKind.PLACE,
        "mødelokation": FieldKind.PLACE,
        "mødeadresse": FieldKind.PLACE,
        "starttidspunkt": FieldKind.START,
        "starttidspunkt for møde": FieldKind.START,
        "mødestart": FieldKind.START,
        "sluttidspunkt": FieldKind.END,
        "sluttidspunkt for møde": FieldKind.END,
        "mødeslut": FieldKind.END,
        "sluttid": FieldKind.END,
        "slut": FieldKind.END,
        "mødeafslutning": FieldKind.END,
        "mødet slut": FieldKind.END,
        "mødet hævet": FieldKind.END,  # "Mødet hævet: Kl. 21.47"
        "mødet sluttede": FieldKind.END,
        "starttid": FieldKind.START,
        "start": FieldKind.START,
        "start kl": FieldKind.START,
        "slut kl": FieldKind.END,
        "sted": FieldKind.PLACE,
        "mødested": FieldKind.PLACE,
        "mødelokale": FieldKind.PLACE,
        "lokale": FieldKind.PLACE,
        "lokation": FieldKind.PLACE,
        "placering": FieldKind.PLACE,  # Outlook's meeting details pasted in OneNote
        "adresse": FieldKind.PLACE,
        "møde": FieldKind.BODY,
        "mødenavn": FieldKind.BODY,
        "møde i": FieldKind.BODY,  # "Møde i: KKR Syddanmark"
        "mødeforum": FieldKind.BODY,
        "udvalg": FieldKind.BODY,
        "forum": FieldKind.BODY,
        "organ": FieldKind.BODY,
        "emne": FieldKind.TITLE,
        "sagstitel": FieldKind.TITLE,
        "projekt": FieldKind.ORGANISATION,
        "forening": FieldKind.ORGANISATION,
        "organisation": FieldKind.ORGANISATION,
        "institution": FieldKind.ORGANISATION,  # a ministry's letterhead: "Institution: X"
        "myndighed": FieldKind.ORGANISATION,
        "fællesskab": FieldKind.ORGANISATION,  # an OS2 community's page: "Fællesskab: OS2mo"
        "deltagere": FieldKind.ATTENDEES,
        "deltager": FieldKind.ATTENDEES,
        "deltagerliste": FieldKind.ATTENDEES,
        "fremmødeliste": FieldKind.ATTENDEES,
        "mødeliste": FieldKind.ATTENDEES,
        "tilstedeværelsesliste": FieldKind.ATTENDEES,
        "zoom-deltagerliste": FieldKind.ATTENDEES,  # a meeting tool's report, pasted in
        "teams-deltagerliste": FieldKind.ATTENDEES,
        "deltagerrapport": FieldKind.ATTENDEES,
        "fremmøderapport": FieldKind.ATTENDEES,
        "participant list": FieldKind.ATTENDEES,
        "attendance report": FieldKind.ATTENDEES,
        "mødedeltagere": FieldKind.ATTENDEES,
        "til stede": FieldKind.ATTENDEES,
        "med": FieldKind.ATTENDEES,  # a notes app's "Med: ..." over "Ikke med: ..."
        "med på skærmen": FieldKind.ATTENDEES,  # an online meeting's "Med på skærmen: ..."
        "med på zoom": FieldKind.ATTENDEES,
        "med på teams": FieldKind.ATTENDEES,
        # who came in the room and who online, in two lists ("Deltog fysisk:", "Deltog på
        # Teams:"; the online ones get the role "virtuel", ``PERSON_ROLES``)
        "deltog fysisk": FieldKind.ATTENDEES,
        "fysisk til stede": FieldKind.ATTENDEES,
        "til stede fysisk": FieldKind.ATTENDEES,
        "fysisk fremmødte": FieldKind.ATTENDEES,
        "deltog på teams": FieldKind.ATTENDEES,
        "deltog på zoom": FieldKind.ATTENDEES,
        "deltog via teams": FieldKind.ATTENDEES,
        "deltog via zoom": FieldKind.ATTENDEES,
        "deltog online": FieldKind.ATTENDEES,
        "deltog virtuelt": FieldKind.ATTENDEES,
        "til stede online": FieldKind.ATTENDEES,
        # "Online (Teams): Kenneth" under the room's list (a meeting link is no person)
        "online": FieldKind.ATTENDEES,
        "virtuelt": FieldKind.ATTENDEES,
        "på teams": FieldKind.ATTENDEES,
        "via teams": FieldKind.ATTENDEES,
        "på zoom": FieldKind.ATTENDEES,
        "via zoom": FieldKind.ATTENDEES,
        "tilstede": FieldKind.ATTENDEES,
        "tilst": FieldKind.ATTENDEES,  # a terse board's "Tilst.: Bent Iversen (fmd.), ..."
        "tilstedeværende": FieldKind.ATTENDEES,
        "tilstedeværende medlemmer": FieldKind.ATTENDEES,
        "hvem var der": FieldKind.ATTENDEES,
        "hvem var med": FieldKind.ATTENDEES,  # a pupils' council: "## Hvem var med?"
        "hvem": FieldKind.ATTENDEES,  # a team's retrospective: "**Hvem:** Mads, Line, Omar"
        "deltagende organisationer": FieldKind.ATTENDEES,  # over "| Organisation | Deltagere |"
        "deltagende kommuner": FieldKind.ATTENDEES,
        "repræsenterede kommuner": FieldKind.ATTENDEES,  # over "* Ådal Kommune: Marianne Thrane"
        "repræsenterede organisationer": FieldKind.ATTENDEES,
        "hvem var til stede": FieldKind.ATTENDEES,
        "fremmøde": FieldKind.ATTENDEES,
        "bestyrelsen": FieldKind.ATTENDEES,
        "bestyrelse": FieldKind.ATTENDEES,  # "Bestyrelse:" over its members, one a line
        "direktionen": FieldKind.ATTENDEES,
        "hvem deltog": FieldKind.ATTENDEES,
        "deltagende": FieldKind.ATTENDEES,
        "deltagende medlemmer": FieldKind.ATTENDEES,
        "deltagende bestyrelsesmedlemmer": FieldKind.ATTENDEES,
        "deltagende udvalgsmedlemmer": FieldKind.ATTENDEES,
        "fremmødte medlemmer": FieldKind.ATTENDEES,
        "fremmødte bestyrelsesmedlemmer": FieldKind.ATTENDEES,
        "til stede på mødet var": FieldKind.ATTENDEES,
        "med deltagelse af": FieldKind.ATTENDEES,  # "Mødet blev holdt med deltagelse af A, B"
        "til stede var": FieldKind.ATTENDEES,
        "vi var": FieldKind.ATTENDEES,  # "Vi var: Birthe, Poul og Kurt."
        "fremmødt": FieldKind.ATTENDEES,
        "tilmeldte": FieldKind.ATTENDEES,
        "fremmødte": FieldKind.ATTENDEES,
        "mødt": FieldKind.ATTENDEES,
        "mødt var": FieldKind.ATTENDEES,  # a protocol's "Mødt var: formand Jens Peder ..."
        "af bestyrelsen var mødt": FieldKind.ATTENDEES,  # a general assembly's board present
        "af bestyrelsen mødte": FieldKind.ATTENDEES,
        "af bestyrelsen deltog": FieldKind.ATTENDEES,
        "fremmødt var": FieldKind.ATTENDEES,
        "mødt op": FieldKind.ATTENDEES,
        "deltog": FieldKind.ATTENDEES,
        "stemmetællere": FieldKind.ATTENDEES,  # vote counters at a general assembly
        "stemmetæller": FieldKind.ATTENDEES,
        **dict.fromkeys(ATTENDEE_GROUPS, FieldKind.MEMBERS),  # minus the absent
        "stemmeudvalg": FieldKind.ATTENDEES,  # the vote counters as a committee
        "stemmeudvalget": FieldKind.ATTENDEES,
        "stedfortræder": FieldKind.ATTENDEES,  # a substitute attends (role stedfortræder)
        "stedfortrædere": FieldKind.ATTENDEES,
        "suppleant": FieldKind.ATTENDEES,
        "suppleanter": FieldKind.ATTENDEES,
        "medlemmer": FieldKind.MEMBERS,
        "udvalgsmedlemmer": FieldKind.MEMBERS,
        "bestyrelsesmedlemmer": FieldKind.MEMBERS,
        "afbud": FieldKind.ABSENTEES,
        "afb": FieldKind.ABSENTEES,  # "Afb.: Jens Mikkelsen"
        "afbud fra": FieldKind.ABSENTEES,
        "afbud er modtaget fra": FieldKind.ABSENTEES,  # (a sentence: "Afbud er modtaget fra X.")
        "afbud var modtaget fra": FieldKind.ABSENTEES,
        "afbud er meldt fra": FieldKind.ABSENTEES,
        "afbud var meldt fra": FieldKind.ABSENTEES,
        "meldt afbud": FieldKind.ABSENTEES,
        "meldte afbud": FieldKind.ABSENTEES,
        "afbud meldt af": FieldKind.ABSENTEES,
        "fraværende medlemmer": FieldKind.ABSENTEES,
        "ikke tilstede": FieldKind.ABSENTEES,
        "ikke med": FieldKind.ABSENTEES,
        "meldt fra": FieldKind.ABSENTEES,
        "deltog ikke": FieldKind.ABSENTEES,
        "accepterede, men deltog ikke": FieldKind.ABSENTEES,  # a Teams recap's invitees away
        "afslog": FieldKind.ABSENTEES,  # a Teams recap's invitees who declined
        "afviste": FieldKind.ABSENTEES,
        "accepteret, men deltog ikke": FieldKind.ABSENTEES,
        "kunne ikke deltage": FieldKind.ABSENTEES,  # Teams' meeting notes
        "inviterede, som ikke deltog": FieldKind.ABSENTEES,
        "inviterede som ikke deltog": FieldKind.ABSENTEES,
        "inviterede, som deltog": FieldKind.ATTENDEES,
        "inviterede som deltog": FieldKind.ATTENDEES,
        "ikke mødt op": FieldKind.ABSENTEES,
        "fraværende": FieldKind.ABSENTEES,
        "fravær": FieldKind.ABSENTEES,
        "frav": FieldKind.ABSENTEES,  # "Frav.: Jens Mikkelsen"
        "ikke til stede": FieldKind.ABSENTEES,
        "ikke mødt": FieldKind.ABSENTEES,
        "ikke kommet": FieldKind.ABSENTEES,  # informal minutes: "ikke kommet: Noah (syg), Clara"
        "kom ikke": FieldKind.ABSENTEES,
        "udeblevet": FieldKind.ABSENTEES,
        "udeblev": FieldKind.ABSENTEES,
        "mødte ikke": FieldKind.ABSENTEES,
        "mødte ikke op": FieldKind.ABSENTEES,
        "forfald": FieldKind.ABSENTEES,
        "svarede ikke": FieldKind.ABSENTEES,  # invited, no answer, not there
        "ikke svaret": FieldKind.ABSENTEES,
        "har ikke svaret": FieldKind.ABSENTEES,
        "uden afbud": FieldKind.ABSENTEES,
        "fraværende uden afbud": FieldKind.ABSENTEES,
        "gæster": FieldKind.GUESTS,
        "eksterne gæster": FieldKind.GUESTS,
        "eksterne deltagere": FieldKind.GUESTS,
        "gæst": FieldKind.GUESTS,
        "leverandør": FieldKind.GUESTS,  # "Leverandør: Kristoffer Lunde (Bytecraft ApS)"
        "leverandører": FieldKind.GUESTS,
        "fra leverandøren": FieldKind.GUESTS,
        "oplægsholder": FieldKind.GUESTS,  # "Oplægsholder under punkt 3: Lektor Anders Hjortshøj"
        "oplægsholdere": FieldKind.GUESTS,
        "voksen": FieldKind.GUESTS,  # a pupils' council's "Voksen: Henrik Dam (kontaktlærer)"
        "voksne": FieldKind.GUESTS,
        "presenter": FieldKind.GUESTS,
        "presenters": FieldKind.GUESTS,
        "observatører": FieldKind.GUESTS,
        "observer": FieldKind.GUESTS,
        "observers": FieldKind.GUESTS,
        "observatør": FieldKind.GUESTS,
        "administrationen": FieldKind.GUESTS,
        "forvaltningen": FieldKind.GUESTS,
        "observatører / gæster": FieldKind.GUESTS,
        "observers / gæster": FieldKind.GUESTS,
        "evt. observers / gæster": FieldKind.GUESTS,
        "derudover deltog": FieldKind.GUESTS,
        "desuden deltog": FieldKind.GUESTS,
        "også med": FieldKind.GUESTS,  # "også med: Kristian (ungdomskonsulent, Egedal Kommune)"
        "deltog desuden": FieldKind.GUESTS,  # a table's column: "| Medlemmer | Deltog desuden |"
        "deltog også": FieldKind.GUESTS,
        "deltog endvidere": FieldKind.GUESTS,
        "desuden": FieldKind.GUESTS,  # "Desuden: Kirketjener Poul Erik Møller deltog ..."
        "endvidere deltog": FieldKind.GUESTS,
        "endv. deltog": FieldKind.GUESTS,  # a typed protocol's abbreviation
        "endvidere": FieldKind.GUESTS,
        "embedsmænd": FieldKind.GUESTS,  # "Deltagende embedsmænd: kommunaldirektør ..."
        "deltagende embedsmænd": FieldKind.GUESTS,
        "embedsfolk": FieldKind.GUESTS,
        "deltagende embedsfolk": FieldKind.GUESTS,  # "Endvidere:   ældrechef Birte Kofoed og ..."
        "øvrige deltagere": FieldKind.GUESTS,
        "øvrige fremmødte": FieldKind.GUESTS,  # "Øvrige fremmødte: Ulla Kirkegaard, ..."
        "andre deltagere": FieldKind.GUESTS,
        "desuden til stede": FieldKind.GUESTS,
        "endvidere til stede": FieldKind.GUESTS,
        "herudover deltog": FieldKind.GUESTS,
        "deltog fra forvaltningen": FieldKind.GUESTS,
        "deltog fra administrationen": FieldKind.GUESTS,
        "tilforordnet": FieldKind.GUESTS,
        "tilforordnede": FieldKind.GUESTS,
        "also attending": FieldKind.GUESTS,
        "also present": FieldKind.GUESTS,
        "in attendance": FieldKind.GUESTS,  # British minutes: non-members (officers, guests)
        "secretariat": FieldKind.GUESTS,  # English minutes' staff: "Secretariat: Camilla Holt"
        "the secretariat": FieldKind.GUESTS,
        "from the secretariat": FieldKind.GUESTS,
        "staff": FieldKind.GUESTS,
        "staff present": FieldKind.GUESTS,
        "øvrige": FieldKind.GUESTS,
        "sekretariat": FieldKind.GUESTS,
        "sekretariatet": FieldKind.GUESTS,
        "ejendomskontoret": FieldKind.GUESTS,  # a housing department's caretakers
        "inviterede": FieldKind.MEMBERS,  # the members called ("Inviterede:" over "Afbud:")
        "tolk": FieldKind.GUESTS,  # "Tolk: Farid Noori (dari)": the interpreter
        "tolke": FieldKind.GUESTS,
        "indbudte": FieldKind.GUESTS,
        "indkaldte": FieldKind.ATTENDEES,  # those called to the meeting (an agenda's members)
        "indkaldte medlemmer": FieldKind.MEMBERS,
        "inviterede medlemmer": FieldKind.MEMBERS,
        "indkaldt er": FieldKind.ATTENDEES,  # "Indkaldt er:" over the list
        "mødet er for": FieldKind.ATTENDEES,  # a notice's "Mødet er for:" over those called
        "desuden indbudt": FieldKind.GUESTS,  # an invitation's guests
        "desuden inviteret": FieldKind.GUESTS,
        "desuden indkaldt": FieldKind.GUESTS,
        "board members present": FieldKind.ATTENDEES,  # English board minutes
        "members present": FieldKind.ATTENDEES,
        "directors present": FieldKind.ATTENDEES,
        "absent with apologies": FieldKind.ABSENTEES,
        "apologies for absence": FieldKind.ABSENTEES,
        "udvalget": FieldKind.MEMBERS,  # "Udvalget: Jørn Lykkegaard (formand), ..."
        "udvalgets medlemmer": FieldKind.MEMBERS,
        "indkaldt": FieldKind.ATTENDEES,
        # an Outlook or Teams invitation's lists: all of them called to the meeting
        "obligatoriske deltagere": FieldKind.ATTENDEES,
        "påkrævede deltagere": FieldKind.ATTENDEES,
        "valgfrie deltagere": FieldKind.ATTENDEES,
        "required attendees": FieldKind.ATTENDEES,
        "optional attendees": FieldKind.ATTENDEES,
        "referent": FieldKind.MINUTE_TAKER,
        "protokolfører": FieldKind.MINUTE_TAKER,
        "protokollant": FieldKind.MINUTE_TAKER,
        "ref": FieldKind.MINUTE_TAKER,
        "referat ved": FieldKind.MINUTE_TAKER,
        "noter taget af": FieldKind.MINUTE_TAKER,  # Teams meeting notes
        "referat taget af": FieldKind.MINUTE_TAKER,
        "referatet taget af": FieldKind.MINUTE_TAKER,
        "protokollen ført af": FieldKind.MINUTE_TAKER,
        "protokolført af": FieldKind.MINUTE_TAKER,
        "protokolleret af": FieldKind.MINUTE_TAKER,
        "protokol ført af": FieldKind.MINUTE_TAKER,
        "referatet ført af": FieldKind.MINUTE_TAKER,
        "referatskriver": FieldKind.MINUTE_TAKER,
        "skrevet af": FieldKind.MINUTE_TAKER,
        "referat skrevet af": FieldKind.MINUTE_TAKER,
        "referatet skrevet af": FieldKind.MINUTE_TAKER,
        "opsamling skrevet af": FieldKind.MINUTE_TAKER,  # a workshop's summary
        "notetager": FieldKind.MINUTE_TAKER,
        "for referatet": FieldKind.MINUTE_TAKER,
        "mødeleder": FieldKind.CHAIR,
        "formand": FieldKind.CHAIR,
        "forperson": FieldKind.CHAIR,
        "præsident": FieldKind.CHAIR,  # a Rotary or Lions club's chair
        "skriver": FieldKind.MINUTE_TAKER,
        "som dirigent": FieldKind.CHAIR,  # signatures under general-assembly minutes
        "som referent": FieldKind.MINUTE_TAKER,
        "som mødeleder": FieldKind.CHAIR,
        "ordstyrer": FieldKind.CHAIR,
        "dirigent": FieldKind.CHAIR,
        "mødeledelse": FieldKind.CHAIR,
        "faciliteret af": FieldKind.FACILITATORS,
        "facilitator": FieldKind.CHAIR,  # English meeting notes: who ran the meeting
        "facilitatorer": FieldKind.FACILITATORS,  # a workshop's two who ran it
        "dirigent og referent": FieldKind.FACILITATORS,
        "referatdato": FieldKind.OTHER_DATE,
        "udsendelsesdato": FieldKind.OTHER_DATE,
        "rev. dato": FieldKind.OTHER_DATE,
        "revisionsdato": FieldKind.OTHER_DATE,
        "sidst opdateret": FieldKind.OTHER_DATE,
        "næste møde": FieldKind.OTHER_DATE,
        "sendt": FieldKind.OTHER_DATE,  # e-mail headers: the minutes sent by mail
        "sent": FieldKind.OTHER_DATE,
        "subject": FieldKind.TITLE,
        "title": FieldKind.TITLE,  # a front matter's "title:" (Jekyll, Hugo, Obsidian)
        "titel": FieldKind.TITLE,
        # English labels (mixed Danish-English boards, international projects)
        "date": FieldKind.DATE,
        "date and time": FieldKind.DATE,
        "time": FieldKind.TIME,
        "when": FieldKind.TIME,
        "location": FieldKind.PLACE,
        "venue": FieldKind.PLACE,
        "place": FieldKind.PLACE,
        "where": FieldKind.PLACE,
        "meeting": FieldKind.BODY,  # "Meeting: March 12, 2024, 10:00-11:30" (no body: a date)
        "next meeting": FieldKind.OTHER_DATE,
        "present": FieldKind.ATTENDEES,
        "attendees": FieldKind.ATTENDEES,
        "attended": FieldKind.ATTENDEES,  # a Teams recap's "Attended (5)" over the names
        "from the administration": FieldKind.GUESTS,
        "participants": FieldKind.ATTENDEES,
        "absent": FieldKind.ABSENTEES,
        "not present": FieldKind.ABSENTEES,
        "not attending": FieldKind.ABSENTEES,
        "unable to attend": FieldKind.ABSENTEES,
        "apologies": FieldKind.ABSENTEES,
        "guests": FieldKind.GUESTS,
        "guest": FieldKind.GUESTS,
        "guest speaker": FieldKind.GUESTS,
        "guest speakers": FieldKind.GUESTS,
        "speaker": FieldKind.GUESTS,
        "speakers": FieldKind.GUESTS,
        "minutes taken by": FieldKind.MINUTE_TAKER,
        "minutes by": FieldKind.MINUTE_TAKER,
        "notes by": FieldKind.MINUTE_TAKER,
        "notes taken by": FieldKind.MINUTE_TAKER,
        "note taker": FieldKind.MINUTE_TAKER,
        "notetaker": FieldKind.MINUTE_TAKER,
        "note-taker": FieldKind.MINUTE_TAKER,
        "meeting date": FieldKind.DATE,
        "meeting time": FieldKind.TIME,
        "declined": FieldKind.ABSENTEES,
        "regrets": FieldKind.ABSENTEES,
        "invited, did not join": FieldKind.ABSENTEES,  # a Teams/Copilot recap's invitees away
        "did not join": FieldKind.ABSENTEES,
        "accepted, did not join": FieldKind.ABSENTEES,
        "accepted, didn't attend": FieldKind.ABSENTEES,  # a Teams recap's "(1)" after it
        "accepted, didn’t attend": FieldKind.ABSENTEES,
        "accepted, did not attend": FieldKind.ABSENTEES,
        "didn't attend": FieldKind.ABSENTEES,
        "didn’t attend": FieldKind.ABSENTEES,
        "did not attend": FieldKind.ABSENTEES,
        "invited, didn't attend": FieldKind.ABSENTEES,
        "invited, didn’t attend": FieldKind.ABSENTEES,
        "minute taker": FieldKind.MINUTE_TAKER,
        "chair": FieldKind.CHAIR,
        "chaired by": FieldKind.CHAIR,
        "project": FieldKind.ORGANISATION,  # as "Projekt: OS2borgerPC"
        "fuldmagter": FieldKind.INFO,  # who gave proxies: not there, nor absent as members
        "bemærkninger": FieldKind.INFO,  # "Fraværende: X Bemærkninger: Y forlod mødet kl. 14.30"
        "project owner": FieldKind.INFO,
        "projektejer": FieldKind.INFO,
        "mødeform": FieldKind.INFO,  # "Mødeform: Hybridmøde (fysisk og via Teams)"
        "format": FieldKind.INFO,  # "Format: Hybrid – remote participants joined via Teams"
        "sagsnr": FieldKind.INFO,
        "sagsnr.": FieldKind.INFO,
        "sags nr.": FieldKind.INFO,
        "dok.nr.": FieldKind.INFO,
        "j.nr.": FieldKind.INFO,
        "pm": FieldKind.INFO,
        "status": FieldKind.INFO,
        "tags": FieldKind.INFO,  # a notes app's page properties ("Tags: arbejdsgruppe, LoRaWAN")
        "labels": FieldKind.INFO,
        "mailes til": FieldKind.INFO,
        # a distribution list names who gets the minutes, not who came
        "kopi til": FieldKind.INFO,
        "kopi": FieldKind.INFO,
        "fordeling": FieldKind.INFO,
        "fordelingsliste": FieldKind.INFO,
        "udsendes til": FieldKind.INFO,
        "sendes til": FieldKind.INFO,
        "distribution": FieldKind.INFO,
        "distribueret til": FieldKind.INFO,
        "modtagere": FieldKind.INFO,
        "møderække": FieldKind.INFO,
    }
)
"""Header labels (``Label: value`` lines, label headings) and what they tell."""

HEADER_ONLY_LABELS: Final[Mapping[str, FieldKind]] = MappingProxyType(
    {
        "tovholder": FieldKind.CHAIR,  # a local council's meeting: who holds its threads
    }
)
"""Header labels that tell a meeting's fact only outside its items: in an item's text they
are the item's own ("Tovholder: Karen Dal" carries a task; ``SECTION_LABELS``)."""

FIELD_PREFIXES: Final[Mapping[str, FieldKind]] = MappingProxyType(
    {
        "faciliteret af ": FieldKind.FACILITATORS,
        "fra ": FieldKind.GUESTS,  # "Fra forvaltningen deltog:" (must end in "deltog")
    }
)

PERSON_ROLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "referent": "referent",
        "ref": "referent",
        "ref.": "referent",
        "tager noter": "referent",  # a chat's minutes: "@Sara Qvist (COO, tager noter)"
        "tog noter": "referent",
        "notetager": "referent",
        "mødeleder": "mødeleder",
        "ordstyrer": "ordstyrer",
        "dirigent": "dirigent",
        "som dirigent": "dirigent",
        "som referent": "referent",
        "protokolfører": "referent",
        "protokol": "referent",  # "byrådssekretær Lene Damgaard (protokol)"
        "sekretær og referent": "referent",
        "som mødeleder": "mødeleder",
        "observatør": "observatør",
        "som observatør": "observatør",
        "deltog som observatør": "observatør",
        "deltager som observatør": "observatør",
        "gæst": "gæst",
        "som gæst": "gæst",
        "deltog som gæst": "gæst",
        "stedfortræder": "stedfortræder",
        "stedfortrædere": "stedfortræder",
        "suppleant": "suppleant",
        "suppleanter": "suppleant",
        "stemmetæller": "stemmetæller",
        "stemmetællere": "stemmetæller",
        "stemmeudvalg": "stemmetæller",
        "stemmeudvalget": "stemmetæller",
        "delvist": "delvist",
        "deltog på teams": "virtuel",
        "deltager på teams": "virtuel",
        "deltog virtuelt": "virtuel",
        "deltager virtuelt": "virtuel",
        "deltog på zoom": "virtuel",
        "deltog via teams": "virtuel",
        "deltog via zoom": "virtuel",
        "deltog online": "virtuel",
        "til stede online": "virtuel",
        "virtuelt": "virtuel",
        "online": "virtuel",
        "via teams": "virtuel",
        "via zoom": "virtuel",
        "på teams": "virtuel",
        "virtuel": "virtuel",
        "tovholder": "tovholder",
        "chair": "mødeleder",
        "facilitator": "mødeleder",
        "chairman": "mødeleder",
        "chairperson": "mødeleder",
        "minute taker": "referent",
        "note taker": "referent",  # a Teams attendance table's "Role" column
        "notetaker": "referent",
        "note-taker": "referent",
        "minute-taker": "referent",
        "minutes": "referent",  # "Heidi Thomsen, study board secretary (minutes)"
        "observer": "observatør",
        "guest": "gæst",
    }
)
"""Role words written in parentheses or after a dash next to a name."""

PLACE_ORGANISATION: Final = r"[A-ZÆØÅ][\w-]*\s+Kommune|Region\s+[A-ZÆØÅ][\w-]*"
"""A municipality or region by name ("Vejle Kommune", "Region Syddanmark")."""

FILE_EXTENSION: Final = r"\.(?:pdf|docx?|xlsx?|pptx?|odt|txt|png|jpe?g)\b"
"""The extension of an attached file's name ("Budget 2025.pdf")."""

NOT_NAME_OPENINGS: Final = frozenset({"af"})
"""Particles that can stand inside a name ("Carl af Rosenborg") but never open one: "leder af
Hjemmeplejen Vest" after a comma is where she is the head, not a second person."""

NOT_TITLES: Final = frozenset(
    {"samt", "eller", "under", "efter", "over", "mens", "hvor", "også", "endvidere", "desuden",
     "derudover", "herunder", "blandt", "andet", "deltog", "deltager", "mødte", "mødt", "valgt",
     "valgtes", "ved", "kontakt", "kontaktperson"}
)  # fmt: skip
"""Lower-case words that can stand before a name without being a job title."""

NOBODY: Final = frozenset({"alle", "ingen", "samtlige", "hele bestyrelsen", "alle medlemmer"})
"""A people list's value that names no one ("Deltagere: Alle")."""

NOT_SURNAMES: Final = frozenset(
    {"og", "samt", "fra", "i", "på", "til", "med", "for", "af", "via", "under", "efter", "som",
     "der", "er", "var", "kom", "mødte", "deltog", "pga", "grundet", "syg", "kl", "ved"}
)  # fmt: skip
"""Words after a first name in an all-lower-case people list that are not its surname
("jens fra kommunen", "karin pga. sygdom")."""

PATRONYMIC_ENDINGS: Final = ("sen", "søn", "datter")
"""How most Danish surnames end ("Mortensen", "Jørgensen", "Christiansen", "Magnúsdóttir" aside):
two capitalised words ending so are a person's name, whatever the first name."""

NAME_ABBREVIATIONS: Final = (
    "Kr", "Chr", "Fr", "Th", "Joh", "Jac", "Hj", "Ch", "Wm", "Aa", "Sv", "Prof", "Dr", "Assoc",
    "Ass", "Co", "Adm",
)  # fmt: skip
"""Abbreviated middle names ("Jens Kr. Hansen", "Flemming Aa. Larsen"), titles before a name
("Prof. Anne Kirkegaard", "Adm. Direktør") and a firm's "& Co." ("Kvist & Co.
Administration"): their full stop ends no sentence."""

WORD_ABBREVIATIONS: Final = ("vedr", "ca", "evt", "nr", "pkt", "kr", "jf", "bl.a", "inkl", "mht")
"""Abbreviations written with a full stop that ends no sentence ("Forslag vedr. Kontingent",
"ca. 60 deltagere", "jf. bilag 2")."""

RELATIVE_PRONOUNS: Final = ("der", "som")
"""Words that open a relative clause after a name ("Bjarne Holm (V), der havde meldt afbud"):
what follows is said of the person, it is no part of the name."""

TITLE_ABBREVIATIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "fmd": "formand",
        "formd": "formand",
        "form.": "formand",  # "Knud Mortensen, Lindå Kommune (form.)": with its full stop only
        "næstfmd": "næstformand",
        "næstf": "næstformand",
        "nfmd": "næstformand",
        "kass": "kasserer",
        "sekr": "sekretær",
        "suppl": "suppleant",
        "supp": "suppleant",
        "best.medl": "bestyrelsesmedlem",
        "pæd": "pædagog",
        "ref": "referent",  # "Direktør Michael Højer og ref. Louise Bach"
    }
)
"""Abbreviated titles beside a name ("Jens Madsen (fmd.)", "(pæd.)"), read as the full word.
A word ending in "rep." is a representative too: "(medarbejderrep.)" is medarbejderrepræsentant."""

CHAIR_TITLE_FORMS: Final[Mapping[str, str]] = MappingProxyType(
    {"forkvinde": "forperson", "næstforkvinde": "næstformand"}
)
"""Other forms of a chair's title and the chair title they amount to ("Laura Nørby
(forkvinde)": she chairs)."""

ENGLISH_CHAIR_TITLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "president": "formand",
        "vice president": "næstformand",
        "vice-president": "næstformand",
        "præsident": "formand",  # a Rotary or Lions club's chair ("Præsident: Jørn Skovby")
        "vicepræsident": "næstformand",
        "chairman": "formand",  # English minutes ("| Camilla Brix | Chairman (VIP) |")
        "chairwoman": "formand",
        "chairperson": "formand",
        "vice-chair": "næstformand",
        "vice chair": "næstformand",
        "vice-chairman": "næstformand",
        "vice chairman": "næstformand",
        "vice-chairwoman": "næstformand",
        "vice chairwoman": "næstformand",
        "vice-chairperson": "næstformand",
        "vice chairperson": "næstformand",
        "deputy chair": "næstformand",
        "deputy chairman": "næstformand",
    }
)
"""Titles that amount to a chair title ("Birgitte Skovgaard (President)" chairs the board as
its formand; "Præsident: Jørn Skovby" a Rotary club)."""

PARTY_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "socialdemokratiet": "A",
        "løsgænger": "UP",  # an independent member, as "(UP)": uden for partierne
        "uden for partierne": "UP",
        "socialdemokraterne": "A",
        "radikale venstre": "B",
        "det radikale venstre": "B",
        "radikale": "B",
        "konservative": "C",
        "det konservative folkeparti": "C",
        "konservative folkeparti": "C",
        "nye borgerlige": "D",
        "socialistisk folkeparti": "F",
        "liberal alliance": "I",
        "kristendemokraterne": "K",
        "moderaterne": "M",
        "dansk folkeparti": "O",
        "venstre": "V",
        "enhedslisten": "Ø",
        "alternativet": "Å",
        "danmarksdemokraterne": "Æ",
        "slesvigsk parti": "S",
    }
)
"""Danish parties by name, to their ballot letters ("Bo Lind (Socialdemokratiet)" is party A)."""

PARTY_YOUTH: Final = frozenset(
    {"dsu", "vu", "ku", "sfu", "radikal ungdom", "liberal alliances ungdom", "las"}
)
"""Parties' youth organisations by their names (casefolded): with a town after them ("DSU
Strandby") a local branch, an organisation, as a party's name and a town are
("Socialdemokratiet i Vedby", "Radikale Venstre Lyngå")."""

CHAIR_ROLES: Final = frozenset({"mødeleder", "ordstyrer", "dirigent"})
PROJECT_PARTIES: Final = frozenset(
    {"bygherre", "rådgiver", "arkitekt", "ingeniør", "entreprenør", "hovedentreprenør",
     "totalentreprenør", "underentreprenør", "leverandør", "tilsyn", "byggeleder"}
)  # fmt: skip
"""A firm's part in a building project, after its name in a people table's organisation cell
("Holm & Vestergaard – rådgiver"): the firm's, no post of the person."""
LABEL_OCCASIONS: Final = (
    " denne gang", " i dag", " ved dette møde", " på dette møde", " ved mødet"
)  # fmt: skip
"""The occasion after a post's label ("Mødeleder denne gang:", "Referent i dag:"): the post for
this meeting (one taken in turn), the label read without it."""
CHAIR_BY_POST: Final[Mapping[str, str]] = MappingProxyType(
    {"formanden": "formand", "næstformanden": "næstformand", "forpersonen": "forperson"}
)
"""A chair label naming a post, not a person ("Mødeleder: Formanden"): the attendee with that
role chairs."""
MINUTE_TAKER_ROLES: Final = frozenset({"referent"})
CHAIR_OF_BODY: Final[Mapping[str, str]] = MappingProxyType(
    {
        "byrådet": "borgmester",
        "kommunalbestyrelsen": "borgmester",
        "bystyret": "borgmester",
        "borgerrepræsentationen": "overborgmester",
        "regionsrådet": "regionsrådsformand",
    }
)
"""The title of the person who chairs a body's meetings by office: when no chair is named, the
attendee with that title ("Anne Holm (V), borgmester" in the Byrådet) chairs."""

CASED_TITLE_WORDS: Final = frozenset({"AMiR"})
"""Titles known only as written, in their mix of capitals: "AMiR" (arbejdsmiljørepræsentant,
"Tina Lorentzen, AMiR, Hus B") is a title, "Amir" a first name."""

TITLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "ftr",  # fællestillidsrepræsentant, in MED committees' lists ("FTR, FOA")
        "amr",  # arbejdsmiljørepræsentant
        "tr",  # tillidsrepræsentant ("Mona Hald, TR Hjemmeplejen Nord")
        "borgmester",
        "viceborgmester",
        "rådmand",
        "formand",
        "næstformand",
        "forperson",
        "forkvinde",  # a youth council's chair ("Laura Nørby (forkvinde)")
        "regionsrådsformand",
        "direktør",
        "rektor",
        "prorektor",
        "vicerektor",
        "studierektor",
        "uddannelsesdirektør",
        "dekan",
        "kommunaldirektør",
        "regionsdirektør",
        "chef",
        "konsulent",
        "chefkonsulent",
        "specialkonsulent",
        "seniorkonsulent",
        "fuldmægtig",
        "sekretær",
        "sekretariatschef",
        "kasserer",
        "treasurer",
        "secretary",
        "hon. secretary",
        "hon. treasurer",
        "vice chair",
        "board member",
        "ceo",
        "cfo",
        "general counsel",  # "Secretary to the Board: Camilla Fog, General Counsel"
        "legal counsel",
        "cto",
        "cio",
        "ciso",
        "pm",  # a project manager ("Camilla Strøm (PM)")
        "po",  # a product owner
        "coo",
        "dpo",
        "produktejer",
        "scrum master",
        "teknisk arkitekt",
        "leverandør",  # an IT project's supplier ("Bjørn Kaas-Hansen, Magenta ApS (leverandør)")
        "pårørende",  # a user board's member for the residents' families ("Inger Mikkelsen,
        # pårørende (formand)")
        "medlem",
        "bestyrelsesmedlem",
        "projektleder",
        "leder",
        "afdelingsleder",
        "skoleleder",
        "uddeler",  # a co-operative shop's manager (Brugsen)
        "souschef",
        "økonomichef",
        "præst",
        "sognepræst",
        "pastor",  # "Pastor Annemette Lau"
        "kirkebogsfører",
        "præsident",  # a Rotary or Lions club's chair
        "provst",  # the chair of a provstiudvalg ("Provst Hanne Quist (formand)")
        "domprovst",
        "provstisekretær",
        "graver",
        "kirketjener",
        "kirkegårdsleder",
        "sognemedhjælper",
        "præstesekretær",
        "kirkeværge",
        "regnskabsfører",
        "revisor",
        "auditor",
        "president",
        "vice president",
        "vice-president",
        "investor representative",
        "employee representative",
        "forælder",
        "suppleant",
        "professor",
        "lektor",
        "adjunkt",
        "koordinator",
        "produktkoordinator",
        "produkt koordinator",
        "produkt owner",
        "product owner",
        "rådgiver",
        "ordfører",
        "repræsentant",
        "elevrepræsentant",
        "medarbejderrepræsentant",
        "museumsdirektør",
        "erhvervsdirektør",
        "formand for",
        "adm. direktør",
        "administrerende direktør",
        "koncerndirektør",
        "udviklingsdirektør",
        "afdelingschef",
        "afdelingsformand",
        "kontorchef",
        "centerchef",
        "teamleder",
        "ingeniør",
        "arkitekt",
        "jurist",
        "analytiker",
        "student",
        "stud.",
        "cand.",
        "administrator",
        "advokat",
        "dommer",  # a klagenævn's chair ("Dommer Ellen Brink Hovgaard (formand)")
        "landsdommer",
        "byretsdommer",
        "retspræsident",
        "organist",
        "biskop",
        "stiftamtmand",
        "bygningssagkyndig",  # a deanery's building expert
        "kordegn",
        "kirkesanger",
        "træner",
        "webmaster",
        "kontaktperson",
        "bogholder",
        "vicevært",
        "sagsbehandler",
        "økonom",
        "controller",
        "journalist",
        "tolk",
        "pædagog",
        "lærer",
        "sygeplejerske",
        "landinspektør",
        "bibliotekar",
        "arkivar",
        "biolog",
        "geolog",
        "psykolog",
        "tekniker",
        "planlægger",
    }
)
"""Job titles; compounds ending in one of ``TITLE_SUFFIXES`` are titles too."""

TITLE_SUFFIXES: Final[tuple[str, ...]] = (
    "direktør",
    "forsker",  # "Seniorforsker Mette Lykkegaard"
    "foged",  # "Havnefoged Erik Mols", "skovfoged"
    "chef",
    "konsulent",
    "formand",
    "leder",
    "mester",
    "koordinator",
    "sekretær",
    "rådgiver",
    "medlem",
    "fuldmægtig",
    "ordfører",
    "repræsentant",
    "præst",
    "ansvarlig",
    "fører",
    "værge",
    "ekspert",
    "specialist",
    "assistent",
    "medarbejder",
    "inspektør",
    "lærer",
    "behandler",
    "ejer",  # projektejer, forretningsejer, systemejer
    "stifter",  # "Stifter Sara Holm, Nordlys Foods ApS", medstifter
    "indehaver",  # "Indehaver Bo Lind", medindehaver
    "arkitekt",  # løsningsarkitekt, it-arkitekt
    "udvikler",  # systemudvikler
    "administrator",  # ejendomsadministrator, systemadministrator
    "revisor",  # statsautoriseret revisor, registreret revisor
    "partner",  # HR-partner, forretningspartner
    "sygeplejerske",
    "læge",  # overlæge, cheflæge, afdelingslæge, speciallæge
    "terapeut",  # fysioterapeut, ergoterapeut
    "psykolog",
    "planlægger",  # trafikplanlægger, byplanlægger
    "studerende",  # ph.d.-studerende, specialestuderende
    "passer",  # "vandværkets passer Aksel Rønn", vandværkspasser
    "ingeniør",  # vejingeniør, projektingeniør, civilingeniør
    "tekniker",  # byggetekniker, laborant- og procestekniker
    "forvalter",  # materielforvalter, ejendomsforvalter
    "keeper",  # greenkeeper, chefgreenkeeper
    "økonom",  # specialøkonom, cheføkonom
    "jurist",  # specialjurist, chefjurist
    "pædagog",  # socialpædagog, souschefpædagog
    "kommissær",  # politikommissær, vicepolitikommissær
    "forstander",  # a højskole's or efterskole's head, viceforstander, efterskoleforstander
    "træner",  # cheftræner, ungdomstræner, assistenttræner
    "historiker",  # lokalhistoriker, kunsthistoriker
    "bestyrer",  # mejeribestyrer, driftsbestyrer, forretningsbestyrer
    "instruktør",  # instruktør (a theatre's director), skiinstruktør, kursusinstruktør
    "kunstner",  # billedkunstner, scenekunstner
    "musiker",  # folkemusiker, jazzmusiker
    "kurator",
)


ENGLISH_TITLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "manager", "officer", "director", "coordinator", "consultant", "researcher", "engineer",
        "scientist", "analyst", "advisor", "adviser", "postdoc", "lecturer", "developer",
        "designer", "economist", "mayor", "councillor", "councilor", "rector", "vice-rector",
        "principal", "secretary", "treasurer", "chairman", "chairwoman", "president",
        "pro-rector", "prorector", "dean", "vice-dean", "pro-dean", "vice-chancellor", "provost",
        "steward", "representative",
    }
)  # fmt: skip
"""English job nouns that end a title of up to four words ("project manager", "senior
researcher", "shop steward"; and "Head of Production", see ``ENGLISH_HEAD_OF``):
international projects write their members so."""

ENGLISH_HEAD_OF: Final = ("head", "of")
"""The two words opening an English title of up to five words ("Head of Production", "Head
of HR"): a post, not an organisation."""

ACADEMIC_PREFIX: Final = (
    r"(?:(?:Assoc(?:iate)?|Asst|Ass|Assistant|Adj(?:unct)?|Visiting|Emeritus)\.?\s+)?"
    r"(?:Prof(?:essor)?\.?|Dr\.(?:\s*(?:med|phil|scient|techn|theol|jur|odont|vet|polit)\.)?)"
    r"(?:,?\s+(?:[Dd]r\.(?:\s*(?:med|phil|scient|techn)\.)?|[Pp]h\.?\s?[Dd]\.?))*"
)
"""An academic title before a name ("Prof.", "Assoc. Prof.", "Dr.", "Dr. med.", "Prof. dr.
med.", "Prof. Dr."): the person's title."""


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


FIRST_NAMES: Final[frozenset[str]] = _word_set(
    "ask storm malthe villads "
    "mo rie hasse käthe muhammad amina tarek samir emre ayse ayşe olena anastasia priya rajesh "
    "iben ilse herdis frede conny dorrit estrid egil eilif ellinor elsa emmy eskil evald fritz "
    "gertrud gunver halfdan harry hella hilmar ines ingelise isak ivar jannick julius kaja "
    "katrin kennet lauritz leon lili linea lisbet liselotte lisette lissi lizzie louis magda "
    "magdalene marina michelle mika nicklas olav pablo paula pouline povl sabina sandra sigrun "
    "silke simone sisse sussie sybille thilde thit thora tony tora ulrich ursula valborg "
    "valentin vilfred vivian wenche aud birgithe brigitte caspar charlie christopher dagny "
    "dorthea elise marta martha petra klara kell iris vibe "
    "imran liva "
    "krista vilma frederikke villum kamilla natasja rebecca emily silje mohammad kamal elena "
    "lizette nanette nethe rosa søs arnold carlo eskild max sverre torsten vincent "
    "aage abdinasir agnes agnete ahmad ahmed aisha aksel albert alberte alex alfred ali allan "
    "alma amalie amir amira anders andrea andreas ane anette anita anja ann anna anne annemette "
    "anni annie anton arne arthur asbjørn asger astrid august axel benedikte benjamin benny bent "
    "bente berit betina birgit birgitte birte birthe bjarne bjørn bo bodil brian britt britta "
    "bruno camilla carina carl carla caroline carsten casper cecilie charlotte christian "
    "christina christine christoffer clara claus connie conrad dagmar dan daniel david dennis "
    "ditte dorte dorthe ebbe edith egon eigil einar ejner ejvind elias elin elisabeth ella ellen "
    "else emil emilie emma erik erling erna esben esther eva evan fatima felix ferdinand finn "
    "flemming frank frederik freja frida frode georg gerda gert gitte gorm grethe gudrun gunnar "
    "gustav hanna hanne hans harald hassan heidi helene helga helge helle henning henriette "
    "henrik herluf holger hussein ib ibrahim ida inge inger ingrid irene isabella ivan iver "
    "jacob jakob jan jane janni jannie jens jeppe jesper jette jimmi jimmy joachim joan johan "
    "johanne johannes john johnny jonas jonathan jonna josefine julie jytte jørgen jørn kai kaj "
    "karen kari karin karina karl karsten kasper kathrine katrine keld kenneth khalid kim "
    "kirsten kirstine kjeld klaus knud kristian kristina kristine kristoffer kurt kåre lars "
    "lasse laura lea leif lena lene leo leyla lilly linda line lis lisa lisbeth lise lone lotte "
    "louise lucas lukas mads magnus maja malene malthe marc marcus margrethe mari maria marianne "
    "marie martin mathias mathilde mette mia michael mie mikael mikkel mille mogens mohamed "
    "mohammed mona morten mustafa nadia nanna nathalie nicolai nicolaj niels niklas nikolaj nina "
    "noah nora ole oliver olivia omar orla oscar oskar ove palle patrick paul peder per pernille "
    "peter philip pia poul preben rasmus rené richard rikke rita robert rune rut ruth sanne sara "
    "sarah sebastian signe simon sofia sofie solveig steen steffen sten stephanie stig stine "
    "susanne sven svend søren theis thomas thor tim tina tobias toke tom tommy tonni tonny "
    "torben tove trine troels uffe ulla ulrik vagn verner vibeke victor victoria viggo viktor "
    "villads villy vivi william willy yusuf yvonne zainab åse "
    "aase abdi adam alf alice amanda anine anker annette ansgar asta birger bitten bjørg børge "
    "bettina cathrine christel dina dorit edel ejgil ejnar elly elna elsebeth emilia ester "
    "filip folmer freddy gunhild hakon hannah hedvig hilda hjalte ingeborg inga irma janne "
    "jannik jeanette joakim jon kaare katja kenn kirsti laila laust leila lillian lilian "
    "linnea ludvig mai maiken maj majken marius marlene merete merethe minna molly monica "
    "monika naja nete nils ninna otto randi rigmor rolf sabrina selma sidsel sigrid sigurd "
    "sonja stefan susan susse sylvia tanja thea theodor thorkild thøger tilde torkild tyge "
    "ulf valdemar vera vilhelm werner wilma yasmin zenia mehmet fatma hamid mahmoud noor "
    "tariq karim amal layla "
    "malte tine theo hugo liam laurits sofus alexander karla luna lily vigga filippa ronni rene "
    "tage walther annelise conni hjørdis judith kamma kate majbritt margit ragnhild stella tenna "
    "tonje ulrikke winnie bertel helmer ingolf kent lauge lennart sune svenning yrsa øjvind "
    "ørjan thyge tue oluf regitze tinne grete gurli henny hedda jutta lærke tinna "
    "karoline liv ronja oline malou cecilia gry bjarke thyra sille silas mikala mikkeline "
    "nikoline "
    # first names of Danes with roots elsewhere, common in councils' and boards' lists
    "farid zeynep oleksandr nasrin mirela tomasz hodan dragan rania jamal olga reza youssef "
    "abdullah maryam hiba sami walid bilal anas elif murat deniz burak ewa piotr marek "
    "aya mariam sana hamza "
    "katarzyna agnieszka natalia yuki chen wei nguyen linh ana jose juan carlos mateo "
    "abdi omar khalid mustafa yusuf zainab leyla hanan nour younes idris ismail adnan "
    "halima safiya soraya arash dariusz krzysztof magdalena iwona oksana iryna svetlana "
    "tatiana dmitri sergei andrzej pawel goran milan jelena ivana nikola zoran mirza emina "
    "selma amra kemal hakan serkan özlem gül songül"
)
"""Common Danish first names (casefolded): a strong sign that a list part starts a person."""

BRANCH_REGIONS: Final = frozenset(
    {"vestkyst", "østkyst", "sydøst", "sydvest", "nordvest", "nordøst", "nordjylland",
     "midtjylland", "sydjylland", "østjylland", "vestjylland", "fyn", "sjælland", "nordsjælland",
     "midtsjælland", "sydsjælland", "vestsjælland", "hovedstaden", "bornholm", "trekanten",
     "storkøbenhavn", "vestfyn", "sydfyn", "nordfyn", "østfyn", "midtfyn", "sønderjylland",
     "vendsyssel", "himmerland", "djursland", "østsjælland", "lolland-falster",
     "sydvestjylland", "nordvestjylland"}
)  # fmt: skip
"""The region a national body's local branch is named for after its own name ("Metal
Vestkyst", "3F Sydøst", "Krifa Midtjylland"): with a first word that is no first name, the two
words are an organisation, not a person. Not a bare compass point: "Vollsmose Øst", "Aarhus
Vest" are parts of a town."""

ORGANISATION_SUFFIXES: Final[tuple[str, ...]] = (
    "samvirke",  # "Ringkøbing Amts Arkivsamvirke", "Erhvervssamvirke"
    "samvirket",
    "revision",  # "Vestjysk Revision", "Kvist & Partnere Revision"
    "administration",  # "Boliggården Administration": a housing administrator (not alone)
    "rådgivning",  # "Nordlys Rådgivning", "Byggerådgivning Syd": a consultancy
    "firma",  # "Revisionsfirmaet Nordtal", "Tømrerfirma Hansen"
    "firmaet",
    "politi",  # "Midt- og Vestjyllands Politi", "Fyns Politi"
    "hjælp",  # "Dansk Flygtningehjælp", "Folkekirkens Nødhjælp"
    "hjælpen",  # "Mødrehjælpen"
    "beredskab",  # "Beredskab Fyn"
    "forbundet",  # "Kolonihaveforbundet Kreds Vejle", "Spejderforbundet"
    "division",  # a scouts' "Kalundborg Division"
    "laug",  # "Bådelaug", "Bådelauget", "Jagtlauget"
    "lauget",
    "kommune",
    "region",
    "forum",
    "råd",  # "Vejen Erhvervsråd", "Hedensted Ældreråd"
    "transport",  # "Dam Transport", "Vestjysk Busstransport"
    "auto",  # "Vinther Auto"
    "fællesskabet",
    "sekretariatet",
    "konsortiet",  # "Øresundsbro Konsortiet", "Femern-konsortiet"
    "konsortium",
    "enheden",  # "Hospitalsenheden Vest", "Myndighedsenheden": a unit of a region or municipality
    "hospitalsenhed",  # "Hospitalsenhed Midt"
    "hospitalet",  # "Regionshospitalet Randers", "Universitetshospitalet"
    "sygehuset",  # "Sydvestjysk Sygehus" is a word of ORGANISATION_WORDS; "Centralsygehuset"
    "forening",
    "foreningen",
    "selskab",
    "selskabet",
    "fonden",
    "centret",
    "centeret",
    "skolen",
    "universitet",
    "klubben",
    "klub",  # "Kalvebod Roklub", "Ribe Håndboldklub"
    "værk",  # "Vester Bjerrum Vandværk", "Hammel Fjernvarmeværk"
    "værket",
    "kor",  # "Vestegnens Kammerkor", "Ribe Domkirkes Pigekor"
    "koret",
    "udvalget",
    "rådet",
    "bestyrelse",  # "Strandhøj Kommunalbestyrelse", "Hovedbestyrelse"
    "bestyrelsen",
    "nævnet",  # "Klagenævnet for Udbud"
    "styrelsen",
    "ministeriet",
    "butik",
    "erhverv",
    "huset",
    "gruppen",
    "banken",
    "biblioteket",
    "museum",
    "museet",
    "kirke",
    "sogn",
    "skole",  # "Kolind Centralskole", "Ebeltoft Friskole"
    "bibliotek",
    "gymnasium",
    "hallen",
    "børnehave",
    "børnehaven",
    "børnehus",  # "Mariehøj Børnehus", "Børnehuset Mælkebøtten"
    "vuggestue",
    "vuggestuen",
    "dagtilbud",
    "sygehus",
    "hospital",
    "klinik",  # "Regionsklinik Thy", "Lægeklinikken Torvet"
    "klinikken",
    "tegnestue",  # an architects' firm ("Sønderskov Tegnestue")
    "tegnestuen",
    "apotek",
    "apoteket",
    "center",
    "central",  # "Kommunernes Datacentral", "Hjælpemiddelcentralen"
    "centralen",  # "Datacentralen Vest"
    "akademi",
    "seminarium",
    "ungdomsskole",
    "efterskole",
    "højskole",
)
"""Word endings that mark an organisation ("Museumsforening", "Gårdbutik")."""

COMPANY_FORMS: Final[tuple[str, ...]] = (
    "A/S", "I/S", "P/S", "K/S", "a.m.b.a.", "A.m.b.a.", "f.m.b.a.", "F.m.b.a.", "s.m.b.a.",
    "A.m.b.A.",
)  # fmt: skip
"""Company forms written after a company's name that are no capitalised word of their own
("Nordlys Energi A/S"); "ApS" and "IVS" are."""

TITLE_OPENINGS: Final[tuple[str, ...]] = (
    "referat af ", "referat fra ", "beslutningsreferat af ", "beslutningsreferat fra ",
    "dagsorden til ", "dagsorden for ", "indkaldelse til ", "protokol for ",
)  # fmt: skip
"""How a title line opens (casefolded): such a line is the title even when it runs on into a
sentence with a full stop ("Referat af bestyrelsesmøde i ... kl. 19.00 hos Jens Kragh, ...")."""

SUSPENDED_COMPOUND_JOINS: Final = frozenset({"og", "eller", "samt", "til", "&"})
"""Words after a hyphen that ends a line where the hyphen is no broken word but a compound's
shared part ("Social-" over "og Sundhedsudvalget", "Børne-" over "og Ungeudvalget")."""

DEPARTMENT_WORDS: Final[tuple[str, ...]] = ("afdeling", "afd.")
"""Words before a housing department's number after its organisation's name ("Lejerbo afdeling
211, Solgården", "Boligselskabet Kærhøj afd. 14"): part of the organisation's name."""

ORGANISATION_WORDS: Final[tuple[str, ...]] = (
    "a/b",  # andelsboligforening ("A/B Solbakken")
    "e/f",  # ejerforening ("E/F Kastanjehuset")
    "h/f",  # haveforening ("H/F Frydenlund")
    "g/f",  # grundejerforening ("G/F Bakkely")
    "if",  # idrætsforening ("IF Fremad Hvinningdal"), "gf" grundejerforening, "bk" boldklub
    "gf",
    "bk",
    "kommune",
    "team",  # a unit of the administration ("Teamleder, Team Vest")
    "advokater",  # a law firm ("Frimann & Lund Advokater")
    "region",
    "regionen",
    "amt",  # a county before 2007 ("Gudenå Amt", "Vejle Amt")
    "kreis",  # German partners of a border region ("Kreis Nordfriesland", "Stadt Flensburg")
    "stadt",
    "gemeinde",
    "universitet",
    "a/s",
    "aps",
    "i/s",
    "p/s",
    "k/s",
    "amba",
    "a.m.b.a.",
    "ministeriet",
    "ministerium",
    "styrelsen",
    "styrelse",
    "forening",
    "foreningen",
    "forbund",
    "vækstforum",
    "sekretariat",
    "sekretariatet",
    "skole",
    "skolen",
    "center",
    "centret",
    "centeret",
    "råd",
    "rådet",
    "udvalg",
    "udvalget",
    "gruppe",
    "gruppen",
    "fællesskabet",
    "holding",
    "stift",  # a diocese ("Viborg Stift")
    "erhvervshus",  # a regional business centre ("Erhvervshus Midtjylland")
    "business",  # a municipality's business service ("Business Vestfjord", "Business Kolding")
    "consulting",  # a consultancy ("Nordlys Consulting", "Rambøll Management Consulting")
    "partners",  # "Kvist Partners", "Nordic Growth Partners"
    "fonden",
    "fond",
    "hospital",
    "provsti",  # a deanery ("Skarum Provsti")
    "provstiet",
    "dansk",  # a national body's name ("Dansk Metal Brønderslev", "Danske Regioner")
    "danske",
    "gods",  # an estate ("Nørremølle Gods")
    "godset",
    "museum",
    "museet",
    "museer",  # "Fjordlandets Museer"
    "akademi",
    "institut",
    "institute",  # in English ("Øresund Water Institute"), as are the next three
    "university",
    "foundation",
    "association",
    "secretariat",  # "Joint Secretariat Interreg ØKS"
    "agency",
    "kontor",
    "kontoret",
    "partiet",
    "klub",
    "klubben",
    "afdeling",
    "afdelingen",
    "forvaltning",
    "forvaltningen",
    "visit",
    "hk",
    "3f",  # unions: "3F Vestlund", "FOA Odense", "BUPL Nordjylland"
    "foa",
    "bupl",
    "djøf",
    "dtu",
    "sdu",
    "os2",
    "kl",
    "association",  # English names: "Nordic Makers Association", "DanishTech Network"
    "network",
    "foundation",
    "society",
    "ltd",
    "inc",
)
"""Words that mark a segment of a person line as an organisation."""

# labels a transcript runs into the line before them without a colon ("... Pernille Aas (ref.)
# Afbud fra Levende Hav og WWF."): cut before them where a capitalised word follows
COLONLESS_INLINE_LABELS: Final[tuple[str, ...]] = ("Afbud fra",)

INLINE_LABELS: Final[tuple[str, ...]] = (
    "Mødedato",
    "Dato",
    "Mødested",
    "Sted",
    "Tidspunkt",
    "Tid",
    "Til stede",
    "Tilstede",
    "Mødedeltagere",
    "Deltagere",
    "Afbud fra",
    "Afbud",
    "Fraværende",
    "Gæster",
    "Fra administrationen",
    "Fra forvaltningen",
    "Fra sekretariatet",
    "Desuden deltog",
    "Derudover deltog",
    "Referent",
    "Dirigent",
    "Ordstyrer",
    "Mødeleder",
    "Institution",
    "Enhed/initialer",
    "Enhed",
    "Sagsnr.",
    "Kontaktperson",
    "Næste møde",
    "Starttidspunkt for møde",
    "Sluttidspunkt for møde",
)
"""Labels that start a new logical line inside a run-together (transcript) line."""

AGENDA_TOPICS: Final[tuple[str, ...]] = (
    "valg af",
    "valg til",
    "dirigent",
    "bestyrelsens beretning",
    "formandens beretning",
    "beretning",
    "regnskab",
    "årsregnskab",
    "andelsværdi",
    "fastsættelse af andelsværdi",
    "fremlæggelse af regnskab",
    "godkendelse af regnskab",
    "budget",
    "kontingent",
    "fastsættelse af kontingent",
    "indkomne forslag",
    "forslag fra",
    "eventuelt",
    "evt",
    "godkendelse af dagsorden",
    "godkendelse af referat",
    "orientering",
    "meddelelser",
    "næste møde",
)
"""Agenda topics that open an item in minutes without numbers or headings ("Eventuelt – ...")."""

NEWS_TITLES: Final = (
    "meddelelser", "meddelelse", "orientering", "orienteringer", "gensidig orientering",
    "nyt fra", "siden sidst", "information", "informationer", "announcements", "news",
)  # fmt: skip
"""Openings of an item's title (normalised) under which the body hears news: its minutes with
no phrase of an outcome and no discussion recorded ("Meddelelser" over "- Havnefogeden har
meddelt, at der kommer nye bøjer.") record that it took note (noted, not discussed)."""

ANY_OTHER_BUSINESS: Final = (
    "eventuelt", "evt", "aob", "any other business", "næste møde", "punkter til næste møde",
    "next meeting",
)  # fmt: skip
"""Openings of an item's title (normalised) under which nothing is decided: "Eventuelt", the
next meeting. Its remarks record no outcome unless a phrase says one ("Eventuelt" over "Der
blev spurgt til belysningen på stien." is none, not discussed; "Rune orienterede om åbent
hus." is none, not noted, unless the meeting took note: ``NOTE_TAKEN``)."""

WELCOME_TITLES: Final = ("velkomst", "velkommen", "welcome")
"""Openings of a welcome item's title (normalised): remarks with no phrase of an outcome under
it ("SA bød velkommen. Deltagerne præsenterede sig.") decide nothing, the outcome is none (a
talk told under it, "... fortalte om centerets virke", stays noted)."""

NOTE_TAKEN: Final = (
    r"\btil efterretning\b|\btaget til orientering\b|\bnoteret\b|\bnoted\b|\btook note\b"
    r"|\btaken note\b"
)
"""Phrases (on casefolded text) by which a meeting takes note of something, as against telling
news ("orienterede om", "oplyste"), which under "Eventuelt" decides nothing."""

CLOSING_TOPICS: Final = frozenset({"eventuelt", "evt", "eventuelt og næste møde", "næste møde"})
"""Topics that close a meeting: unnumbered after numbered items, still an item of their own."""

PEOPLE_HINTS: Final = (
    "afbud", "fravær", "forhindret", "deltog ikke", "deltager ikke", "mødte ikke",
    "ikke til stede", "mødeleder", "referent", "ordstyrer", "dirigent", "ref.",
    "skrev referat", "tog referat", "førte referat", "protokolfører", "tager referat",
    "skriver referat", "fører referat", "the minutes", "førte protokol", "fører protokol",
    "protokollen førtes",
)  # fmt: skip
"""Words (lower case) without which a line of item text names nobody absent, chairing or
taking the minutes: the cheap test before the people rules run on it."""

ITEM_PEOPLE_GATE: Final = (
    "afbud", "fravær", "forhindret", "ikke", "mødeleder", "ref", "ordstyrer", "dirigent",
    "stedfortræder", "suppleant", "i stedet for", "stemmetæl", "stemmeudvalg", "protokolfører",
    "minutes", "førte protokol", "fører protokol", "protokollen førtes",
)  # fmt: skip
"""Every word of PEOPLE_HINTS, STAND_IN_HINTS and VOTE_COUNTER_HINTS contains one of these
(lower case): a line of item text with none of them names nobody, tested with fewer substring
searches than one per hint (tests/test_vocabulary.py checks the cover)."""

PRESENCE_LABELS: Final = frozenset(
    {
        "til stede", "tilstede", "tilstedeværende", "tilstedeværende medlemmer", "til stede var",
        "til stede på mødet var", "fremmødte", "fremmødt", "fremmøde", "fremmødte medlemmer",
        "mødt", "mødt var", "fremmødt var", "mødt op", "deltagere", "mødedeltagere", "deltagende",
        "deltagende medlemmer", "deltagende bestyrelsesmedlemmer", "deltagende udvalgsmedlemmer",
        "fremmødte bestyrelsesmedlemmer",
        "hvem deltog", "present", "attendees", "participants",
    }
)  # fmt: skip
"""Labels that list who was at the meeting and nothing else: in an item's text (or after the
last item) they still name the meeting's attendees. Not "Suppleanter:", "Bestyrelsen:" or
"Stemmetællere:", which an election item uses for the people it chose."""

NOT_MEETING_DATE_WORDS: Final = (
    "sidst opdateret", "opdateret", "udsendt", "udsendelse", "referatdato", "rev dato",
    "rev. dato", "næste møde", "godkendt på", "godkendt af", "send-mail", "udskrevet", "printet",
    "oprettet",
    "publiceret", "offentliggjort", "offentliggørelse", "udgivet", "nedtages efter",
    "opslået", "redigeret", "sidst ændret", "senest ændret", "{{",
    "created", "last edited", "edited", "last updated", "updated", "last modified",
)  # fmt: skip
"""Words right before a date that is not the meeting's, in any case ("Sidst opdateret 3. maj
2024", "Denne side blev sidst redigeret 17. sep 2021", "Næste møde: 12. juni", "Udskrevet
14.03.2024", a notice's "Må nedtages efter: 03.09.2025", a template's "{{dato}}", a notes
app's "Created: 20. august 2024 08:14")."""

PLACE_SYMBOLS: Final = "📍📌"
PEOPLE_SYMBOLS: Final = "👥"
"""A symbol a notes app writes before those present, with no label ("👥 Sara (formand), Jonas,
Ahmed, Mie (ref.)")."""
PEOPLE_SYMBOL_LABEL: Final = "Deltagere"
"""The label such a line's names are read under."""
"""Map pins: a line opening with one gives the place ("📍 Spejderhytten Ulvehulen, Skovbrynet
9, 3520 Farum")."""

FACT_SYMBOLS: Final = frozenset(
    "📅📆🗓⏰⏱⌚🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛🕜🕝🕞🕟🕠🕡🕢🕣🕤🕥🕦🕧"
    + PLACE_SYMBOLS
    + "🏠🏢🏫🏛👥👤🧑✍📝🚫❌💻🖥🔗📞🎥"
)
"""Symbols a notes app writes before a header's facts on one line ("📅 tirsdag 7/9-2021 · ⏰
19.00–21.00 · 📍 Ulvehulen"): date, time, place, people, minutes, absence, the online link."""

MEETING_WORD_STEMS: Final = ("møde", "referat", "dagsorden", "generalforsaml", "beslutning")
"""Stems that make a dated line the meeting's ("Referat fra bestyrelsesmødet 12. marts 2024"):
a date on a line without one ("Nyheder | 02.05.2024") may be when the page was written."""

SUBORDINATE_OPENINGS: Final = ("da ", "idet ", "fordi ", "eftersom ", "når ", "hvis ", "selvom ")
"""Conjunctions that open a clause about something else ("Da Mikkel havde afbud, blev punktet
ikke behandlet."): the sentence lists no one (casefolded)."""

MEETING_TITLE_ENDINGS: Final = (
    "møde", "mødet", "generalforsamling", "generalforsamlingen", "meeting",
)  # fmt: skip
"""Endings of a word that names a meeting in a title ("Referat af ekstraordinær
generalforsamling", "Konstituerende bestyrelsesmøde"): a second meeting in the same document
opens with such a title (casefolded)."""

SAME_ATTENDANCE: Final = (
    r"^(?:(?:til stede|tilstede|deltagere|deltog|fremmøde|fremmødte|tilstedeværende)\s*:?\s*)?"
    r"(?:samme\s+(?:fremmøde|fremmødte|deltagere|deltagerkreds|deltagelse)\b"
    r"|(?:samme\s+som|som|se)\s+(?:ovenfor|ovenstående|oven\s+for|ovf\b|ved\s+(?:den|det)\b"
    r"|på\s+(?:den|det)\b|i\s+(?:den|det)\s+\w+\s+(?:møde|generalforsamling)|forrige\b))"
)
"""A later meeting of a file that says its people are the earlier one's ("Samme fremmøde som
ovenfor", "Til stede: Som ovenfor", "Deltagere som ovenfor", "Deltagere: Samme som ved den
ordinære generalforsamling"); matched case-insensitively at the start of a line above its first
item, or of a later sentence of it ("Til stede: 22 husstande. Deltagere som ovenfor, ...")."""

SAME_ATTENDANCE_EXCEPT: Final = (
    r"\b(?:dog|men)\s+(?:ikke|uden|med\s+afbud\s+fra|havde|var)\s+|\bundtagen\s+"
    r"|\bbortset\s+fra\s+"
)
"""What opens the names of those of the earlier meeting who were not at the later one ("...,
dog ikke Jens Kro, der var gået", "undtagen Mia Lund og Ole Vang", "dog havde Aisha Yusuf
forladt mødet")."""

SHORT_ANSWER: Final = r"^(?:(ja)|nej(?: tak)?)(?=[.,!]|\s+[–-]|$)"
"""A decision text that opens with a short answer ("ja", "Ja.", "ja, vi søger", "ja - begge
optages"; "nej", "Nej tak – men ..."): group 1 (yes) approves, else it rejects. Only at the
start of the whole text (an answer to a question inside it, "Er der nogen? Nej", decides
nothing); casefolded."""

OTHER_MEETING_WORDS: Final = (
    "næste", "sidste", "forrige", "kommende", "foregående", "senest", "frist", "tilmelding",
)  # fmt: skip
"""Words that make a date in a sentence another meeting's or a deadline ("referatet fra sidste
møde onsdag den 3. april", "Tilmelding senest fredag den 14. marts")."""

ATTACHMENT_ACCESS: Final = ("åben", "åbent", "lukket", "lukkede", "fortrolig")
"""Words a case system writes before an attachment's title for who may read it ("- Åben -
Notat om sygedagpenge", "Lukket - Tilbud"): no part of the title."""

PRESENCE_SENTENCE: Final = (
    # "Til stede var 38 andelshavere samt bestyrelsen: X (formand), ...": the group's names
    r"^(?:(?:til\s+stede|tilstede|fremmødt|mødt)\s+var\s+[^:]{1,60}?\s(?:samt|og)\s+"
    r"(?:hele\s+)?[a-zæøå]+(?:en|et)(?=\s*:)"
    r"|vi\s+var|til\s+stede\s+var|tilstede\s+var|fremmødt\s+var|fremmødte\s+var"
    r"|til\s+mødet\s+var\s+mødt|mødt\s+var|present\s+were"
    # "Hele bestyrelsen var til stede: formand X, ..."
    r"|(?:hele\s+)?[a-zæøå]+(?:en|et)\s+var\s+(?:til\s+stede|mødt)(?=\s*:)"
    r"|af\s+[a-zæøå]+(?:en|et)\s+(?:var\s+mødt|mødte|deltog)"  # "Af bestyrelsen var mødt X, ..."
    r"|[a-zæøå]+(?:en|et)\s+(?:var\s+repræsenteret\s+ved|var\s+(?:til\s+stede|mødt)\s+med"
    r"|(?:deltog|var\s+til\s+stede|var\s+mødt)\s+fuldtalligt))"
    r"(?:\s+(?:også|desuden|endvidere))?\s*:?\s+(\S.*?)\.?$"  # "Til stede var også ..."
)
"""A sentence of a prose header that lists who came ("Vi var: Birthe, Poul og Kurt.", "Til stede
var Poul Erik Sand (formand), Ib og Gitte Mortensen samt Lone Hvid.", "Bestyrelsen var
repræsenteret ved formand Susanne Lind, Anders Toft og Rami Haddad.", "Bestyrelsen var til stede
med ...", "Til stede var 38 andelshavere samt bestyrelsen: ...", "Bestyrelsen deltog
fuldtalligt (Carsten Riis, Maja Krog, ...)"): group 1 is the list (in brackets after
"fuldtalligt"; after the colon that ends a group's name) (matched ignoring case)."""

MINUTES_TITLE_OPENINGS: Final = ("referat af ", "referat fra ", "beslutningsreferat af ")
"""Openings of a minutes title below an e-mail's headers and greeting ("Referat af
bestyrelsesmøde i Antenneforeningen Kirkebakken"): it names the organisation (casefolded)."""

ITEM_TEXT_CHAIR_WORDS: Final = frozenset({"formand", "forperson"})
"""Titles that, written before an attendee's name in item text ("Formanden Niels Erik Bach bød
velkommen"), make the attendee the formand (not "aldersformand", who chairs only the first
election)."""

NEXT_MEETING_LABELS: Final = r"næste møde|næste bestyrelsesmøde|next meeting"
"""A line of a decision opening with one of these ("Næste møde: mandag den 5. maj kl. 19.00")
says when the body meets again: it records no outcome (matched ignoring case)."""

SENTENCE_VERBS: Final = (
    "forlod|kom|ankom|gik|bød|ledede|deltog|mødte|havde|var|blev|takkede|orienterede"
)
"""Verbs right after a full name that make a line a sentence about her ("Ida Mortensen forlod
mødet kl. 17.30."), not an entry of the people list above it (an alternation)."""

APPOINTED_BY: Final = r"(?:udpeget|valgt|indstillet|udnævnt|appointed)\s+(?:af|by)\s+([A-ZÆØÅ].*)$"
"""In brackets after a member: who appointed her ("(udpeget af Slagelse Kommune)"), the
organisation she represents on the body (group 1)."""

PRESENCE_REMARK: Final = (
    r"(?:\s*,\s*|\s+[–—-]\s+)((?:kom|ankom|gik|forlod|mødte|deltog|sendt|sendte|er|var|havde"
    r"|lovligt\s+forfald"
    r"|forfald|syg|sygdom|barsel|ferie|orlov"
    r"|på\s+(?:lejrskole|ferie|tur|kursus|barsel|orlov|ekskursion|rejse|arbejde)"
    r"|joined|left|arrived)\b[^()]*(?:\([^()]*\))?)$"  # English: "– joined 10:20"
)
"""After a person in a list, behind a comma or a dash: a remark on when or why she came, went
or was away ("– kom kl. 14.25", ", gik kl. 20:20 for at køre ...", ", er på vinterlejr", "–
lovligt forfald (sygdom)", "– deltog via Teams", "– på lejrskole"): a note, not her title or
organisation (matched as written)."""

PRESENCE_REMARK_WORDS: Final = (
    "kom", "gik", "forlod", "mødte", "deltog", "sendt", "er ", "var ", "havde", "forfald", "syg",
    "barsel", "ferie", "orlov", "på ", "joined", "left", "arrived",
)  # fmt: skip
"""One of these is in every PRESENCE_REMARK (a cheap test before the search)."""

EVERYONE_BUT_SENTENCE: Final = (
    r"(?:^|[^\w\s,]\s+)(?:alle|samtlige|hele\s+[\w-]+)\s+"
    r"(?:var\s+(?:der|til\s+stede|mødt(?:\s+op)?|med)|deltog|mødte(?:\s+op)?)\s*,?\s+"
    r"(?:undtagen|på\s+nær|bortset\s+fra)\s+([^.!?]+)"
)
"""A sentence of a prose header that names who was away as the exception ("... 😅 Alle var der
undtagen Michael, som var på nattevagt.", "Hele bestyrelsen deltog på nær Bo Lind."), at the
line's start or after a full stop or an emoji: group 1 names the absentees, to the sentence's
end (searched ignoring case)."""

POST_STAMP: Final = (
    r"^\s*(?:i\s*går|i\s*dag|\d{1,2}\.?\s*[a-zæøå]+\.?(?:\s+\d{4})?)\s+(?:kl\.?\s*)?"
    r"\d{1,2}[:.]\d{2}\s*·"
    r"|^\s*(?:noter|notes|note|notat)\s*·"  # a notes app's page: "Noter · 3. apr. 2025 kl. 20.21"
)
"""A social post's or a comment's time stamp ("5. marts kl. 08:12 · 🌍", "I går kl. 21.40 ·"),
or a notes app's page stamp ("Noter · 3. apr. 2025 kl. 20.21"): when it was posted or written,
not when the meeting was (matched ignoring case)."""

PROSE_PEOPLE_WORDS: Final = (
    "var", "stede", "mødt", "present", "afbud", "meldt", "fravær", "ikke", "undtagen", "nær",
    "deltog", "velkommen",
)  # fmt: skip
"""One of these (lower case) is in every sentence of a prose header that names who came or who
sent apologies ("Vi var: ...", "Til stede var ...", "... havde meldt afbud")."""

MEMBER_COLUMNS: Final = frozenset(
    {"deltager", "medlem", "medlemmer", "members", "bestyrelsen", "bestyrelse", "udvalget"}
    | {"participants", "participant", "attendees"}  # "| Partner | Participants | Attendance |"
    | {"delegeret", "delegerede"}  # "| Kreds | Delegeret | Mødt |": a cooperative's delegates
)
"""Header cells of a people table's name column other than "Navn" ("| Medlemmer | Parti |")."""

BREAK_WORDS: Final = ("pause", "kaffepause", "frokost", "frokostpause", "kaffe", "break", "lunch")
"""A time slot's topic opening with one of these (lower case) is a break, no agenda topic
("18.15-18.30 Pause – der er sandwich")."""

TOPIC_END_ABBREVIATIONS: Final = frozenset(
    ("evt.", "bem.", "ref.", "div.", "godk.", "orient.", "m.m.", "mv.", "osv.", "etc.")
)
"""Abbreviations a topic in small letters may end with ("Pkt 4 – evt.", "godk. ref."): their
full stop ends no sentence."""

MEMBERSHIP_TITLES: Final = frozenset({"medlem", "member", "bestyrelsesmedlem", "board member"})
"""Membership of the body written where a person's title goes ("| Rektor, Erhvervsakademi Vest |
Medlem |"): no one's job; a title in the organisation's cell is hers."""

NOTE_TAGS: Final = (
    "vigtigt", "spørgsmål", "to do", "to-do", "todo", "husk", "idé", "ide", "kritisk",
    "important", "question", "remember", "idea", "critical",
)  # fmt: skip
"""A notes app's tags in brackets before a line (OneNote: "[Vigtigt] Lars Ebbesen har meldt
afbud", "[To Do] ..."): no part of the line's words."""

MEETING_APP_ROLES: Final = frozenset(
    {
        "organisator", "medorganisator", "medarrangør", "arrangør", "præsentationsvært",
        "præsentationsholder", "oplægsholder i mødet", "deltager", "organizer", "co-organizer",
        "presenter", "attendee", "member", "participant",
    }
)  # fmt: skip
"""A Teams or Zoom attendance report's "Rolle" cells: roles in the call, no person's title
("| Karin Hvid | 09.57 | 11.02 | Organisator |")."""

MEETING_REPORT_SECTIONS: Final = frozenset(
    {
        "oversigt", "deltagere", "aktiviteter under mødet", "aktiviteter i mødet",
        "summary", "participants", "in-meeting activities",
    }
)  # fmt: skip
"""The numbered sections of a Teams attendance report pasted into the minutes ("1. Oversigt",
"2. Deltagere", "3. Aktiviteter under mødet"), each over a table (``MEETING_REPORT_KEYS``):
the report's parts, no agenda items (casefolded, normalised)."""

MEETING_REPORT_KEYS: Final = frozenset(
    {
        # the summary's row keys
        "mødetitel", "deltagere i alt", "antal deltagere", "starttidspunkt", "sluttidspunkt",
        "mødevarighed", "gennemsnitlig deltagelsestid", "meeting title", "attended participants",
        "start time", "end time", "meeting duration", "average attendance time",
        # the participants' column headers
        "første deltagelse", "sidste udtræden", "varighed i mødet", "deltagelsesvarighed",
        "first join", "last leave", "in-meeting duration", "join time", "leave time",
        "tilsluttet", "forlod", "deltager-id (upn)", "participant id (upn)",
        # Zoom's participants report
        "user email", "duration (minutes)", "brugerens e-mail", "varighed (minutter)",
        "tidspunkt for deltagelse", "tidspunkt for udtræden",
    }
)  # fmt: skip
"""The keys of a Teams or Zoom attendance report's tables: the summary's first column
("| Mødetitel | ... |", "| Starttidspunkt | ... |") and the participants' header ("| Navn | Første
deltagelse | Sidste udtræden | Varighed i mødet | E-mail | Rolle |"); a table with one is the
report's, its section line above it no agenda item (casefolded, normalised)."""

WRAPPED_ORGANISATION_TAILS: Final = frozenset(
    {"Kommune", "Kommunes", "Region", "Universitet", "A/S", "ApS"}
)
"""The last word of an organisation that a PDF's narrow table column may wrap alone into the
row under it ("| Lene Friis | Struer |" over "| | Kommune |"): that row goes on the one above."""

DETAIL_COLUMNS: Final = frozenset(
    {
        "parti",
        "titel",
        "funktion",
        "organisation",
        "rolle",
        "stilling",
        "party",
        "title",
        "role",
        "post",
        "hverv",
        "afdeling",  # "| Deltagere | Afdeling |": a housing board's members and their estates
        "enhed",
        "forvaltning",
        "kommune",
        "virksomhed",
        "firma",
        "forening",
        "institution",
    }
)
"""Header cells beside a people column ("| Medlemmer | Parti |"): such a row is a table's
header, not a key-value row."""

ITEM_GUEST_SENTENCE: Final = (
    r"^(?:(?P<who>[A-ZÆØÅ](?:[^.;:]|(?<=\s[A-ZÆØÅ])\.){3,120}?),?\s+(?:deltog|deltager)\s+"
    r"(?:(?:under|i|ved)\s+"  # (an initial's full stop in it: "Nykøbing F. Sygehus")
    r"(?:punktet|dette punkt|behandlingen(?: af punktet)?|sagen)\b|(?:fra\s+)?kl\.\s?\d)"
    r"|(?:Under|I|Ved)\s+(?:punktet|dette punkt|behandlingen(?: af punktet)?|sagen)\s+"
    r"(?:deltog|deltager)\s+(?P<after>[^.;:]{3,120}?)(?:,?\s+(?:som|der)\s[^.]*)?\.?$)"
)
"""A sentence of item text naming someone who took part in that item only ("Projektleder Søren
Vammen, Teknik og Miljø, deltog under punktet og gennemgik ...", "Under punktet deltager
direktør Anja Kirk, Trafikselskabet Vestbus.", "Udvalgsformand Kirsten Holm (A) deltager kl.
10.00-10.45 og fortæller ..."): a guest (group "who" or "after")."""

BYLINE_WORDS: Final = (
    "opslået", "skrevet af", "indsendt af", "lagt op af", "posted", "published", "written by",
    "oprettet af", "redigeret", "sidst redigeret", "senest opdateret", "sidst opdateret",
    "publiceret", "udgivet",
)  # fmt: skip
"""A web page's byline ("Opslået af webmaster · 16. juli 2025 · Kategori: Referater"): a date
after it, within 40 characters, is when the page was posted, not the meeting's date."""

STAND_IN_HINTS: Final = ("stedfortræder", "suppleant", "i stedet for")
"""Words (lower case) without which a sentence of item text names no substitute: "Stedfortræder
Pia Holt deltog i stedet for Mogens Dahl.", "Ole Bak deltog som suppleant for Eva Lind."."""
STAND_IN_ROLES: Final = frozenset({"stedfortræder", "suppleant"})
"""The roles of a substitute (``PERSON_ROLES``)."""

ELECTION_TITLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "valg af dirigent": "dirigent",
        "valg af ordstyrer": "ordstyrer",
        "valg af mødeleder": "mødeleder",
        "valg af referent": "referent",
        # an item named by the post alone ("1️⃣ Dirigent: Bjarne Hviid ... blev valgt.")
        "dirigent": "dirigent",
        "ordstyrer": "ordstyrer",
        "election of chairman": "dirigent",  # English minutes: the chairman of the meeting
        "election of chair": "dirigent",
        "election of chairperson": "dirigent",
        "election of chairman of the meeting": "dirigent",
        "election of chair of the meeting": "dirigent",
        "election of chairperson of the meeting": "dirigent",
    }
)
"""Item titles that elect one person to run or record the meeting: the person the item's text
names ("Bjarne Holm blev valgt.", "Valgt blev Bjarne Holm", "Bjarne Holm") takes the role."""

LEFT_OR_CAME: Final = (
    r"\b(?:forlod|gik|ankom|kom|mødte)\b[^.;]{0,30}?\b(?:mødet|kl\.?\s*\d|efter|under|fra|til)\b"
    r"|\bdeltog (?:fra|indtil|til)\b"
)
"""An absentee's entry saying she left or came during the meeting ("Jens Aagaard (C), der
forlod mødet kl. 16.50", "Fraværende: Allan Krog (O) forlod mødet efter punkt 2"): absent
from some items, not from the meeting."""

ELECTION_TITLE_STARTS: Final = ("valg af", "valg til", "election of", "election to")
"""Item titles that elect people ("Valg af dirigent og referent", "Valg til bestyrelsen"): text
that only names who was chosen for a role ("Dirigent: Mogens Friis. Referent: Tina Kruse.")
records an approval."""

ELECTED: Final = (
    r"^(?:(?:valgt(?:\s+blev)?|(?:enstemmigt\s+)?valgtes|foreslået(?:\s+og\s+valgt)?)\s*:?\s+"
    r"|(?P<proposed>(?:bestyrelsen|afdelingsbestyrelsen|formanden)\s+"
    r"(?:foreslog|pegede\s+på|indstillede)\s+(?=.*\bvalgt)))?"
    # proposed with her firm or town: "advokat Lene Skov, Advokathuset Silkeborg, som blev valgt"
    r"(?P<name>[^,;]{3,80}?(?(proposed)(?:,\s+[A-ZÆØÅ0-9][^,;]{1,60}?(?=,))?))"
    r"(?:,?\s+(?:der\s+|som\s+)?(?:blev\s+)?(?:enstemmigt\s+)?(?:foreslået\s+og\s+)?"
    r"(?:valgt|genvalgt|valgtes|was\s+elected(?:\s+(?:as\s+)?chair(?:man|person)?"
    r"(?:\s+of\s+the\s+meeting)?)?)"  # English: "X was elected chairman of the meeting."
    r"(?:\s+uden\s+modkandidat(?:er)?|\s+med\s+(?:akklamation|klapsalver|applaus|bifald)"
    r"|\s+enstemmigt)?"
    r"(?:,?\s+og\s+(?:konstaterede|takkede)\b.*)?)?\s*\.{0,3}$"  # (hand-typed: "valgt..")
)
"""The first sentence of an election item (matched ignoring case): "Bjarne Holm blev valgt.",
"Valgt blev advokat Lise Bang.", "Søren Vad blev valgt og konstaterede, at ...", "Bestyrelsen
foreslog Susanne Riis, som blev valgt med akklamation." (with her firm or town after a comma
when she was proposed so), "Bjarne Holm" (the name alone)."""

GUEST_ROLES: Final = frozenset({"gæst", "observatør"})
"""Roles (``PERSON_ROLES`` values) of a person who attends without being one of the body: an
entry with one of them in a list of attendees ("Ib Frandsen, ejendomsfunktionær (gæst)") is a
guest."""

GUEST_LABEL_ROLES: Final = MappingProxyType(
    {
        "gæst": "gæst",
        "gæster": "gæst",
        "guest": "gæst",
        "guests": "gæst",
        "observatør": "observatør",
        "observatører": "observatør",
        "observer": "observatør",
        "observers": "observatør",
    }
)
"""Words of a guests list's label that say what each person under it is: "Gæster:" gives each
the role ``gæst``, "Observatører:" ``observatør``, and "Evt. Observers/ Gæster:" (the label's
last such word wins) ``gæst``. Other guest labels ("Desuden deltog:", "Fra forvaltningen:")
give no role."""

ASSEMBLY_CHAIR_ROLE: Final = "dirigent"
"""The role of a general assembly's chair: she conducted the meeting, so she attended it."""

VOTE_COUNTER_ROLE: Final = "stemmetæller"
"""The role of a vote counter: present at the meeting, but no sign that it lists its attendees."""

VOTE_COUNTER_HINTS: Final = ("stemmetæl", "stemmeudvalg")
"""Words (lower case) without which a line of item text names no vote counter."""

VOTE_COUNTERS: Final = (
    r"^(?:som\s+|i\s+)?(?:stemmetællere?|stemmeudvalg(?:et)?)\b\s*"
    r"(?::|valgtes|blev(?:\s+valgt)?|var|er|består\s+af|bestod\s+af)?\s*"
    r"(?P<names>.+?)\.?$"
    r"|^(?P<before>.+?)\s+(?:blev\s+valgt|valgtes|var|er)\s+(?:som\s+|til\s+|i\s+)?"
    r"(?:stemmetællere?|stemmeudvalg(?:et)?)\b"
)
"""A sentence of item text naming the vote counters of a general assembly (matched ignoring
case): "Stemmetællere: Ole Bak og Tina Friis", "Som stemmetællere valgtes Karin Holm og Jørgen
Lauridsen.", "Ib og Karen blev valgt som stemmetællere.", "Stemmeudvalg: Ib og Karen" (the
counters as a committee), "Ib og Karen blev valgt til stemmeudvalget."; they are attendees with
the role stemmetæller."""

FOR_ONE_ITEM: Final = (
    r"\b(?:under|i|ved|fra|til)\s+(?:behandlingen|punkt|pkt|sagen|dette|denne|drøftelsen"
    r"|afstemningen)\b"
)
"""In a sentence about people (matched ignoring case): the sentence is about one item only
("Ole Bak deltog som suppleant for Eva Lind under behandlingen af punktet"), not the meeting."""

AGENDA_HEADINGS: Final = frozenset(
    {
        "dagsorden",
        "dagsordenen",
        "dagsorden for mødet",
        "forslag til dagsorden",
        "endelig dagsorden",
        "tillægsdagsorden",
        "tillægsdagsordenen",
        "tillægsdagsorden til mødet",
        "indholdsfortegnelse",
        "indhold",
        "indholdsoversigt",
        "punkter",
        "dagsordenspunkter",
        "emner",  # a Teams recap's "Emner" (topics) over the items
        "agenda",
        "program",
        "generalforsamlingen har følgende dagsorden",
        "generalforsamlingen har indtil videre følgende dagsorden",
        "dagsorden blev behandlet således",
        "punkter på dagsordenen",
    }
)
"""Headings that open the list of agenda items."""

MINUTES_HEADINGS: Final = frozenset(
    {
        "referat",
        "mødereferat",
        "møde referat",
        "referat af mødet",
        "referat fra mødet",
        "beslutninger",
        "beslutningsreferat",
        "minutes",  # English: "## Agenda" over the items, "## Minutes" over their minutes
        "meeting minutes",
        "minutes of the meeting",
        "protokol",
        "referat:",
        "mødenoter",  # a Teams meeting's "Mødenoter" / "**Noter**" over its topics
        "noter",
        "meeting notes",
    }
)
"""Headings that open the minutes part of a document."""

HEADER_HEADINGS: Final = frozenset(
    {
        "mødefakta",
        "mødeinformation",
        "mødeoplysninger",
        "praktisk",
        "praktiske oplysninger",
        "møde",
    }
)

ONE_ITEM_PART_HEADINGS: Final = frozenset({"lukket punkt", "åbent punkt", "lukket sag"})
"""A heading over the one item of a meeting's part ("## Lukket punkt" over "11. Personalesag"
after the last open item): the item goes on the agenda's numbers. Under an item's own heading
the same words are that item's status, so they mark no part."""

MEETING_PART_HEADINGS: Final = frozenset(
    {
        "åbent møde",
        "lukket møde",
        "åbne punkter",
        "lukkede punkter",
        "åben dagsorden",
        "lukket dagsorden",
    }
)
"""Lines that mark the open and the closed part of a meeting ("Lukket møde" between items): a
note wherever they stand alone, as a heading or as plain text."""

DECISION_SUMMARY_HEADINGS: Final = frozenset(
    {
        "beslutningsoversigt", "oversigt over beslutninger", "beslutningsliste", "beslutninger",
        "beslutninger kort", "beslutninger i korte træk", "beslutninger i kort form",
        "kort oversigt", "kort opsummering", "opsummering af beslutninger", "beslutningsresumé",
        "resumé af beslutninger", "overblik over beslutninger", "vedtagelser",
    }
)  # fmt: skip
"""Headings over a summary table of the items' decisions ("**Beslutningsoversigt**" over "| Sag
| Emne | Beslutning |"): after the last item, the meeting's note, not that item's text."""

AGENDA_GROUP_HEADINGS: Final = frozenset(
    {
        "orienteringspunkter", "beslutningspunkter", "drøftelsespunkter", "debatpunkter",
        "punkter til orientering", "punkter til beslutning", "punkter til drøftelse",
        "sager til orientering", "sager til beslutning", "sager til drøftelse",
        "orienteringssager", "beslutningssager", "drøftelsessager",
    }
)  # fmt: skip
"""Headings that group the items by what is done with them ("## Punkter til drøftelse" over
"### Pkt. 3 ..."): as a heading or bold line they end the item above, a note of their own."""

TOPIC_LIST_HEADINGS: Final = frozenset(
    {
        "notes", "noter", "mødenoter", "meeting notes", "notater", "referat", "drøftelse",
        "drøftelser", "discussion", "diskussion", "discussion items", "diskussionspunkter",
        "emner", "punkter",
    }
)  # fmt: skip
"""A note template's heading over the meeting's topics as bold bullets ("## Notes" over "-
**Vejvedligehold**" and its sub-bullets, as Google Docs' meeting notes write them): each bold
bullet of the first level is an unnumbered item."""

NOTE_HEADINGS: Final = MEETING_PART_HEADINGS | frozenset(
    {
        "status",
        "møde indhold",
        "mødeindhold",
        "møde beskrivelse",
        "mødebeskrivelse",
        "baggrundsmateriale",
        "mødepræsentation og baggrundsmateriale",
        "beslutnings og action logs",
        "beslutnings- og actionlogs",
        "underskrifter",
        "underskrift",
        "næste møde",
        "links til evt. mødepræsentation og baggrundsmateriale",
        "link til beslutningslogs",
        "beslutningslog",
        "beslutningslog (uddrag)",
        # a meeting-notes template's goals over its discussion table (Confluence: "Mål",
        # "Diskussionspunkter", "Action items")
        "mål",
        "mødets mål",
        "mål for mødet",
        "formål med mødet",
        "goals",
    }
)

TASK_HEADINGS: Final = frozenset(
    {"opgaver", "opgaveliste", "huskeliste", "action items", "action points", "to do", "todo"}
    | frozenset({"to-do", "to-dos", "todos", "actions", "next steps"})
    | frozenset({"opfølgning", "opfølgningspunkter", "handlingspunkter", "aktionspunkter"})
    | frozenset({"opfølgningsopgaver", "opgaver til opfølgning"})
    | frozenset({"handlingsliste", "aktionsliste", "opfølgningsliste", "action log", "actionlog"})
)
"""Headings of a task list after the items ("**Opgaver**"): no agenda topic of their own."""

OUTCOME_SUMMARY_HEADINGS: Final = frozenset(
    {"oversigt over afgørelser", "oversigt over beslutninger", "beslutningsoversigt",
     "afgørelsesoversigt", "oversigt over sagerne", "oversigt over sager", "resumé af beslutninger"}
)  # fmt: skip
"""Headings of a summary after the items ("OVERSIGT OVER AFGØRELSER" over a table of the
cases): the last item ends before it."""

ITEM_KEYWORDS: Final[tuple[str, ...]] = (
    "dagsordenspunkt",
    "dagsordenpunkt",
    "punkt",
    "pkt.",
    "pkt",
    "ad.",
    "ad",
    "sag nr.",
    "sag",
    "item",
)
"""Words written before an item number: "Punkt 4:", "Pkt. 4", "Ad 4", "Sag 129", "Item 4"."""

DOCUMENT_KINDS: Final[tuple[tuple[str, DocumentKind], ...]] = (
    ("beslutningsreferat", DocumentKind.REFERAT),
    ("referat", DocumentKind.REFERAT),
    ("protokol", DocumentKind.REFERAT),
    ("logbog", DocumentKind.REFERAT),
    ("indkaldelse", DocumentKind.INDKALDELSE),
    ("indkalder", DocumentKind.INDKALDELSE),
    ("indkaldes", DocumentKind.INDKALDELSE),
    ("dagsorden", DocumentKind.DAGSORDEN),
    ("agenda", DocumentKind.DAGSORDEN),
    ("minutes", DocumentKind.REFERAT),
)
"""Words in the title that name the kind of document (first match wins)."""

HYBRID_WORDS: Final = frozenset({"hybrid", "hybridt", "hybridmøde", "hybridmødet"})
MEETING_FORM_LABELS: Final = frozenset({"mødeform", "form", "format"})
"""Labels of a field that says how the meeting was held ("Mødeform: Hybridmøde", "Mødeform:
Fysisk"): online words in its value make the place virtual or hybrid."""
"""Words of a location that say the meeting is held in a room and online at once (its
``hybrid`` and ``virtual`` are true)."""

MEETING_MODE: Final = (
    r"^(?:online|online-?deltagelse|virtuel deltagelse|deltag online|deltagelse online"
    r"|teams-?link|zoom-?link|link til (?:teams|zoom|mødet))\s*:\s*\S"
    r"|\b(?:mødet|generalforsamlingen|bestyrelsesmødet|rådsmødet|møderne)\s+(?:er|var|blev|bliver"
    r"|holdes|holdtes|afholdes|afholdtes|foregår|foregik)\s+(?:afholdt\s+|holdt\s+)?"
    r"(?:som\s+)?(?:et\s+)?(?:hybrid|hybridt|hybridmøde|online|onlinemøde|virtuelt|videomøde"
    r"|via teams|på teams|via zoom|på zoom)\b"
    # "På grund af forsamlingsforbuddet holdes generalforsamlingen online via Zoom."
    # "På grund af corona-restriktionerne blev mødet afholdt online via Microsoft Teams."
    r"|\b(?:holdes|holdtes|afholdes|afholdtes|foregår|foregik|blev|var)\s+(?:mødet"
    r"|generalforsamlingen|bestyrelsesmødet|rådsmødet)\s+(?:afholdt\s+|holdt\s+)?"
    r"(?:som\s+)?(?:et\s+)?(?:hybrid|hybridt|hybridmøde|online"
    r"|onlinemøde|virtuelt|videomøde|via teams|på teams|via zoom|på zoom)\b"
    # "der er mulighed for at deltage via Microsoft Teams": a room, and online too
    r"|\b(?:mulighed for at|muligt at)\s+deltage\s+(?:og stemme\s+)?(?:virtuelt\s+|digitalt\s+)?"
    r"(?:via|på|over|online)\b(?:\s+(?:microsoft\s+)?(?:teams|zoom|video|skype|jitsi)\b)?"
    # "Der var mulighed for deltagelse via Microsoft Teams."
    r"|\bmulighed for (?:online-?\s?|virtuel |digital )?deltagelse\s+(?:via|på|over|online)\b"
    # "Online deltagelse via Teams er mulig", "Virtuel deltagelse er muligt"
    r"|\b(?:online|virtuel|digital)\s*-?\s*deltagelse\s+(?:(?:via|på|over)\s+(?:microsoft\s+)?"
    r"\w+\s+)?(?:er\s+)?muligt?\b"
)
"""A header sentence or label that says how the meeting was held ("Mødet blev afholdt som
hybridmøde.", "Generalforsamlingen afholdes hybridt.", "... holdes generalforsamlingen online
via Zoom.", "Online: mumble.flug.dk"; matched on
lower-case text): the meeting is ``virtual``, and ``hybrid`` when it has a room too or the
sentence says so."""

VIRTUAL_WORDS: Final = HYBRID_WORDS | frozenset(
    {
        "teams",
        "online",
        "virtuel",
        "virtuelt",
        "zoom",
        "skype",
        "onlinemøde",
        "videomøde",
        "web",
        "webex",
        "jitsi",
        "meet",  # Google Meet
        "discord",
        "mumble",
        "lync",
    }
)

_APPROVING: Final = (
    r"(?:godkend|tiltr(?:å|aa|æ)d|anbefal|vedtag|vedtog|imødekom|bevilg|bevillig|accepter"
    r"|approv|adopt"
    # "Indstilles til Erhvervsstyrelsen med ...": recommended on to the body that decides (not
    # "indstilles til afslag", "indstilles til orientering")
    r"|indstilles\s+(?:til|over\s+for)(?=\s+(?!afslag\b|at\b|orientering\b)\w))\w*"
)
# "med enkelte rettelser", "med de på mødet aftalte ændringer" (not "med henblik på")
_CHANGES: Final = (
    r"(?!henblik\b)(?:[\w-]+ ){0,4}?"
    r"(?:rettelse|ændring|bemærkning|tilføjelse|justering|præcisering|betingelse|tilretning"
    r"|tilføjede punkt)"  # "Dagsordenen blev godkendt med det tilføjede punkt."
)

_DECIDED_TO: Final = (
    r"\b(?:(?:det )?blev )?(?:besluttede|besluttet|beslutter|besluttes|valgte|vælger|enedes)"
    r"(?: [\w-]+){0,3}? at:?(?: [a-z]\))? "
)
"""A decision to do something ("besluttede menighedsrådet at", "det blev besluttet at",
"enedes man om at", "besluttede at: a)"): the verb after it is what was decided."""

OTHER_ITEM_WITHDRAWN: Final = (
    r"\b(?:punkt|pkt\.?)\s*(\d{1,3})\s+(?:(?:er|blev)\s+)?"
    r"(?:udgik|udgår|udgået|bortfaldt|bortfalder|(?:trukket|taget)(?:\s+\w+){0,3}?)(?=[\s.,;]|$)"
    r"[^.\n]*\.?"
)
"""A sentence that another item was withdrawn ("Punkt 2 udgik."): no outcome of the item whose
text holds it, unless the number is its own."""

WITHDRAWN_TITLE: Final = (
    r"^\(?(?:(?:punkt(?:et)?|pkt\.?)(?:\s*\d{1,3})?\s+|sagen\s+)?(?:er\s+)?"
    r"(?:udgik|udgår|udgået|bortfaldt|bortfalder|trukket|aflyst)\)?\.?$"
)
"""An item head whose title only says it was withdrawn ("## 4. Punktet udgik", "Udgår")."""

WITHDRAWN_MARK: Final = (
    # (?:\s*[(\[]\s*(?:punktet\s+)?|\s+[-–—]\s+(?:punktet\s+)?), opening with one class
    r"[\s(\[](?:(?<=[(\[])\s*(?:punktet\s+)?|(?<=\s)\s*[(\[]\s*(?:punktet\s+)?"
    r"|(?<=\s)\s*[-–—]\s+(?:punktet\s+)?)"
    r"(?:udgår|udgik|udgået|bortfaldt|bortfalder|trukket|aflyst)\s*[)\]]?\.?$"
)
"""A title that ends by saying the item was withdrawn ("## 4. Vejnavne (udgår)", "4. Vejnavne –
udgået"): withdrawn, unless its own text decides it."""

ITEM_STATUS_REMARK: Final = (
    r"(?:^|(?<=[.!?:]\s)|(?<=,\s)|(?<=\bat\s)|(?<=\bidet\s)|(?<=\bdog\s))\(?"
    r"(?:(?:punkt(?:erne)?|pkt\.?|dagsordenspunkt|sag)\s*(?:nr\.?\s*)?"
    r"(\d{1,3}(?:(?:\s*,\s*|\s+og\s+|\s*&\s*)\d{1,3})*)(?![.,]?\d)|(punktet))"
    r"(?:\s*\([^()\n]{1,80}\)|\s+(?:om|vedr\.?|vedrørende)\s+[^.,;:()\n]{1,60}?)?,?\s+"
    r"(?:(?:er|blev|bliver|vil blive)\s+)?"
    r"(?:(udgik|udgår|udgået|bortfaldt|bortfalder|aflyst|aflyses|trækkes"
    r"|trukket(?:\s+(?:af|fra)\s+dagsordenen|\s+tilbage)?|taget\s+af\s+dagsordenen)"
    r"|(udsat|udsættes|udskudt|udskydes|ikke\s+behandlet|behandles\s+ikke|ikke\s+nået"
    r"|(?:flyttet|flyttes)\s+til\s+(?:næste|et\s+senere|et\s+kommende|senere)))\b"
    r"(?![^.\n]*\b(?:sidste|forrige|tidligere|seneste)\s+møde\b|[^.\n]*\bpå\s+mødet\s+(?:den|i)\b)"
    r"[^.,;\n]*"
)
"""A remark that an item was withdrawn (group 3) or postponed (group 4), at the start of a
sentence: "Punkt 2 udgik.", "Pkt. 3 udsættes til næste møde.", "Punkt 5 blev trukket af
dagsordenen.", "Punkt 5 og 6 blev ikke behandlet." Group 1 is the item's number (or numbers);
group 2 ("Punktet udgår") means the item whose text holds it. Not about an earlier meeting
("Punkt 4 blev udsat på sidste møde"). After "at", "idet", "dog" or a comma ("Godkendt med den
ændring, at punkt 4 udgår.") only in the text of an item about the agenda (``AGENDA_ITEM_WORD``
in its title)."""

AGENDA_ITEM_WORD: Final = "dagsorden"
"""In an item's title, the item approves the agenda ("Godkendelse af dagsorden"): its text may
withdraw or postpone other items in the middle of a sentence."""

OUTCOME_PATTERNS: Final[tuple[tuple[str, Outcome], ...]] = (
    (
        r"\budgår\b|\budgik\b|\btrukket tilbage\b|\btaget af dagsordenen\b"
        r"|\b(?:punktet|sagen|forslaget) (?:blev |er |bliver )?trukket\b"
        r"|\btrukket (?:fra|af) dagsordenen\b|\btrukket af (?:forslagsstiller|ansøger)(?:en)?\b"
        r"|\b(?:punktet|sagen|forslaget) trækkes\b|\btrækkes (?:tilbage|fra dagsordenen)\b"
        r"|\btrak (?:\w+ ){0,4}tilbage\b"
        r"|\btrukket (?:\w+ ){1,3}tilbage\b"  # "har trukket forslaget tilbage"
        r"|^trukket\.?$"  # "Beslutning: Trukket."
        r"|^trukket af (?:[\w-]+ ){0,2}?[\w-]+(?:en|et|erne)\b"  # (by a side, a body, ...:
        # "Trukket af medarbejdersiden, da ...", "Trukket af forvaltningen.")
        r"|\btrak (?:sit|sine|sin|deres) (?:\w+ )?(?:forslag|ansøgning)(?!\w| om\b)"
        # the proposer after the verb: "Herefter trak Erik Schou sit forslag."
        r"|\btrak (?:[\w-]+ ){1,3}(?:sit|sine|deres) (?:\w+ )?(?:forslag|ansøgning)(?!\w| om\b)"
        r"|\bbortfald(?:t|er)\b(?<!stemmelighed bortfaldt)(?<!stemmelighed bortfalder)"
        r"(?! (?:på grund af|pga\.?|ved) stemmelighed)"
        # ("trak forslaget", "Herefter trak Jonas Bech forslaget.")
        r"|\btrak (?:[\w-]+ ){0,3}(?:forslaget|ansøgningen)\b(?! om\b)|\bwithdrawn\b"
        # an appeal taken back: "Klager har den 10/6 2025 tilbagekaldt klagen."
        r"|\btilbagekald(?:t|te|er)(?: sin| sit)? (?:klagen|klage|ansøgningen|ansøgning"
        r"|forslaget|forslag)\b|\b(?:klagen|ansøgningen|forslaget) (?:er |blev )?tilbagekaldt\b",
        Outcome.WITHDRAWN,
    ),
    (
        # (the words between may be amounts: "godkendte tilbuddet på 142.500 kr. ekskl. moms, under
        # forudsætning af ...")
        rf"\b(?:{_APPROVING}|besluttede|tilslut(?:tede|ter) sig)(?: {_APPROVING})?"
        r"(?:,? (?:[\w.()-]+)){0,12}?"  # ("vedtaget med 4 stemmer mod 1 (Torben Krag) med ...")
        rf",? (?:dog |men |but )?(?:(?:med|m/|m\.) {_CHANGES}"
        r"|på betingelse af\b|under forudsætning af\b"
        # English: "approved the budget, subject to ...", "approved, with the change that ..."
        r"|subject to\b|provided that\b|on (?:the )?condition that\b|with (?:the |a )?changes?\b"
        r"|med (?:en |et )?(?:reduceret|nedsat|forhøjet|ændret|justeret|maksimal)e?\b"
        r"|med (?:en |et )?(?:reduktion|nedsættelse|forhøjelse|nedskæring)\b"  # "... reduktion"
        r"|(?:men )?med (?:max\.?|maks\.?|højst) \d)"  # "Godkendt, men med max 60 billetter"
        # (also "besluttede at købe slyngen fra Bihuset (3.450 kr.), men med den ændring, at ...")
        rf"|\b(?:{_APPROVING}|valgte|besluttede|bakke[rd]? op om|blev enige om|enedes)\b"
        r"[^;]{0,100}?, "
        rf"(?:dog (?:med|uden|således|sådan|skal|blev|bliver|flyttes|ændres|rettes|tilføjes"
        rf"|strykes)\b|men med (?:den |de )?{_CHANGES})"  # ("..., dog skal koncerten flyttes")
        # "Det ændrede forslag blev vedtaget med 38 stemmer for": the proposal as changed (not
        # "Det reviderede budget blev godkendt": a revision laid before the meeting, approved)
        rf"|\b(?:ændrede|justerede|tilrettede)\s+"
        rf"(?:forslag|indstilling|budget|vedtægter|vedtægtsforslag|ændringsforslag)\w*"
        rf"\s+(?:blev\s+|er\s+)?(?:enstemmigt\s+)?{_APPROVING}"
        # "bakker op om forslaget, men datoen ændres til 1. april": the proposal, changed
        rf"|\b(?:{_APPROVING}|bakke[rd]? op om)\b[^;.]{{0,100}}?, men "
        r"(?:[^;.]|(?<=\d)\.(?=\d)){1,60}? ændres\b"  # (a section's number: "afsnit 4.2")
        # "Styregruppen godkendte en forlængelse af piloten, men kun til 31.03.2026."
        rf"|\b(?:{_APPROVING}|går videre med|kører videre med)\b[^;.]{{0,100}}?,? men kun\b"
        # ("Vi går videre med tilbuddet fra Miele, men kun hvis betalingen kan ske via app.")
        # "Budgettet blev vedtaget, men posten til hoodies blev sat ned fra 6.000 til 3.000 kr."
        rf"|\b{_APPROVING}\b[^;.]{{0,60}}?, men [^;.]{{1,60}}? (?:blev |bliver )?"
        r"(?:sat ned|nedsat|reduceret|sat op|hævet|forhøjet|ændret|strøget)\b"
        rf"|\b{_APPROVING}(?:,| [-–])? dog (?:således|sådan|med den|under forudsætning"
        # ("godkendt, dog flyttes ...", "Godkendt - dog skal det rettes ...")
        r"|på betingelse|blev|skal|flyttes|ændres|rettes|tilføjes|udgår|strykes"
        r"|hæves|sænkes|forhøjes|nedsættes|reduceres|øges)"  # ("dog hæves budgettet til ...")
        # "Godkendt, idet høringsperioden forlænges til ...": a condition or a change
        rf"|\b{_APPROVING}(?: [\w§.-]+){{0,8}}?,? idet (?!det\b)"  # (not "idet det blev oplyst")
        r"(?![^;]{0,60}\budgår\b)(?!\w+ (?:meddelte|oplyste|orienterede|bemærkede)\b)"
        # (not the majority it passed by: "vedtaget, idet over 2/3 af de afgivne stemmer var for")
        r"(?![^.;]{0,60}\b(?:afgivne stemmer|stemte for|stemmer for|flertal|\d/\d)\b)"
        # (nor an item moved behind closed doors: "Godkendt, idet punkt 7 behandles for lukkede
        # døre": the agenda approved as it stands, its item's hearing said)
        r"(?![^.;]{0,60}\blukkede\s+døre\b)"
        # (not the vote's rest: "Vedtaget med 5 stemmer mod 1, idet 1 medlem undlod at stemme")
        # (or a count that a hard wrap cut from its verb: "..., idet 1" / "medlem undlod ...")
        r"(?!(?:\d{1,3}|en|et|én|ét|to|tre|fire)"
        r"(?:\s(?:[\w-]+\s){0,2}(?:undlod|stemte|afstod)\b|\s*$))"
        # (not "idet § 6 udgår": a point taken off; not "idet borgmesteren meddelte, at ...";
        # nor a wish or request beside the approval: "idet udvalget ønsker en evaluering",
        # "idet kommissionen samtidig anmoder direktøren om en handleplan")
        r"(?!(?:[\w-]+ ){1,3}(?:samtidig |også |dog )?(?:ønsker|ønskede|anmoder|anmodede|beder|bad"
        r"|forventer|opfordrer|opfordrede|henstiller|henstillede|understreger|bemærker)\b"
        # (but "idet udvalget ønsker en stiforbindelse indarbejdet": a change asked for)
        r"(?![^.;]{0,60}\b(?:indarbejdet|tilføjet|ændret|medtaget|præciseret|justeret|rettet"
        r"|udvidet|fjernet|strøget|indskrevet|skrevet ind|frem for)\b))"  # ("... i 2026 frem for")
        rf"|\b(?:{_APPROVING}|besluttede|yde|give)\b[^;]{{0,60}}?\bi stedet for "
        r"(?:(?:de |det |den )?"
        r"(?:ansøgte|søgte|indstillede|foreslåede)\b"  # "Bevilget med 400.000 kr. i stedet for"
        # "godkendt med ombygning i uge 9-10 i stedet for uge 3-4 som foreslået"
        r"|[^;.]{1,40}? som (?:foreslået|indstillet|ansøgt|planlagt)\b)"
        # "Bevilget 10.000 kr., ikke de ansøgte 15.000 kr.": less than was asked for
        rf"|\b(?:{_APPROVING}|yde|give)\b[^;]{{0,60}}?,? (?:men )?ikke (?:de |det |den )?"
        r"(?:ansøgte|søgte|indstillede|foreslåede)\b"
        r"|\bmed følgende (?:rettelser|ændringer)\b|\bmed de (?:nævnte|anførte) ændringer\b"
        # "Godkendt. Punkt 4.3 blev tilføjet på Olivers opfordring.": the agenda, an item added
        r"|\bpunkt(?:\s+[\d.]+[a-z]?)?\s+(?:blev\s+)?tilføjet\b"
        # "Udvalget sagde ja, men med den ændring at ...": yes, and a change
        r"|\b(?:siger|sagde) ja\b[^;.]{0,40}?,? (?:men )?med (?:den|en|de|følgende) ændring"
        # "med denne rettelse blev referatet godkendt": the change named before the approval
        r"|\bmed (?:denne|disse|den|de|ovennævnte|nævnte) (?:[\w-]+ )?"
        rf"(?:rettelse|ændring|tilføjelse|justering|præcisering)\w*,? (?:blev|er|var) "
        rf"(?:[\w-]+ ){{0,3}}?{_APPROVING}"
        # "Bestyrelsen kunne tilslutte sig ændringen": agreeing to a change
        r"|\b(?:(?:kunne|kan) )?tilslut(?:tede|ter|te) sig (?:den |de )?(?:foreslåede )?"
        r"(?:ændringen|ændringerne|rettelsen|rettelserne)\b"
        r"|\bapproved(?: [\w-]+){0,3}? with (?:the |a |an |one |two |three |minor |some |small )?"
        r"(?:[\w-]+ )?(?:changes?|amendments?|corrections?|additions?)\b"  # "with the AOB addition"
        r"|\bapproved,? (?:subject to|provided|on (?:the )?condition)\b"
        r"|\bdelvis(?:t)? medhold\b",  # an appeal granted in part: "Klager gives delvis medhold."
        Outcome.APPROVED_WITH_CHANGES,
    ),
    (
        r"\budsat\b(?! for\b(?! nu\b))|\budsættes\b|\budskydes\b|\budskudt\b"
        r"|\bgenoptages\b(?! til (?:2\.|anden) behandling)"  # (a second reading is no delay)
        r"|\bsat i bero\b"
        r"|\btages op (?:igen )?på (?:et )?(?:næste|senere|kommende)\b"
        r"|\btages op igen\b(?!,? (?:under|i forbindelse med) )"  # ("..., når Bjarne er tilbage")
        # "Tages op i marts.", "Tages op igen i foråret.": at a later meeting, named by its time
        r"|\btages op (?:igen )?i (?:januar|februar|marts|april|maj|juni|juli|august|september"
        r"|oktober|november|december|foråret|sommeren|efteråret|vinteren|det nye år)\b"
        # "Sagen kommer på igen i januar": the matter, on a later meeting's agenda
        r"|\b(?:punktet|sagen|emnet) kommer (?:på|op) igen\b"
        r"|\bflytte[st] til (?:næste|et senere|et kommende)\b"
        # "Punktet flyttes til mødet den 4. december": the item, to a later meeting
        r"|\b(?:punktet|sagen|emnet|oplægget|drøftelsen) (?:blev |er )?flyttet til (?:mødet|møde)\b"
        r"|\b(?:punktet|sagen|emnet|oplægget|drøftelsen) flyttes til (?:mødet|møde)\b"
        r"|\b(?:behandles|godkendes|besluttes|vedtages|afgøres|vælges|drøftes)"
        r"(?: (?:igen|endeligt?|først|videre))? på (?:næste|et senere|et kommende"
        r"|mødet i (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober"
        r"|november|december))\b"  # "... høringssvar, som godkendes på mødet i november"
        r"|\bendelig (?:vedtagelse|beslutning|godkendelse|behandling) på"
        r" (?:næste|et senere|et kommende)\b"
        r"|\bikke behandlet\b|^ikke nået\b"
        r"|\bsættes på (?:dagsordenen|dagsorden) (?:til|på) (?:mødet|næste|et senere)\b"
        r"|\bta(?:ges|ger(?: (?:den|det|sagen|punktet|emnet))?)(?: op)?(?: på| til)?"
        r"(?: et| det| den)? (?:næste|senere|kommende)\b"
        r"|\b(?:punktet|punkterne|sagen|sagerne) (?:blev |er )?ikke nået\b(?! sidst\b)"
        r"|\bnåede ikke at\b"
        r"|\bvent(?:er|ede)? med (?:det|den|sagen|punktet|en beslutning|beslutningen"
        r"|at [\w-]+(?: [\w-]+){0,3}?),? til\b"  # "venter med at se på taksterne til da"
        # "Det venter vi med til foråret", "Det vil vi gerne vente med"
        r"|\b(?:det|den|sagen|punktet) vent(?:er|ede) (?:vi|man|bestyrelsen) med\b"
        # "..., så det venter til næste møde": the matter waits for a later meeting
        r"|\b(?:det|den|sagen|punktet|beslutningen) vent(?:er|ede) til (?:næste|et senere"
        r"|et kommende|vi)\b"
        r"|\b(?:det|den|sagen|punktet) vil (?:vi|man|bestyrelsen) (?:gerne )?vente med\b"
        rf"|{_DECIDED_TO}(?:udsætte|udskyde|vente (?:med|til))\b"
        r"|\benig(?:e|hed)? om at (?:udsætte|udskyde)\b"
        r"|\bikke (?:endeligt? )?besluttet\b(?! noget\b)"  # (not "ikke besluttet noget")
        r"|\bsendes tilbage til\b|\bsendt tilbage til\b|\bsendte sagen tilbage\b"
        r"|\bpostponed\b|\bdeferred\b|\bcarried (?:over|forward)\b"
        r"|\b(?:agreed|decided|resolved) to (?:postpone|defer)\b"  # "It was agreed to postpone"
        r"|\b(?:will be|to be) (?:discussed|decided|taken up) (?:again )?at (?:the |a )?"
        r"(?:next|later|future)\b",
        Outcome.POSTPONED,
    ),
    (
        r"\bforkastet\b|\bforkastes\b|\bafvist\b|\bafvises\b|\bnedstemt\b|\bstemt ned\b"
        # "Indstillingen faldt ved stemmelighed.", "Forslaget faldt."
        r"|\b(?:indstillingen|forslaget|ændringsforslaget|ansøgningen) faldt\b"
        r"|\b(?:(?:indstillingen|forslaget|ændringsforslaget|ansøgningen) (?:er|var)"
        r"|(?:er|var) (?:indstillingen|forslaget|ændringsforslaget|ansøgningen)) faldet\b"
        r"|\bbortfaldt (?:på grund af|pga\.?|ved) stemmelighed\b"
        r"|\bved stemmelighed (?:bortfaldt|bortfalder|faldt)\b"
        r"|\bafvis(?:te|er) (?!\w+ (?:om|at)\b)"  # "Bestyrelsen afviser forslaget og ..."
        r"(?<!\bde afviste )(?<!\bdet afviste )(?<!\bden afviste )(?<![0-9] afviste )"  # (not
        # "følger op på de 412 afviste poster": the word as an adjective)
        r"|\bblev ikke tiltrådt\b|\bkunne ikke anbefale\b|\bvælges ikke\b"
        rf"|\bikke (?:at )?{_APPROVING}\b(?! endnu\b)"
        rf"|\b{_APPROVING}(?: (?:dog|derfor|det|den|dem|forslaget|ansøgningen|sagen))? ikke\b"
        rf"|\b(?:kan|kunne|vil|ville) ikke (?:\w+ )?{_APPROVING}"
        r"|\bbesluttede? ikke at\b|\bbeslutter ikke at\b|\b(?:blev )?besluttet ikke at\b"
        # "... besluttede bestyrelsen ikke at gå videre": the subject after the verb
        r"|\bbeslutte(?:de|r) (?:bestyrelsen|udvalget|rådet|styregruppen|vi|man|[a-zæøå]+(?:et|en))"
        r" ikke at\b"
        r"|\b(?:valgte|vælger) ikke at\b"
        rf"|{_DECIDED_TO}(?:afvise|afslå|forkaste|give afslag|meddele afslag|give et afslag)\b"
        r"|\bafslag\b|\bafslog\b|\bafslået\b|\bafslås\b"
        r"|\b(?:forslag|ændringsforslag|indstilling)\w* faldt\b"
        # "Forslaget falder.", a vote's result "3 for, 4 imod → falder"
        r"|\b(?:forslag|ændringsforslag|indstilling|ansøgning)\w* falder\b(?! (?:bort|ud|på|i|ind))"
        r"|\bfalder\b(?:(?<=→ falder)|(?<=→ \*\*falder)|(?<=-> falder)|(?<=^falder)"
        r"|(?<=^\*\*falder))"
        r"|\bfaldt med (?:\d+|[a-zæøå]+) (?:stemmer? )?(?:mod|imod|for)\b|\bfaldt med \d+ stemmer\b"
        r"|\bikke (?:det (?:nødvendige|fornødne) |tilstrækkeligt? )?(?:[\d/]+ )?flertal\b"
        r"|\bflertal imod\b(?! at\b)|\btilslut(?:tede|ter) sig ikke\b|\bkunne ikke tilslutte sig\b"
        r"|\bflertal(?: \([^)]{0,40}\))? (?:stemte|stemmer) imod\b(?! at\b)"
        r"|\bikke (?:blevet )?bifald(?:t|es)\b"
        r"|\brejected\b|\bnot (?:approved|adopted|carried|agreed|accepted)\b|\bdeclined\b"
        r"|\b(?:siger|sagde) nej tak til\b"  # "Vi siger nej tak til aftalen."
        r"|\b(?:siger|sagde) (?:vi|de|bestyrelsen|udvalget) nej tak\b"  # "Det sagde vi nej tak til"
        r"|\bikke taget til følge\b"  # a complaints board: "Klagen blev ikke taget til følge."
        r"|\bmeddele(?:s|r)\s+ikke\s+(?:[a-zæøå]+\s+)?(?:tilladelse|dispensation)\b"
        r"|\bikke (?:de|det) (?:nødvendige|fornødne) \d+/\d+\b"  # "... fik ikke de nødvendige 2/3"
        # an appeals board upholding the decision appealed: the appeal fails ("Skattestyrelsens
        # afgørelse stadfæstes.", "Nævnet stadfæster afgørelsen", "Klager gives ikke medhold.")
        r"|\bafgørelse(?:n)? (?:blev |bliver |er )?stadfæst(?:es|et)\b"
        r"|\bstadfæst(?:er|ede|es) (?:[\w-]+s )?afgørelse(?:n)?\b"
        r"|\b(?:gives|gav|fik|får|giver) (?:klager(?:en)? )?ikke medhold\b",
        Outcome.REJECTED,
    ),
    (rf"{_DECIDED_TO}tage (?:[\w-]+ ){{0,3}}?til (?:efterretning|orientering)\b", Outcome.NOTED),
    (
        r"\bgodkend(?:t|te|tes|er|es)\b|\btiltr(?:å|aa)d(?:t|te|tes|er)\b"
        # (not taking up a post: "Ny direktør ... tiltræder 1. december", "tiltræder stillingen")
        r"|\btiltræd(?:er|es)\b(?!\s+(?:\d|den\s+\d|pr\.|per\b|stillingen|som\b|i\s+stillingen))"
        r"|\bvedtag(?:et|es)\b|\bprincipgodkend(?:t|te|es)\b|\bbevillige(?:t|de|s)\b|\bbevilgede\b"
        r"|\budpeget\b|\budpegede\b|\budpeges\b|\bkonstituerede sig\b|\bkonstitueret\b"
        r"|\benige? i indstillingen\b"
        r"|\bvedtog\b|\bbesluttede\b|\bblev besluttet\b|\bdet besluttedes\b"
        r"|\bbesluttet\b(?<!intet besluttet)(?<!intet er besluttet)(?<!intet blev besluttet)"
        r"|\bbemyndige(?:de|r|s|t)\b"
        r"|\bvalgt(?:e|es)?\b|\bgenvalgt(?:e|es)?\b|\bnyvalgt(?:e|es)?\b|\banbefal(?:et|es|ede)\b|\bbevilge[ts]\b|\bbevilget\b"
        r"|\b(?:was|were) (?:unanimously )?(?:re-?)?elected\b"
        r"|\banbefaler (?:[\w-]{2,}(?:et|en|erne|ne)|(?:alle|begge)(?: \w+)? [\w-]{3,})\b"
        r"|\banbefaler (?:den|det|dem) (?:over ?for|til)\b"  # "... og anbefaler den over for"
        r"|\banbefaler (?!ikke\b)[\w-]{2,20}(?: [\w-]{1,20})? over ?for\b"  # "model B over for"
        # "Indstilles til Erhvervsstyrelsen.": recommended on (not "til afslag", "til orientering")
        r"|\bindstilles (?:til|over ?for) (?!afslag\b|at\b|orientering\b)\w"
        # "Følgegruppen anbefaler den reviderede tidsplan"
        r"|\banbefaler (?:den|det|de) [\w-]+(?:e|ede|te) [\w-]{3,}"
        r"|\bvælges\b"  # ("Rådet anbefaler alle tre projekter")
        # a general assembly's discharge: "meddelte enstemmigt decharge for direktion og ..."
        r"|\b(?:meddelte|meddeles|meddelt|gav|gives|givet) (?:\w+ ){0,3}?decharge\b"
        r"|\b(?:kan|kunne) (?:\w+ )?anbefale\b"
        r"|\bimødekom(?:met|mes)\b|\bkunne tilslutte sig\b|\btilslut(?:tede|ter) sig\b(?! ikke\b)"
        # "Beslutning: Der købes 4 bænke for max 18.000 kr.": what is to be done, in the passive
        r"|^der (?:[a-zæøå]+ )?(?:ind)?(?:køb|anskaff|bestill|oprett|nedsætt|ansætt"
        r"|igangsætt|etabler|afsætt|investér|invester)es\b(?! ikke\b)"
        r"|\bgodk\.(?!\w)|\bvedt\.(?!\w)"  # "godk. uden bemærkn.", "=> vedt. at købe ny"
        r"|^ok\b|^go\b(?!-|\s+live\b)"  # "Go – release 3.4 sættes i drift" (not "Go-live ...")
        r"|\bjuhu\b|\bapproved\b|\bagreed\b|\baccepted\b|\bstemt igennem\b|\bvedtoges\b"
        r"|\b(?:siger|sagde) ja til\b|\btakker ja til\b|\btakkede ja til\b"  # "vi siger ja til"
        # "Udvalget sagde ja, men ...", "Bestyrelsen sagde ja." (the body's answer)
        r"|\b(?:udvalget|bestyrelsen|rådet|styregruppen|forsamlingen|vi) (?:siger|sagde) ja"
        r"\b(?=[,.;]|$)"
        r"|\bblev fastsat\b|\bfastsattes\b|\bblev fastlagt\b|\bfastlagdes\b"
        # "Genvalg af revisor Birthe Ladekarl ...", "Udvalgene blev nedsat som anført ...",
        # "Valgbestyrelsen blev nedsat." (not "Taksten blev nedsat med 5 %": a reduction told)
        r"|^genvalg af\b|\bblev nedsat\b(?! (?:med|til|fra|i|på)\b)"
        r"|\bblev fastholdt\b|\bfastholdt uændret\b"
        r"|\baccepter(?:et|es|ede)\b|\banbefaler,? at\b|\bbifald(?:t|es)\b"
        r"|\bfastholdes\b(?! ikke\b)|\bfastsættes til\b|\bfastsat til\b"
        r"|\bbeslutter,? at\b|\bbesluttes,? at\b"
        r"|\bdet besluttes\b|\bblev enige om\b(?! at (?:udsætte|udskyde)\b)|\benedes om\b"
        r"|\bdet blev (?:vi|man|de) enige om\b"  # "billetter 80 kr – det blev vi enige om"
        r"|\b(?:vi )?går videre med (?:den |det |de )?(?:[\w-]+ )?"
        r"(?:tilbud|forslag|løsning|model|ansøgning|plan|projekt)\w*"
        # "afgav et høringssvar" (not "afgiver ikke høringssvar")
        r"|\baf(?:giver|gav|gives) (?:et )?(?!ikke\b)(?:[\w-]+ )?høringssvar\b"
        r"|\bstøtter (?:ønsket|forslaget|ansøgningen|indstillingen)\b"
        r"|\b(?:vi|alle) var enige\b(?! om at (?:udsætte|udskyde|afvise|ikke)\b)"
        # "Der var enighed om at slå stillingen op i marts." (not a view shared, "Der var bred
        # enighed om, at model B er bedst", nor waiting, "... om at tage det op igen")
        r"|\bder var enighed om,? at\b"
        r"(?![^.;]*\b(?:igen|udsætte|udskyde|afvente|vente|afvise|ikke|er)\b)"
        # "Oversendes til Økonomiudvalget med udvalgets anbefaling.": recommended onwards
        r"|\boversendes til [^.;]{2,60}? med (?:\w+ )?anbefaling\b"
        r"|^alle enige\b(?! om at (?:udsætte|udskyde|afvise|ikke)\b)|^go(?:[.!]|$)"
        r"|\bok fra (?:alle|bestyrelsen|hele bestyrelsen)\b"  # "... som sidste år. ok fra alle"
        # informal minutes' decision: "vi gør det", "vi gør som sidste år"
        r"|^vi gør (?:det|som)\b"
        # an authority's grant: "Udvalget meddeler tilladelse til ...", "Dispensation meddeles
        # på vilkår af, at ..." (not "meddeles ikke")
        r"|\b(?:meddeler|meddeles|meddelte|meddeltes)\s+(?!ikke\b)(?:[a-zæøå]+\s+)?"
        r"(?:tilladelse|dispensation|landzonetilladelse|byggetilladelse)\b"
        r"|\b(?:tilladelse|dispensation|landzonetilladelse)(?:en)?\s+meddeles\b(?!\s+ikke\b)"
        r"|\balle (?:er )?enige(?=[^\w]*$)"  # "Vi holder den som sidste år, alle enige 👍"
        r"|\bvælger\b(?! ikke\b| at (?:udsætte|udskyde)\b)"
        r"|\bbakkede (?:\w+ )?op om\b|\bbakker (?:\w+ )?op(?:,| og\b|\.)"
        r"|\bbakker (?:\w+ )?op om (?:forslaget|indstillingen|anbefalingen|aftalen|planen"
        r"|tilbuddet|projektet|løsningen|idéen|ideen)\b"
        # (or any thing in the definite form: "bakker op om ønsket", "... om ejerstrategien")
        r"|\bbakker (?:\w+ )?op om (?:det |den |de )?(?:[\w-]+ )?[\w-]{2,}(?:et|en|erne|ne)\b"
        r"|\bgav (?:sin |fuld |sin fulde )?opbakning til\b"
        r"|\b(?:referat(?:et)?|protokol(?:len)?|protokollat(?:et)?)(?: fra [^;]{0,40}?)?"
        r" (?:blev |er )?(?:læst op og |læst og |oplæst og )?underskrevet\b"
        # under "Underskrift af sidste mødes protokol": "Underskrevet.", "Blev oplæst og
        # underskrevet." (under "Referat fra sidste møde")
        r"|^(?:blev |er )?(?:læst op og |læst og |oplæst og )?underskrevet\b"
        r"|\b(?:blev|bliver|er) (?:\w+ )?optaget\b(?! (?:på|af|med|i)\b)"
        # "vi har sagt ja til at bruge op til 6.000 kr.", "Elevrådet stemte ja til caféen"
        r"|\b(?:siger|sagde|har sagt|sagt|stemte|stemmer) (?:\w+ )?ja til\b"
        r"|\b(?:bestyrelsen|udvalget|rådet|styregruppen|lokalrådet|forsamlingen|elevrådet"
        r"|ungdomsrådet|forældrerådet|skolebestyrelsen|afdelingsbestyrelsen|landsbyrådet"
        # "Bestyrelsen indstiller projektet til tilsagn", "Lokalrådet bevilger 2.000 kr.",
        # "Lokalrådet giver 2.500 kr. til båltaler"
        r"|menighedsrådet) (?:indstill(?:er|ede)|bevilger"
        r"|giver (?:op til )?\d[\d.]*(?:,-)? (?:kr|kroner)\b)\b(?! ikke\b)"
        # a licence or permit granted: "Nævnet meddelte alkoholbevilling for 5 år"
        r"|\bmeddelte (?:\w+ ){0,2}?(?:[\w-]*bevilling|[\w-]*tilladelse|dispensation)\b"
        r"|\badopted\b|\bresolved (?:to|that)\b|\bcarried\b(?! (?:over|forward)\b)"
        r"|\b(?<!ikke )taget til følge\b"  # "Klagen blev taget til følge." (upheld)
        # an appeal granted: "Klager gives fuldt medhold.", "Klageren fik medhold"
        r"|\b(?:gives|gav|fik|får|giver) (?:klager(?:en)? )?(?:fuldt?(?: ud)? )?medhold\b"
        # "Generalforsamlingen stadfæstede bestyrelsens beslutning." (but an appeals board's
        # "afgørelsen stadfæstes" rejects the appeal, above)
        r"|\bstadfæst(?:ede|er|es|et)\b"
        # discharge granted: "Decharge blev meddelt med alle stemmer", "Bestyrelsen fik decharge"
        r"|\bdecharge (?:blev |er )?(?:meddelt|givet)\b"
        r"|\b(?<!ikke )(?:fik|opnåede|meddeles|gives) (?:(?!ikke\b)\w+ )?decharge\b"
        # a committee recommending to the council: "Udvalget anbefaler over for Byrådet, at ..."
        # (from the verb on, after the body: a phrase must open with a word, "Socialudvalget")
        r"|(?:(?<=udvalget )|(?<=rådet )|(?<=bestyrelsen )|(?<=styregruppen )|(?<=enstemmigt ))"
        r"anbefaler\b(?! ikke\b)(?=,? (?:over for|overfor|til|at|byrådet|kommunalbestyrelsen))"
        # "KKR Sjælland indstiller til KL's bestyrelse, at ...", "RAR Fyn anbefaler over for
        # Beskæftigelsesrådet, at ...": a body's recommendation onwards
        # (not the administration's own: "Direktøren indstiller, at ...")
        r"|(?<!administrationen )(?<!forvaltningen )(?<!direktøren )(?<!direktionen )"
        r"(?<!sekretariatet )\b(?:indstiller|anbefaler) (?:over ?for|til) [^.;,]{2,60}?,? at\b"
        r"|\b(?:blev |er )?indstillet til (?:[\w-]+s )?(?:godkendelse|vedtagelse)\b"
        r"|\b(?<!ikke )(?:indstilles|indstillet|blev indstillet) til tilsagn\b"
        # "The committee recommended the admission of three applicants." (a body's, not a
        # speaker's recommendation)
        r"|\b(?:committee|board|council|group) (?:unanimously )?recommended\b",
        Outcome.APPROVED,
    ),
    (
        r"\bti[l1] efterretning\b|\borienteringen blev taget\b|\btaget til orientering\b"
        r"|\btaget til eft\.?(?:\s|$)"  # a volunteer's short "taget til eft.'
        r"|\borientering(?:en)? (?:blev )?givet\b"  # a closed item's "Orientering givet."
        r"|\btil orientering\b|\borienterede\b|\borienteret\b|\bnoteret\b|\bnoted\b"
        r"|\boplyste\b|\binformerede\b|\bmeddelte\b|\bfortalte\b|\bredegjorde\b"
        r"|\btook note\b|\btaken note\b|\btook (?:[\w-]+ ){1,3}to note\b",
        Outcome.NOTED,
    ),
    (
        r"\bdrøft(?:et|ede|es|ede)\b|\bdrøftelse\b|\bdiskuter(?:et|ede)\b|\bgennemgået\b"
        r"|\bgennemgik\b|\bbehandlet\b|\bbemærkede\b|\bpræsenterede\b|\bfremlagde\b"
        r"|\bblev aftalt\b|\baftalt\b|\baftaler\b|\bdiscussed\b"
        r"|\bikke truffet (?:nogen )?beslutning\b|\bingen beslutning\b"
        r"|\bintet (?:er |blev )?besluttet\b|\bikke besluttet noget\b",
        Outcome.DISCUSSED,
    ),
)
"""Decision phrases (regular expressions on casefolded text). In a sentence the first decisive
phrase wins; where phrases start at the same place, the earlier row of this table wins (so
"godkendt med ændringer" is approved with changes and "godkendte ikke" rejected)."""

VOTES_FOR: Final = (
    r"\bfor stemte:? (\d+)|\b(\d+) (?:stemte|stemmer|stemmer blev afgivet) for\b"
    r"|\b(\d+) for(?: og|,) \d+ imod|\b(?:for|ja): (\d+)"
    r"|\b(?:for stemte:?|for:) [^()\n]{1,60}?\((\d+)\)"
)
VOTES_AGAINST: Final = (
    r"\bimod stemte:? (\d+)|\b(\d+) (?:stemte |stemmer )?imod\b|\b(ingen) (?:stemte )?imod\b"
    r"|\b(?:imod|nej): (\d+)|\b(?:imod stemte:?|imod:) [^()\n]{1,60}?\((\d+)\)"
)
"""Vote counts (casefolded): "For stemte 15 (A, F, Ø), imod stemte 10", "For: 40 – Imod: 12",
"For stemte: A, V (5) Imod: Ø (1)" (the parties, then the count), "Ja: 4, Nej: 23", "23 for, 4
imod": when no phrase decides, more votes for than against is approved, else rejected."""

AGENDA_ITEM_COLUMNS: Final = frozenset(
    {"pkt", "punkt", "nr", "emne", "sag", "beslutning", "dagsordenspunkt"}
)
"""Header cells of an agenda table ("| Pkt. | Emne | Beslutning |"): not a table of people."""

RESULT_COLUMNS: Final = frozenset({"resultat", "afstemningsresultat", "udfald", "afgørelse"})
"""Header cells of a table column that holds the decision ("| Nr. | Forslag | Resultat |"): its
cells are kind beslutning, like a "Beslutning" column."""

DECISION_COLUMNS: Final = (
    frozenset({"beslutning", "beslutninger", "decision", "decisions"}) | RESULT_COLUMNS
)
"""Header cells of the column holding what was decided, in a closing table of decisions
("| Punkt | Beslutning | Ansvarlig |")."""

ACTION_OWNER_COLUMNS: Final = frozenset(
    {"hvem", "ansvarlig", "ansvar", "ansv", "tovholder", "owner", "who", "responsible", "assignee"}
)
ACTION_DUE_COLUMNS: Final = frozenset(
    {"deadline", "frist", "tidsfrist", "hvornår", "due", "due date", "senest", "dato"}
)
"""Header cells of a table of things to do ("| # | Hvad | Hvem | Deadline |"): one naming who
does each thing and one naming by when, and no agenda or decision column: its numbered rows
are no agenda items."""

ITEM_REFERENCE_COLUMNS: Final = frozenset(
    {"punkt", "pkt", "punkt nr", "pkt nr", "dagsordenspunkt", "ad punkt", "vedr punkt"}
)
"""Header cells of the column naming the item a row of a closing table of decisions is about."""

PEOPLE_COLUMNS: Final = (
    "navn", "name", "deltager", "medlemmer", "medlem", "members", "repræsentant", "repræsentanter",
    "participants", "participant", "attendees", "repræsenteret ved", "represented by",
    "delegeret", "delegerede",
)  # fmt: skip
"""A table's header cells over people's names ("| Parcel | Navn | Bemærkning |", "| Kreds |
Delegeret | Mødt |"): a people table, its numbered rows no agenda items (unless the header
names an agenda's column too, ``AGENDA_ITEM_COLUMNS``; casefolded, normalised)."""

TITLE_COLUMNS: Final = frozenset({"emne", "sag", "titel", "overskrift", "forslag", "tema"})
"""Header cells of a column of item titles: a table with one is an agenda table, not a closing
table of decisions."""

TOPIC_COLUMNS: Final = TITLE_COLUMNS | frozenset(
    {"item", "items", "discussion item", "topic", "topics", "agenda item", "dagsordenspunkt"}
    | {"punkt", "diskussionspunkt", "drøftelsespunkt"}  # "| Tid | Punkt | Hvem | Noter |"
)
"""Header cells of a column of topics in a table whose rows are the agenda with no numbers
(Confluence's "Discussion items": "| Time | Item | Who | Notes |")."""

TIME_COLUMNS: Final = frozenset(
    {"time", "tid", "tidspunkt", "varighed", "duration", "kl", "minutter", "min"}
    | {"who", "hvem", "ansvarlig", "owner", "oplægsholder", "presenter", "responsible"}
)
"""Header cells of a column of time slots, durations or presenters in an agenda table: no
minutes (kind ``other``)."""

PAGE_COLUMNS: Final = frozenset({"side", "sidetal", "sidenr", "s", "page", "pg"})
"""Header cells of a table of contents' page numbers ("| Nr. | Sag | Side |"): a page number
under them is no text of the item."""

AGENDA_TABLE_COLUMNS: Final = AGENDA_ITEM_COLUMNS | frozenset(
    {"titel", "bilag", "ansvarlig", "tid", "referat", "note", "noter", "side", "indhold", "frist"}
    | frozenset({"dagsorden"})  # "| Nr. | Dagsorden | Beslutning |": the topics' column
    | frozenset({"deadline", "tidspunkt", "kl", "beskrivelse", "resultat", "opfølgning"})
    | frozenset({"type", "ansv"})  # "| Pkt. | Tid | Emne | Type | Ansvarlig |": O, D, B
)
"""Every header cell of an agenda table's header row is one of these ("Side": a contents table;
"Beslutning/referat": each part one of these)."""

TITLE_HEADINGS: Final = frozenset(
    {"referat", "beslutningsreferat", "beslutningsprotokol", "mødereferat", "protokol"}
)
"""A line of one of these words alone under the letterhead is the document's title."""

SIGNATURE_HEADINGS: Final = frozenset(
    {
        "underskrifter",
        "underskrift",
        "underskrevet af",
        "protokollen underskrevet af",
        "referatet underskrevet af",
        "signatures",
        "underskriftsside",
        "underskriftsblad",
        "dato og underskrift",
        "godkendt og underskrevet",
        "læst og godkendt",
        "læst, godkendt og underskrevet",
        "således passeret",  # the closing formula of a company's or an estate's minutes
        "således forhandlet",
    }
)
"""A line over the signers' names: the minutes end there (normalised labels)."""

SECRETARY_LABELS: Final = frozenset({"sekretær", "secretary"})
"""Labels naming a secretary ("Sekretær: Lisbeth Holmgren", "Secretary: ...", and compounds such
as "Udvalgssekretær:", which end in one): outside a people list a guest with that title (the
secretary serves the body without being a member, and may or may not write the minutes).
Inside a list of board members ("Bestyrelsen:" over "Sekretær: Bo Lind") the label is a post
on the board and is read with the list."""

STAFF_POST_LABELS: Final = frozenset(
    {
        "administrator",
        "ejendomsadministrator",
        "ejendomsmester",
        "driftsleder",
        "varmemester",
        "uddeler",
        "forstander",
        "skoleleder",
        "direktør",
        "direktion",
    }
)
"""Labels naming a post of the staff who serve the body ("Administrator: Lene Dam, ...",
"Ejendomsmester: Bo Lind"): outside a people list, like a secretary's label, a guest with that
title (inside a list of attendees the post is her title there)."""

STAFF_TITLE_ENDINGS: Final = (
    "konsulent", "medarbejder", "fuldmægtig", "chef", "direktør", "specialist", "koordinator",
    "assistent", "sagsbehandler", "controller",
)  # fmt: skip
"""Title endings of a body's staff ("HR-konsulent", "sekretariatsmedarbejder", "økonomichef"):
a minute-taker so titled whom no list names is staff who served the meeting, a guest."""


SERVING_POSTS: Final = frozenset(
    {"organist", "graver", "kirketjener", "kirkesanger", "kordegn", "kirkegårdsleder"}
)
"""A church's staff, who serve a parish council without being members: one who came for some
items ("Organist Karoline Vest deltog under punkt 4.") is a guest."""


def is_staff_title(title: str) -> bool:
    """Whether ``title`` is a post of the staff who serve a body ("Ejendomsmester",
    "økonomichef"), or its deputy's ("viceforstander"): one of ``STAFF_POST_LABELS`` or ends in
    one of ``STAFF_TITLE_ENDINGS``."""
    folded = title.casefold()
    if folded.startswith("vice") and len(folded) > 6:
        folded = folded[4:]  # "Viceforstander", "viceskoleleder": the post's deputy
    return folded in STAFF_POST_LABELS or folded.endswith(STAFF_TITLE_ENDINGS)


STAFF_UNITS: Final = frozenset(
    {"sekretariatet", "administrationen", "forvaltningen", "direktionen", "staben"}
)
"""Units of a body's staff after a minute-taker's name ("Mikkel Juul Kragh, sekretariatet"):
she is a guest."""

GROUP_LABELS: Final = frozenset(
    {
        "sekretariat",
        "sekretariatet",
        "bestyrelsen",
        "direktionen",
        "administrationen",
        "forvaltningen",
        "ejendomskontoret",
        "observatør",
    }
)
"""Labels that start a people list of their own, but inside another people list only name a
group of it ("Deltagere:" ... "Sekretariatet:" ...)."""

STAFF_LABELS: Final = frozenset(
    f"fra {who}"
    for who in (
        "administrationen",
        "forvaltningen",
        "sekretariatet",
        "direktionen",
        "kommunen",
        "regionen",
        "centret",
        "centeret",
        "fagforvaltningen",
        "staben",
        "boligorganisationen",
        "boligselskabet",
        "ejendomskontoret",
        "administratoren",
        "administrator",
        "administrationsselskabet",
        "driften",
        "skolen",  # a school board's "Fra skolen: forstander ..., viceforstander ..."
    )
)
"""Labels naming the staff who attended ("Fra administrationen: ..."): guests."""

SELF_REFERENCES: Final = frozenset({"undertegnede", "referenten", "mig selv"})
"""The writer of the minutes in a people list ("..., Dorte Kjær og undertegnede"): no name."""

SETTLED_WORDS: Final = (
    r"\b(?:godkendt|godkendte|vedtaget|vedtog|tiltrådt|tiltrådte|forkastet|afvist|udsat|udskudt"
    r"|besluttet|besluttede|valgt|genvalgt|taget til efterretning|drøftet|intet"
    r"|udsættes|afvises|forkastes|tages til efterretning|aftalt|aftaltes|noteret|orienteret"
    r"|gennemgået|drøftede|trukket tilbage|udgår|udgik|bortfaldt|bortfalder"
    r"|trukket af (?:forslagsstiller|ansøger)(?:en)?"
    r"|trak (?:[\w-]+ ){0,4}tilbage)\b"  # "..., trak forslagsstilleren forslaget tilbage."
)
"""Words that record what happened (past or decided), so a line holding one is minutes, not an
agenda's wording ("godkendes" is not among them)."""

_CLOSED_PROTOCOL: Final = (
    r"(?:beslutningen (?:er |blev )?(?:(?:indført|ført|protokolleret) i|fremgår af|står i)|se) "
    r"(?:den |det )?lukke(?:de|t) (?:protokol|referat)"
)
CLOSED_NOTICE: Final = (
    r"^\W*(?:lukket (?:sag|punkt)"
    r"|(?:(?:punktet|sagen) (?:er |blev )?)?(?:behandlet|behandles) (?:for lukkede døre"
    r"|som lukket punkt)"
    rf"(?:\W+{_CLOSED_PROTOCOL})?"
    rf"|{_CLOSED_PROTOCOL})\W*$"
)
"""An item's text that only says it is closed to the public ("Lukket sag", "Lukket punkt.",
"Punktet er behandlet for lukkede døre. Beslutningen er indført i den lukkede protokol.",
"Behandlet for lukkede døre. Beslutningen fremgår af den lukkede protokol."): no decision the
minutes record, and no evidence that a document is minutes."""

STATUS_NOTICE: Final = r"^\W*(?:lukket|åben|åbent) (?:sag|punkt)\W*$"
"""A line of an item that only gives its status ("Åben sag", "Lukket punkt"): a section of the
agenda's text of its own, never part of the minutes or the decision (matched ignoring case)."""

PROPOSAL_HEAD: Final = (
    r"^(?:ændrings)?forslag\s+(?:nr\.?\s*)?(\d{1,2}|[a-h](?=\s*[:.)–—-]))\b\s*[:.)\-–—]?\s*(.*)$"
)
"""A proposal under "Indkomne forslag" ("Forslag 2: Grillforbud", "Forslag b: Delehave",
"Forslag A – Tilladelse til at holde hund"): a sub-point."""

NUMBERED_ROOM: Final = (
    r"^(?:møde|konference|grupper?|byråds|udvalgs)?(?:lokale|værelse|rum|sal)\b"
    r"|^(?:auditorium|kantine|aula|mødecenter)\b"
    r"|^(?:bygning|bygn\.|building|opgang|indgang|etage|room)\s"
    r"|^(?:meeting|conference)\s+room\b"  # "meeting room "Kattegat"" (English minutes)
    r"|^[\w-]+\s+(?:meeting\s+|conference\s+)?room\b"  # "Canteen meeting room 2", "Board room"
    # "Medborgerhusets sal 2", "Ældrerådets lokale", "Borgmesterens mødelokale"
    r"|^[\w-]+s\s+(?:møde|konference|udvalgs)?(?:lokale|sal|rum|værelse)\b"
)
"""A room in a location ("Mødelokale 1", "Udvalgsværelse 2", "Bygning 1530", "opgang 7",
"Medborgerhusets sal 2", "Ældrerådets lokale"): a name, not a street and number."""

ROOM_OF_PLACE: Final = (
    r"^(?:[a-zæøå]+s\s+)?"  # a genitive before it: "arkivets lokaler", "skolens festsal"
    r"[\w-]*(?:lokalet|lokaler|salen|værelset|rummet|stuen|kantinen|cafeteriet|caf[eé]en|aulaen|foyeren)\b"
    r"|^(?:[a-zæøå]+s\s+)?aula$"  # "Ågerup Skole i skolens aula"
    r"|^(?-i:biblioteket)$"  # "Lindholt Efterskole, biblioteket" (its library, in lower case)
    r"|^(?-i:(?:lille|store|nye|gamle)\s+sal)$"  # "Gjerrild Forsamlingshus, lille sal"
    r"|^[a-zæøå]+s\s+[\w-]*sal$"  # "arkivets læsesal på Gørlev Bibliotek", "skolens festsal"
)
"""A room named in the definite form after its building ("Fjordstrup Rådhus, byrådssalen",
"Hovedbiblioteket, mødelokalet på 1. sal", "Sønderå Kulturhus, Salen", "Fjordskolen,
kantinen"): no part of the name."""

PLACE_WORD_ENDINGS: Final = (
    "huset", "salen", "lokalet", "lokale", "gården", "kirken", "hallen", "centret", "stuen",
    "rummet", "værelset", "kontoret", "kantinen", "biblioteket", "aulaen", "hytten", "pavillonen",
    "kælderen", "klubben", "kroen", "skolen", "adresse", "kontor", "lokaler", "lokalerne",
    "domicil", "sal", "hal",  # "i skolens gymnastiksal", "i idrætshal"
    "værelse",  # "i udvalgsværelse 2, Hjortsø Rådhus"
    "teltet",  # "i teltet på vendepladsen ved Fasanvænget 23"
    "cafeen", "caféen", "foyeren",  # "kl. 14-15.30 i cafeen"
    "lager", "lageret", "værkstedet", "butikken", "laden",  # "på vores lager, Sydhavnsgade 17"
)  # fmt: skip
"""Endings of lower-case place words after "i"/"på" ("i konfirmandstuen", "på biblioteket")."""

UNNUMBERED_ATTACHMENT: Final = (
    r"^\W{0,3}(?:bilag|vedhæftet|vedlagt|vedlagte bilag)\s*:\s*(?!(?:ingen|intet|nej)\b)"
    r"(\w.{0,200}?\)?)[^\w)]{0,3}$"
)
"""An attachment named after a label without a number ("Bilag: Kvartalsrapport Q3 2024.pdf";
a closing parenthesis is part of the title: "Bilag: Årsregnskab 2023 (PDF)")."""

COMPOUND_CONJUNCTIONS: Final = frozenset({"og", "eller"})
"""Words joining a compound cut short with a hyphen inside one title ("Kultur- og
fritidschef", "By- og udviklingsdirektør"): one title, not two people."""

DOCUMENT_MARKS: Final = frozenset(
    {"fortroligt", "fortrolig", "konfidentielt", "konfidentiel", "internt", "til intern brug",
     "udkast", "kladde", "draft", "confidential", "ikke offentligt", "ikke til offentliggørelse",
     "lukket", "foreløbigt", "foreløbig"}
)  # fmt: skip
"""A document's status or confidentiality mark alone on a line at its top ("FORTROLIGT",
"Udkast"): no letterhead and no organisation (matched on the normalised label)."""

SIGNER_ROLES: Final = ("referent", "dirigent", "mødeleder", "ordstyrer", "protokolfører")
"""Role words that a line must contain before the signer and role-sentence patterns run on it."""

ITEM_CONJUNCTIONS: Final = frozenset({"og", "samt"})
"""Words joining a second item number to an "Ad" line ("Ad 1 og 2"): the text after it is read
under the first item."""

HYPHEN_CONJUNCTIONS: Final = frozenset({"og", "eller", "samt", "til"})
"""Words after a trailing hyphen that keep it ("Kultur- og Fritidsudvalget"): when a title
broken over two lines ends in "-", a next line starting with one of them is joined with a space."""

ATTACHMENT_COLUMNS: Final = frozenset(
    {"bilag", "bilagstitel", "bilagsnavn", "vedhæftet", "vedlagt"}
)
"""Headers of a table column that names attachments ("| Nr. | Bilag | Størrelse |"): such a
table inside an item lists attachments wherever it stands."""

ATTACHMENT_TITLE_COLUMNS: Final = frozenset(
    {"titel", "navn", "dokument", "dokumentnavn", "filnavn", "fil"}
)
"""Headers of the title column of a table under a "Bilag" label ("| Nr. | Titel | Dato |")."""

ATTACHMENT_ITEM_COLUMNS: Final = frozenset(
    {"punkt", "pkt", "sag", "dagsordenspunkt", "punkt nr", "pkt nr", "sag nr", "til punkt"}
)
"""Header cells of a table of attachments naming the item each belongs to ("| Punkt | Bilag |
Type |" under "### Bilag" after the minutes)."""

ATTACHMENT_NUMBER_COLUMNS: Final = frozenset(
    {"nr", "bilag nr", "bilagsnr", "bilagsnummer", "nummer"}
)
"""Headers of the number column of an attachment table ("| Nr. | Bilag |"), as
``normalise_label`` leaves them (no trailing dot)."""

ITEM_WORD: Final = r"(?:(?:dagsordens)?punkt(?:erne)?|pkt\.?|§|sag nr\.?)"
"""The word before an item's number in a remark about items ("punkt", "punkterne", "pkt.", "§"
where the items are numbered so, "sag nr." where they are cases: "deltog under sag nr. 14")."""

ITEM_NUMBERS: Final = (
    r"\d{1,3}(?:[a-z]|/\d{4})?(?:\s*(?:[,.–-]|og|and)\s*\d{1,3}(?:[a-z]|/\d{4})?)*"
)
"""The numbers of the items such a remark names: "3", "1-3", "1 – 3", "2, 4 og 5", "4a", a case
of the year "14/2025"."""

_PRESENCE_PURPOSE: Final = (
    r"\s+(?:for\s+at|ifm\.?|i\s+forbindelse\s+med|vedr\.?|vedrørende|angående)\s[^.;]{1,80}?"
)
"""Why a guest came, after the items or the time ("for at besvare spørgsmål", "ifm.
legepladsen")."""
ITEM_REMARK: Final = (
    r"(?:(?:(?:kun|only)\s+)?"
    r"(?:(?:(?:der|som)\s+)?"  # ", der deltog under punkt 3"
    r"(?:deltog|deltager|kom|gik|mødte|til\s+stede|var\s+(?:til\s+stede|med)|fraværende"
    r"|attended|present|joined|left)"
    r"\s+(?:(?:kun|only)\s+)?)?"
    r"(?:(?:under|til|ved|fra|efter|i|til\s+og\s+med|t\.o\.m\.|for|during|from|after|until)\s+)?"
    rf"(?:{ITEM_WORD}|items?|emne)\s*{ITEM_NUMBERS}(?:\s*only)?"  # (Teams' "emne 3")
    rf"(?:{_PRESENCE_PURPOSE})?\.?"  # ("... under punkt 2 for at besvare spørgsmål")
    # "var med de første 20 min ifm. legepladsen": a time of the meeting, not its items
    r"|(?:deltog|var\s+(?:til\s+stede|med))\s+(?:kun\s+)?(?:de|den)\s+(?:første|sidste)\s+"
    rf"\d{{1,3}}\s*(?:min\.?|minutter|timer?|kvarter)(?:{_PRESENCE_PURPOSE})?\.?"
    rf"|(?:(?:sidst|først)nævnte\s+)?under ad\.?\s*{ITEM_NUMBERS}"  # ", under ad 3": "ad"
    rf"(?:\s*(?:,|og)\s*ad\.?\s*{ITEM_NUMBERS})*\.?)"  # after "under" only ("sidstnævnte under
    # Ad 2 og Ad 3": the one named last)
)
"""After a person in a list (matched ignoring case): the items the person was there for or
away from ("– punkt 1-3", ", deltog fra punkt 4", "under pkt. 5", "– kun punkt 3", "– item 3
only"): a note, not an organisation. Not "ad 3" (too many names hold "ad" for the cheap test
of ``ITEM_REMARK_WORDS``; but "under ad 3"); the labels and sentences of ``_header`` that name
the items a guest came for take "ad. 3" as well, built from the same ``ITEM_WORD`` and
``ITEM_NUMBERS``."""

ITEM_REMARK_WORDS: Final[tuple[str, ...]] = (
    "punkt", "pkt", "tem", "§", "under ad", "emne", "sag nr", "første", "sidste",
)  # fmt: skip
"""One of these is in every ITEM_REMARK (casefolded): texts without any have no remark. ("tem",
not "item": ignoring case, the pattern's "i" also matches "ı" and "İ", which casefold to other
letters.)"""

PRESENT_CELLS: Final = frozenset(
    {
        "x",
        "ja",
        "yes",
        "1",
        "✓",
        "✔",
        "✅",
        "☑",
        "delvis",
        "delvist",
        "partly",
        "partially",
        "online",
        "via",  # "Via Teams"
        "virtuelt",
        "fysisk",
        "fremmødt",
        "teams",
        "zoom",
    }
)
"""The first word of a cell in a presence column ("| Til stede |", "| Deltog |") that means the
person was there: "Ja (online)", "Ja, fra kl. 10", "x (Teams)", "✅", "Delvist" (casefolded,
variation selectors removed). Any other cell, an empty one included, means absent."""

PRESENCE_COLUMNS: Final = frozenset(
    {"tilstede", "til stede", "deltog", "fremmødt", "mødt", "fremmøde", "deltagelse"}
    | {"tilstedeværelse", "attendance", "present", "attended"}
)
"""Header cells of a people table's presence column ("| Navn | Funktion | Deltagelse |"), whose
cells say who was there (``PRESENT_CELLS``)."""

ABSENCE_COLUMNS: Final = frozenset({"afbud", "fraværende", "fravær", "meldt afbud", "absent"})
"""Header cells of a people table's absence column ("| Navn | Repræsenterer | Afbud |"): a mark
in it ("X", "✓", "afbud") means the person was away, an empty cell that she came."""

PRESENCE_MARKS: Final[Mapping[str, bool]] = MappingProxyType(
    {
        "✅": True,
        "✔": True,
        "☑": True,
        "✓": True,
        "☒": True,  # Word's ticked check box
        "❌": False,
        "✖": False,
        "✗": False,
        "✘": False,
        "❎": False,
        "☐": False,  # Word's empty check box
    }
)
"""Marks before or after a name in a people list ("- ✅ Rikke Dalsgaard", "Deltagere: ✅ A,
❌ B"): True when the person was there, False when away (an absentee)."""

STAND_IN: Final = (
    r"\s*[-–—,;]?\s*(?:i|ved)\s+(?:dennes|hans|hendes|dets|dens)\s+(?:fravær|forfald|sted)\b"
    r"\s*[:,]?\s*"
)
"""Between two people under a chair or minute-taker label (matched ignoring case):
"Borgmester Holger Rasmussen - i dennes fravær 1. viceborgmester Christian Bro" names the one
who stood in, the second."""

CHAIR_AWAY_TAIL: Final = (
    r"\s*[(,–—-]?\s*(?:(?:i|ved|under)\s+(?:formandens|forpersonens|borgmesterens|mødelederens)"
    r"\s+(?:fravær|forfald)|i\s+stedet\s+for\s+(?:formanden|forpersonen|borgmesteren))\s*\)?\.?$"
)
"""After the one who led the meeting, why it was she ("Mødeleder: næstformand Rasmus Bille (V)
i formandens fravær", matched ignoring case): no part of her name or title."""

ABSENCE_SENTENCE: Final = (
    r"\s+(?:(?:havde|har|hade)\s+(?:meldt\s+)?(?:afbud|forfald)|meldte\s+(?:afbud|forfald)"
    r"|sendte\s+afbud"
    r"|(?:havde|har)\s+meldt\s+fra|meldte\s+fra"
    r"|(?:var|er|blev)\s+(?:desværre\s+)?(?:fraværende|forhindret(?:\s+i\s+at\s+deltage)?"
    r"|ikke\s+til\s+stede|syg(?:emeldt)?)"
    # ("deltog ikke i høringssvaret": in one thing the meeting did, not away from it)
    r"|(?:deltog|deltager)\s+ikke(?!\s+i\s+(?!(?:dagens\s+|hele\s+|selve\s+)?møde[t]?\b)[a-zæøå])"
    r"|mødte\s+ikke(?:\s+op)?|(?:ikke\s+var|var\s+ikke)\s+mødt(?:\s+op)?"
    r"|kom\s+ikke(?=\s*(?:[.,;]|$|til\s+mødet|op\b))"  # "..., og Anette kom ikke."
    r"|declined|sent\s+(?:her\s+|his\s+)?apologies|(?:was|were)\s+absent)\b"
    # not for one item: "deltog ikke i behandlingen af punktet", "var fraværende under punkt 4"
    r"(?!\s+(?:i|under|ved|i\s+forbindelse\s+med)\s+(?:behandlingen|punkt|pkt|sagen|dette|denne"
    r"|drøftelsen|afstemningen|godkendelsen|beslutningen|vedtagelsen))"
)
"""After names: "Thomas Lind havde meldt afbud." ("... meldt forfald.") names absentees (not for
one item only)."""

DISSENT: Final = (
    r"^(?!et flertal\b|flertallet\b)"
    # not a decision with its votes after it ("Forslaget blev sat til afstemning og forkastet,
    # idet kun Nanna Fjord (DD) stemte for")
    r"(?![^.]{0,80}\bblev(?: [\w-]+){0,6}? (?:forkastet|vedtaget|godkendt|nedstemt)\b)"
    # nor one that opens with the decision ("Vedtaget – Nanna stemte imod, da ...")
    r"(?!(?:vedtaget|godkendt|forkastet|nedstemt|anbefalet)\b)"
    r"(?:[^.]{0,80}\([a-zæøå]{1,3}\)[^.]{0,40}?\b(?:kunne|kan|vil|ville|ønskede|"
    r"ønsker|stemte|tog|tager|var|er|undlod|anbefaler|anbefalede|godkendte|tiltrådte)\b"
    r"|[^.]{0,60}\bmindretal"
    r"|[^.]{0,80}\b(?:stemte imod|tog forbehold|tager forbehold|undlod at stemme|stemmer imod)\b"
    r"|imod(?: stemte| stemmer)?:"  # "Imod stemte: A, idet A ønsker, at ... udgår af planen."
    # parties as the subject: "V, C og O kan ikke anbefale lokalplanforslaget"
    # (a party is one or two letters: "sf", "df" are among them; an alternation of them beside
    # [a-zæøå]{1,2} would let a long list be matched in exponentially many ways)
    r"|[a-zæøå]{1,2}(?:, [a-zæøå]{1,2})* og "
    r"[a-zæøå]{1,2} (?:kunne|kan|vil|ville|ønskede|stemte|tog|tager|undlod)\b"
    # one party: "O kunne ikke anbefale" (its letter or abbreviation, not "vi", "de", ...)
    r"|(?:a|b|c|d|f|k|m|o|q|v|ø|å|æ|sf|el|df|rv|la|kf|dd) "
    r"(?:kunne|kan|vil|ville|ønskede|stemte|tog|tager|undlod)\b)"
)
"""On casefolded sentences: a member's or a minority's position ("Peter Kjeldgaard (C) kunne ikke
tiltræde indstillingen", "Et mindretal (Ø) stemte imod", "V, C og O kan ikke anbefale ...").
It decides only when nothing else does. A majority's position ("Et flertal (A, V) anbefaler
indstillingen") is no dissent."""

REPORT_VERBS: Final = (
    "gennemgik|orienterede|fortalte|redegjorde|præsenterede|fremlagde|oplyste|informerede"
)
"""Verbs (a regex alternation) of a named person's report opening an item's text ("Lisbeth Rye
Damsgaard gennemgik udkastet", "Morten orienterede om ...")."""

SPEAKER_VERBS: Final[tuple[str, ...]] = (
    "orienterede", "gennemgik", "fremlagde", "forelagde", "aflagde", "bød velkommen",
    "præsenterede", "redegjorde", "motiverede", "indledte", "oplyste", "fortalte",
    "konstaterede", "takkede", "svarede", "stillede", "spurgte", "bemærkede", "foreslog",
    "trak sit forslag", "mente", "roste", "mindede om", "efterlyste", "opfordrede",
    "kommenterede",
)  # fmt: skip
"""What someone minutes name with a title did at the meeting ("Kasserer Anja Mikkelsen
gennemgik regnskabet", "Formanden Rune Østergaard bød velkommen"): most of ``REPORT_VERBS``
and the verbs of presenting, asking, answering, proposing, asking for and thanking ("Anja Storm
spurgte til kontingentet", "Kim Hvas trak sit forslag tilbage", "Lise Dam efterlyste flere
affaldsspande"); the speaker attended."""

EARLIER_MEETING: Final = (
    r"\b(?:på|ved) (?:det |den )?(?:sidste|forrige|seneste|tidligere) [\w-]*møde\b"
    r"|\b(?:på|ved) (?:[\w-]*mødet|generalforsamlingen) (?:den |d\. )?\d{1,2}\.(?:\s?\d{1,2}\b|"
    r" (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))"
)
"""An earlier meeting named in a sentence ("På mødet 13. maj blev det besluttet at revidere
princippet", "På sidste møde blev det aftalt ..."): what was decided there is not this
meeting's decision, and no sign that a text is minutes (matched on casefolded text)."""

REPORTED_SPEECH: Final = (
    r"\b(?:orienterede|oplyste|informerede|meddelte|fortalte|redegjorde)\b(?: \w+){0,3}?,? at\b"
    r"|\bgjorde (?:\w+ )?opmærksom på,? at\b"  # "Gitte gjorde opmærksom på, at klubben skal ..."
    r"|\b(?:orienterede|informerede|fortalte|redegjorde) om\b"
    rf"|{EARLIER_MEETING}"
)
"""A report of what happened elsewhere: outcome words after it ("Kasper orienterede om, at
byrådet har vedtaget planen", "Ulla orienterede om den nye politik, som byrådet vedtog i juni")
are not this meeting's decision; nor is an earlier meeting's (``EARLIER_MEETING``)."""

LED_THE_MEETING: Final = (
    r"\s+(?:(?:ledede|ledte|ledet|leder)\s+(?:mødet|generalforsamlingen)"  # ("Hanne leder mødet.")
    # "Marianne Juhl blev valgt som formand og overtog herefter ledelsen af mødet."
    r"|overtog\s+(?:herefter\s+|derefter\s+|så\s+)?ledelsen\s+af\s+(?:mødet|generalforsamlingen))\b"
    r"(?!\s+under\s*$|\s+under\s+(?:punktet|pkt|punkt|behandlingen|sagen|dette))"  # (one item
    # only: "... ledede mødet under punktets behandling", wrapped after "under" too)
)
"""After a name: "Borgmester Dorthe West (A) ledede mødet." names the chair."""

LED_BY: Final = (
    r"^(?:mødet|generalforsamlingen)\s+(?:(?:blev\s+|vil\s+blive\s+)?(?:ledet|ledt)|ledes|lededes)"
    r"\s+af\s+"
)
"""Before a name: "Mødet blev ledet af næstformand Jonas Lind.", "Mødet ledes af næstformand
Rikke Hvidt, da ...", "Mødet lededes af borgmester Svend Aage Riis." names the chair."""

WELCOMED_AS_CHAIR: Final = (
    r"^([A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,3})\s+"
    r"\((formand|forperson|mødeleder|ordstyrer|chair|chairman|chairperson)\)"
    r"\s+(?:bød\b[^.]{0,40}\bvelkommen|welcomed)\b"
)
"""A welcome by a person marked as the meeting's leader ("Per Mikkelsen (formand) bød
velkommen.", "Per Mikkelsen (chair) welcomed the board."): the chair; group 2 is the post."""

LED_BY_REASON: Final = r",?\s+(?:da|fordi|idet|i stedet for|som)\s"
"""After the chair's name in a ``LED_BY`` sentence: the reason, not part of the name."""

MEETING_CLOSED: Final = (
    # (any meeting by its word: "Afdelingsmødet sluttede ...", "GF sluttede ca. 21.15.")
    r"^(?:(?:[a-zæøå-]*mødet|generalforsamlingen|gf|samrådet"
    r"|seminaret|konferencen|temadagen|workshoppen|dirigenten|formanden|vi"
    # "Den ekstraordinære generalforsamling hævet kl. 21.15." (one of two in a file)
    r"|den\s+(?:ordinære|ekstraordinære|konstituerende)\s+generalforsamling)\s+"
    r"(?:blev\s+|var\s+|er\s+)?"
    r"(?:slut|sluttede|sluttet|slutter|hævet|hævede|afsluttet|afsluttedes|afsluttede|lukket|lukkede|"
    r"ophørte|endte)\b|mødets afslutning\b|mødet slut\b"
    r"|mødet\s+varede\s+(?:til|indtil)\s+(?:kl\.?\s*|klokken\s+)?\d"
    r"|mødet\s+varede\s+fra\s+(?:kl\.?\s*|klokken\s+)?\d[\d.:]*\s+til\s+(?:kl\.?\s*|klokken\s+)?\d"
    r"|(?:møde)?slut\s*(?::\s*|kl\.?\s*|klokken\s+)(?:kl\.?\s*)?\d"
    r"|(?:sluttede|hævet)\s+(?:kl\.?\s*|klokken\s+)?\d"  # "... Hvide Sande. Sluttede 17.45."
    r"|(?:dirigenten|formanden|mødelederen|ordstyreren)\s+takkede\s+(?:for\s+)?"
    r"(?:god\s+ro\s+og\s+orden|et\s+godt\s+møde|fremmødet)\b"
    # "Dirigenten nedlagde hvervet kl. 12:45": the chair's task done, the meeting over
    r"|(?:dirigenten|mødelederen|ordstyreren)\s+nedlagde\s+(?:sit\s+|sin\s+)?hverv(?:et)?\b"
    # "Dirigenten erklærede valgforsamlingen for afsluttet kl. 21.20."
    r"|(?:dirigenten|formanden|mødelederen|ordstyreren)\s+erklærede\s+(?:[\w-]*mødet"
    r"|[\w-]*forsamlingen)\s+for\s+(?:afsluttet|lukket|hævet)\b"
    r"|(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|adjourned)\b)"
)
"""A line that closes the meeting ("Mødet hævet kl. 21.40", "Vi sluttede kl. 21.45.", "GF
sluttede ca. 21.15.", "Afdelingsmødet blev hævet kl. 21.40", "The
meeting closed at 20:40.", "Seminaret blev afsluttet fredag kl. 13.40.",
"Mødet varede til kl. 21.25", "Mødet varede fra kl. 19.00 til kl. 21.05", "Slut kl. 21.00",
"Dirigenten takkede for god ro og orden.", "Dirigenten nedlagde hvervet kl. 12:45"): the
minutes end there and its time is the end
time (casefolded)."""

MEETING_CLOSED_AFTER_NAME: Final = (
    r"\s*[,;–—-]\s+(?:og\s+)?(?:mødet|generalforsamlingen)\s+(?:blev\s+|var\s+)?"
    r"(?:slut|sluttede|sluttet|hævet|hævede|afsluttet|afsluttedes|afsluttede|lukket)\b.*$"
)
"""The close of the meeting after a name in a people field ("Referent: Hanne Bo, mødet sluttede
kl. 21.20"): cut off before the name is read, it is no organisation (searched, ignoring
case)."""

MEETING_CLOSED_INSIDE: Final = (
    r"\b(?:mødet|generalforsamlingen|samrådet|rådsmødet|byrådsmødet)\s+(?:blev\s+)?hævet\b"
    r"|\bhævede\s+(?:(?:dirigenten|formanden|mødelederen|ordstyreren)\s+)?"
    r"(?:mødet|generalforsamlingen)\b"
    r"|\berklærede\s+(?:mødet|generalforsamlingen)\s+for\s+(?:hævet|afsluttet|lukket)\b"
)
"""The meeting closed later in a line ("Dirigenten takkede for god ro og orden, og
generalforsamlingen blev hævet kl. 21.15.", "Da der ikke var mere at drøfte, hævede dirigenten
generalforsamlingen kl. 21.15"): searched, casefolded."""

MEETING_STARTED_AND_CLOSED: Final = (
    r"^(?:selve\s+)?(?:mødet|generalforsamlingen|samrådet)\s+"
    r"(?:startede|begyndte|blev\s+(?:åbnet|indledt))\b"
    r".{0,40}?\bog\s+(?:blev\s+|var\s+)?"
    r"(?:sluttede|slut|afsluttet|afsluttedes|afsluttede|hævet|hævedes|lukket|endte)\b"
)
"""A line that gives the meeting's start and close ("Mødet startede kl. 19.35 og sluttede
21.40."): it closes the meeting, and the time after the closing word is the end time
(casefolded)."""

MAIL_SENDER: Final = r"(?:^|\s)(?:fra|from|afsender)\s*:\s*\S[^:]*@"
"""An e-mail header's sender ("Fra: Sanne Hauge <sanne@live.dk>", also after "----------
Videresendt meddelelse ----------"): the date field under it ("Dato: tors. 5. dec. 2024 kl.
22.31") is when the mail was sent, not the meeting's date."""

MAIL_HEADER_LABELS: Final = frozenset(
    {"fra", "til", "cc", "bcc", "sendt", "emne", "dato", "vs", "sv", "fw", "fwd", "re", "from",
     "to", "sent", "subject", "date", "afsender", "modtager", "modtagere"}
)  # fmt: skip
"""The labels of an e-mail's header lines ("Fra: Kirsten Ahlmann", "Emne: Referat ...") and of
its subject's reply and forward marks ("VS: Referat MR-møde"): never the topic of an item."""

EARLIER_MAIL: Final = (
    r"^-{2,}\s*(?:oprindelig meddelelse|original message|videresendt meddelelse"
    r"|forwarded message|videresendt besked)\s*-{2,}$"
)
"""The line over an earlier e-mail quoted under the minutes ("-----Oprindelig
meddelelse-----"): what follows is no part of the minutes (casefolded)."""

CLOSING_GREETING: Final = (
    r"^(?:mvh|m\.v\.h\.?|med venlig hilsen|venlig hilsen|vh|bedste hilsner|de bedste hilsner"
    r"|kh|kærlig hilsen|hilsen|best regards|kind regards|regards)\b[\s,.!]*"
)
"""An e-mail's closing greeting ("Mvh Signe"): the minutes end there (casefolded)."""

POST_SIGN_OFF: Final = r"^det var (?:det hele|alt)(?: for (?:denne gang|nu|i dag))?\b"
"""A post's sign-off after its minutes ("Det var det hele – spørgsmål er velkomne i
kommentarerne 👇"): the minutes end there, whatever follows (comments), casefolded."""

MINUTES_SIGNED: Final = (
    r"^(?:(?:referat(?:et)?|protokol(?:len)?|protokollat(?:et)?)\s+(?:er\s+|blev\s+)?"
    r"(?:læst\s+og\s+)?"
    r"(?:godkendt|underskrevet|gennemlæst)\s+(?:(?:digitalt|elektronisk|skriftligt)\s+)?"
    r"(?:af|ved)\b"
    r"|(?:referat(?:et)?|protokol(?:len)?|protokollat(?:et)?)\s+(?:er\s+|blev\s+)?"
    r"(?:læst(?:,\s*|\s+og\s+))?"
    r"(?:godkendt\s+og\s+underskrevet|underskrevet|(?:læst(?:\s+op)?|oplæst)\s+og\s+godkendt)\b"
    r"|underskrevet\s+(?:af|ved|digitalt|elektronisk)\b"
    r"|godkendt\s+af\s+(?:formanden|dirigenten|mødelederen|bestyrelsesformanden)\s*:"
    # "(godkendt pr. mail 13/1)" under the signers' initials: the minutes approved by mail
    r"|\(?(?:referat(?:et)?\s+)?godkendt\s+(?:pr\.?|per|via)\s+(?:e-?)?mail\b)"
)
"""A line saying who approved or signed the minutes ("Referatet er godkendt digitalt af
udvalget.", "Referat godkendt af formanden 12.05.2025", "Referatet godkendt og underskrevet.",
"Referatet er underskrevet elektronisk", "Underskrevet af dirigent Claus Bering", "Godkendt af
formanden: Poul Sørensen", "Protokollen læst op og godkendt.", "(godkendt pr. mail 13/1)"): the
minutes end there (casefolded). "Referatet blev godkendt." alone is no such line: it is the
decision of an item about the last minutes."""

WEB_FURNITURE: Final = (
    r"^(?:gå til (?:indhold|hovedindhold)|spring (?:til|over) (?:indhold|hovedindhold|navigation"
    r"|menu(?:en)?)|menu|[☰≡]\s*menu\b.*|menu\s*[☰≡](?:\s.*)?|you are here\b.*|du er her\b.*"
    r"|abonn[eé]r(?: på .{1,60})?|"
    r"læs op|lyt til (?:siden|teksten)|(?:gem|hent) som pdf|"
    r"tilbage(?: til (?:[\wæøå-]+ ){0,2}[\wæøå-]*(?:oversigt|forside|liste|arkiv"
    r"|kalender|resultat|resultater|søgning|møder|referater|dagsordener|sider?|top)(?:en|et|ne|n)?)?"
    r"|til forsiden|udskriv(?: siden)?|print(?: siden)?"
    r"|luk(?: vindue(?:t)?)?"
    r"|(?:(?:(?:print|udskriv|del)(?: siden| artiklen| punkt(?:et)?| sag(?:en)?)?"
    r"|del (?:på|via) (?:facebook|linkedin|twitter|x"
    r"|e-?mail|mail|sms)|send til en ven|kopier link|download som pdf|(?:gem|hent) som pdf"
    r"|abonn[eé]r|lyt|læs (?:op|højt))"  # "Udskriv   Del   Abonnér", "Del  Udskriv  Lyt"
    r"[\s|·,]*)+"  # "Udskriv | Hent som PDF"
    r"|del:?\s*(?:(?:facebook|linkedin|twitter|x|e-?mail|mail|sms)[\s|·,/]*)+"
    r"|(?:(?:menu|søg|selvbetjening|kontakt|log ind|log ud|opret (?:bruger|profil|konto)|english"
    r"|borger|erhverv|politik|job|om kommunen|nyheder)(?:\s*[|·]\s*|\s+|$)){2,}"  # "Menu   Søg"
    r"|opret (?:bruger|profil|konto)|log ud|delt med:.*"  # "Delt med: Skolebestyrelsen (11)"
    r"|(?:hent|download)(?: som)? pdf\b.*"  # "Hent som PDF (142 KB)"
    r"|relaterede (?:sider|links|artikler|emner|nyheder)|se også"
    r"|save this pdf as:?|word png txt jpg|"
    r"størrelse: px|starte visningen fra side:?|download\b.*|transkript(?:ion)?|"
    r"månedsarkiv:.*|tilgængelighedserklæring|"
    r"søg(?: (?:på|i) [\w.-]+\.(?:dk|com|org|eu)| på siden| på sitet| her)?\s*(?:🔍|\.\.\.|…)?"
    r"|log ind|cookie.*"
    r"|(?:vi|denne (?:hjemme)?side|(?:hjemme)?siden) (?:bruger|anvender) cookies\b.*"
    r"|(?:accepter|afvis|tillad) (?:alle )?cookies|accepter alle(?: kun nødvendige)?"
    # a consent banner's buttons on one line ("Accepter alle cookies | Afvis")
    r"|(?:accepter|afvis|tillad|jeg accepterer)\b[ -]*(?:(?:kun|alle|valgte|nødvendige|cookies)"
    r"\b[ -]*){0,3}(?:\s*[|·/]\s*(?:(?:accepter|afvis|tillad|kun|tilpas|ok"
    r"|indstillinger|nødvendige|alle|valgte|cookies)\b[ -]*){1,4})+"
    r"|skip to (?:main )?content|til toppen|to the top"
    # the buttons apart by spaces ("Accepter alle   Kun nødvendige   Indstillinger")
    r"|(?:accepter|afvis|tillad)\s+(?:alle|kun nødvendige|valgte)(?:\s+(?:accepter alle"
    r"|afvis alle|kun nødvendige|tillad valgte|tilpas|indstillinger|cookieindstillinger|gem valg"
    r"|ok)){1,4}"
    r"|hjælp os med at blive bedre\b.*|fandt du,? (?:det|hvad) du (?:søgte|ledte efter)\b.*"
    r"|var (?:denne side|siden|indholdet) (?:nyttig|brugbar|relevant)\b.*"
    r"|tilbage til toppen|(?:siden er )?(?:senest|sidst) (?:opdateret|ændret|redigeret)\b.*"
    r"|følg os(?: på)?\b.*|hvad synes du om (?:siden|indholdet)\b.*"
    r"|læs mere|vis (?:mere|alle)|se mere|kontakt(?: os)?|til (?:hoved)?indhold(?:et)?"
    r"|(?:(?:facebook|instagram|linkedin|twitter|youtube|tiktok)[\s|·,/]*){2,})$"
)
"""A line of a web page's or PDF viewer's furniture ("Gå til indhold", "Spring til indhold", "Du
er her: Forside > Politik", "Print | Del på Facebook", "Vi bruger cookies ..."): kept in
``notes``, never read as the meeting's text (matched
ignoring case, on the whole line)."""

COMMENT_COUNT_WORDS: Final = frozenset(
    {"comment", "comments", "kommentar", "kommentarer", "reply", "replies", "svar"}
)
"""A web page's count of its readers' comments as a heading ("## 2 Comments", "## 3
kommentarer", Confluence's and a blog's): no item numbered 2 (casefolded)."""

SITE_SECTIONS: Final = frozenset(
    {"nyheder", "nyhed", "aktuelt", "arrangementer", "kalender", "referater", "dokumenter",
     "opslag", "blog", "presse", "forside", "om os", "kontakt", "news", "events"}
)  # fmt: skip
"""A web site's section named in a heading over the page's title ("## Nyheder" over "###
Indkaldelse til ordinær generalforsamling"): no letterhead, no organisation."""

SOCIAL_NETWORKS: Final = frozenset(
    {"facebook", "instagram", "linkedin", "twitter", "youtube", "tiktok"}
)
"""A web page's follow links, one a line ("Facebook" over "Instagram"): two such lines in a row
after the last item are page furniture, not the item's text (casefolded)."""

BREADCRUMB_HOMES: Final = frozenset({"forside", "forsiden", "startside", "start", "hjem", "home"})
"""The first crumb of a web page's breadcrumb trail: a line starting with one of these and an
arrow (``>``, ``›``, ``»``) or two slashes or more is the trail ("Forside > Politik", "Forside /
Politik / Byrådet"), page furniture (casefolded)."""

SENTENCE_SUBJECTS: Final[tuple[str, ...]] = (
    "Bestyrelsen",
    "Udvalget",
    "Formanden",
    "Næstformanden",
    "Kassereren",
    "Dirigenten",
    "Direktøren",
    "Direktionen",
    "Forvaltningen",
    "Administrationen",
    "Sekretariatet",
    "Styregruppen",
    "Skolelederen",
    "Regnskabet",
    "Budgettet",
    "Referatet",
    "Dagsordenen",
    "Der",
    "Det",
    "Vi",
)
"""Words that open the first sentence of an item's text, not its title: in a run-together
transcript ("2. Økonomi Kassereren gennemgik regnskabet.") the title ends before such a word
when a lower-case word follows it."""

NOT_TITLE_ENDS: Final = frozenset(
    {"af", "for", "fra", "i", "med", "og", "om", "på", "til", "ved", "vedr", "eller", "samt", "v"}
    | {"efter", "under", "hos", "mod", "mellem"}
)
"""Words an item's title does not end with (prepositions, conjunctions): a title run together
with its text is not cut after them ("Ansøgning fra Vestby ..."), and a head ending in one goes
on on the next line ("... havnemolen i Spodsbjerg efter" over "stormfloden")."""

TITLE_RUN_ON_LABELS: Final[tuple[str, ...]] = (
    "Sagen har været behandlet i",
    "Sagen behandles i",
    "Behandlet i",
    "Sagsfremstilling",
    "Sagsbeskrivelse",
    "Beslutningstema",
    "Indstilling",
    "Beslutning",
    "Baggrund",
    "Resumé",
    "Resume",
)
"""Section labels that a PDF conversion glues to an item's title ("5. Budget 2025 Resume
Forvaltningen fremlægger ...", "2. Ny skolestruktur Sagen har været behandlet i: Børne- og
Ungeudvalget"): written with a capital inside the title line, and followed by a colon, the end
of the line or a capitalised word, they end the title (matched as written)."""

TITLE_RUN_ON_MARKS: Final[tuple[str, ...]] = (
    "Åbent punkt",
    "Åben sag",
    "Lukket punkt",
    "Lukket sag",
)
"""An item's status glued to its title by a PDF or web export ("2. Salg af grund Lukket sag",
"3. Takster 2025 Åben sag Sagsnr.: ..."): the title ends before it (matched as written)."""

TITLE_RUN_ON_CASE_LABELS: Final[tuple[str, ...]] = (
    "Sag nr.",
    "Sagsnr.",
    "Sagsnr",
    "Sags nr.",
    "Sagsnummer",
    "Sagsid",
    "J.nr.",
    "Journalnr.",
)
"""Case-number labels glued to an item's title ("1. Budget 2025 Sagsnr. 00.30.00-S00-1-24"):
before a number they end the title, and the label and number are the item's case data."""

REPLY_ATTRIBUTION: Final = r"^(?:den|d\.|on)\s.{4,120}?\s(?:skrev|wrote)\b[^:]{0,120}:$"
"""The line an e-mail client writes over a quoted mail ("Den 22. nov. 2018 kl. 21.47 skrev
Birthe Laursen <kasserer@...>:", "On 3 May 2024, at 10:12, Ida Bang wrote:"): when that mail was
sent, no meeting's date or time (matched ignoring case)."""

PRINT_STAMP: Final = (
    r"^(?:udskrevet|printet|printed)(?: fra \S+| from \S+)?(?: den| d\.| on)?:? ?\d"
)
"""A PDF's print stamp ("Udskrevet den 15.11.2022 kl. 09:12", "Udskrevet 25-02-2025 08:14",
"Udskrevet fra www.sydsund.dk 27-02-2025 10:14"): after the last item it ends the minutes and
is a note; its date is never the meeting's (matched ignoring case)."""

PAGE_MARK: Final = (
    r"^\W*(?:side|page):?\s+\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?\W*$"
    r"|(?:\s{2,}|\s[–|-]\s)(?:side|page)\s+\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?\s*$"
    r"|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$|^\s*\d{1,4}\s+af\s+\d{1,4}\s*$"
)
"""A page number left by a PDF conversion ("Side 6 af 6", "Side: 2 af 5", "- 3 -", "3 af 5" on a
line of its own, or a running header ending in one after a gap or a dash), matched on the
casefolded raw line."""

RUNNING_PAGE_HEADER: Final = (
    r"^[^.:;,!?]{3,80}(?<!\bpå)(?<!\bse)(?<!\bjf)"
    r"\s(?:side|page)\s+\d{1,4}\s*(?:af|of)\s*\d{1,4}\s*$"
)
"""Inside an item, a short line without punctuation that ends in "Side 2 af 5" ("Haderslev
Kommune Side 2 af 2"): a running page header, no text of the item (casefolded raw line)."""

WRAPPED_LINE: Final = 60
"""Characters of a line at least that a PDF's page width wrapped: a line this long ending in a
word, with no full stop, goes on on the next line (a sentence, a list of who voted)."""

FAR_RIGHT_INDENT: Final = " " * 24
"""The indent of text a PDF conversion set at the far right of its page (a letterhead's date, a
page number): a line opening with it is no heading and no running text."""

PAGE_TAIL: Final = r"\s+(?:side|page)\s+\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?\s*$"
"""A page number ending a letterhead or a field's value ("Referent: Yasmin Abdi   Side 2 af 2"),
cut from it (matched ignoring case)."""

ADOPTS_RECOMMENDATION: Final = (
    r"\bindstilling(?:en|erne)? (?:blev |er |bliver )?(?:herefter |dermed |således )?"
    r"(?:tiltr(?:å|aa)dt|godkendt|vedtaget|fulgt|følges|tiltrædes|godkendes|vedtages)\b"
    r"|\bsom indstillet\b|\bjf\.? indstillingen\b"
    r"|\bfulgte indstillingen\b|\btiltrådte indstillingen\b|\bgodkendte indstillingen\b"
    r"|\benige? i indstillingen\b|\banbefaler indstillingen\b"
)
"""Phrases meaning the item's recommendation (indstilling) was adopted."""

REFUSING_RECOMMENDATION: Final = (
    r"\b(?:afvises|gives afslag|meddeles afslag|gives et afslag|meddeles et afslag)\b"
    r"|\bikke (?:imødekommes|bevilges|godkendes|tiltrædes|vedtages|gives|ydes)\b"
)
"""A recommendation (indstilling) to refuse ("at ansøgningen afvises", "at der meddeles afslag",
"at anmodningen ikke imødekommes", casefolded): adopting it rejects."""

MONTH_PREFIXES: Final[tuple[str, ...]] = tuple(name[:3] for name in MONTHS)
"""Three-letter month prefixes ("jan", "maj", ...): "12. marts" starts a date, not an item."""

WEEKDAYS: Final = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

TIME_CONTEXT_WORDS: Final = (
    "kl", "klokken", "tid", "tidspunkt", "mødetid", "mødetidspunkt", "møde", "mødet", "mødes",
    "afholdes", "afholdt", "holdes", "starter", "start", "slut", "mødestart", "tidsrum", "meeting",
    *WEEKDAYS,
)  # fmt: skip
"""Words that make bare hours after "fra"/"mellem" a meeting time ("Mødet holdes fra 19-21",
"tirsdag fra 19 til 21"); without one (or a date on the line) "fra 5-10" stays a count."""

COUNT_UNITS: Final = (
    "deltager", "person", "pers", "år", "kr", "timer", "min", "minutter", "procent", "pct", "stk",
    "mio", "mia", "gange", "dage", "uger", "måneder", "medlem", "børn", "elever", "km", "meter",
    "stemmer", "point", "sider", "punkter", "pladser", "husstande",
)  # fmt: skip
"""Words after "fra 5-10" that make it a count, not hours ("fra 5-10 deltagere")."""

MONTH_SPELLINGS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "januar": 1,
        "january": 1,
        "jan": 1,
        "februar": 2,
        "february": 2,
        "feb": 2,
        "marts": 3,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "maj": 5,
        "may": 5,
        "mai": 5,  # (Faroese, Norwegian, German: "mánadagin 5. mai 2025")
        "juni": 6,
        "june": 6,
        "jun": 6,
        "juli": 7,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "oktober": 10,
        "october": 10,
        "okt": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    }
)
"""Every month spelling dates are read with (lower case): Danish, English, abbreviations."""

WEEKDAY_SPELLINGS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "mandag": 0,
        "man": 0,
        "tirsdag": 1,
        "tirs": 1,
        "tir": 1,
        "onsdag": 2,
        "ons": 2,
        "torsdag": 3,
        "tors": 3,
        "tor": 3,
        "fredag": 4,
        "fre": 4,
        "lørdag": 5,
        "lør": 5,
        "søndag": 6,
        "søn": 6,
        "monday": 0,
        "mon": 0,
        "tuesday": 1,
        "tues": 1,
        "tue": 1,
        "wednesday": 2,
        "wed": 2,
        "thursday": 3,
        "thurs": 3,
        "thur": 3,
        "thu": 3,
        "friday": 4,
        "fri": 4,
        "saturday": 5,
        "sat": 5,
        "sunday": 6,
        "sun": 6,
    }
)
"""Weekday spellings (lower case) -> ``date.weekday()`` numbers."""

WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character ``str.isspace`` (and the regex ``\\s``) counts as whitespace (a test checks)."""
_TRAILING: Final = WHITESPACE + ":;.,?*_#>-–—"  # left at the end of a label: spaces, colons, markup


# -- votes ------------------------------------------------------------------------------------
# A vote's count on an item, read by ``_votes.py`` from the lines of its decision. The roles a
# vote's words give: for, against, abstained (no vote cast) and blank (a blank vote cast).

VOTE_NUMBER_WORDS: Final[Mapping[str, int]] = {
    "ingen": 0, "en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
}  # fmt: skip
"""Counts written as words ("to stemmer imod", "Ingen stemte imod"), read only beside a vote's
word (a bare "to for" is no vote)."""

# (a count of shares with its thousands' point: "4.188 fordelingstal for og 1.210 imod")
_VOTE_NUMBER: Final = r"\d{1,3}(?:\.\d{3})+(?![\d,.]\d)|\d{1,5}|" + "|".join(
    sorted(VOTE_NUMBER_WORDS, key=len, reverse=True)
)
_VOTE_ROLE: Final = (
    r"for|imod|ja|nej|blanke?|blankt|undlod(?:\s+at\s+stemme)?|hverken\s+for\s+eller\s+imod"
    # (minutes written in English: "8 votes in favour, 1 against and 1 abstention")
    r"|in\s+favou?r|against|abstentions?|abstained"
)
_VOTE_WHO: Final = r"(?!\d{1,4}\s+(?:blank|ugyldig|undlod|hverken))[^()\n]{1,80}"
# who, written out after a role: not past the next role's words ("For stemte 3: Ø, F Imod
# stemte 16: A, V, C, O, I", a PDF's lines joined), nor past a role's label ("For stemte: A, B
# Imod: C, D": two lines joined), nor past a separator ("for: Kim, Ole / imod: Bent", "Imod:
# MK, MS → vedtaget"); over a line break only beside a comma, "og" or a bracket
_VOTE_WHO_RUN: Final = (
    r"(?:(?!\s(?:for|imod)\s+(?:[\w-]+\s+)?stemte\b|\sundlod\s"
    r"|\s(?:imod|blanke?|undlod(?:\s+at\s+stemme)?)\s*:|\s(?:[/–→]|-\s|->))"
    r"(?:[^.;\n]|(?<=[,&])\n|(?<=\sog)\n|\n(?=\(|og\s)))"
)

VOTE_LABEL_LINE: Final = r"(?i:for|imod|blanke?|undlod(?: at stemme)?)(?: stemte)?:"
"""A line that lists a vote's side ("Imod: Alma Winther, Noah Bech, ..."): it ends at its line
break however long (the next line's "Forslaget er faldet." is a sentence of its own, no name),
though a long line is otherwise a PDF's wrapped one."""

VOTE_COUNT_FIRST: Final = (
    rf"(?<![\w.,])(?P<n>{_VOTE_NUMBER})"
    # who, before the count's word: "1 (Ø) stemte imod"
    rf"(?:\s*\((?P<w1>{_VOTE_WHO})\))?"
    # (", der undlod at stemme": "... 3 imod og 1, der undlod at stemme")
    r"(?:,\s*(?:der|som)\s+|\s+)(?:(?P<stem>stemmer|stemme|stemte|votes?|voted|fordelingstal)\s+)?"
    # (not a label of the next count: "Afgivne stemmer i alt: 142 (heraf 38 ved fuldmagt)"
    # over "Ja: 118")
    rf"(?P<role>{_VOTE_ROLE})(?:-stemmer)?(?![\w-])(?!\s*:)"
    r"(?![ \t]+\.{3,})"  # (not a tally's next label: "... 3 stemmer" over "Blanke ....... 0")
    # who, after it: "3 stemmer for (Ø, F) og 18 imod (V, A, C, O, Borgerlisten)"
    rf"(?:\s*\((?P<w2>{_VOTE_WHO})\))?"
)
"""A count and its role: "vedtaget med 22 stemmer for, 3 imod og 2 blanke", "kun 3 stemte
for", "4 undlod at stemme (Ø, F)", "Ingen stemte imod", a ballot's "24 ja, 4 nej, 1 blank" (or
"22 ja-stemmer"), "8 votes in favour, 1 against and 1 abstention"."""

VOTE_ROLE_FIRST: Final = (
    # "For stemte:", "Imod stemte", "For ændringsforslaget stemte:", "Undlod at stemme:",
    # "Undlod:" ("For stemte (15): A, B, ...", "Undlod at stemme (1): C": the count in
    # brackets first)
    r"(?<![\w-])(?:(?P<role>for|imod)(?:\s+(?:[\w-]+\s+)?stemte\b(?:\s*\((?P<n0>\d{1,5})\))?:?"
    r"|\s*:(?=\s*[A-ZÆØÅ]))"
    r"|(?P<role2>undlod(?:\s+at\s+stemme)?|hverken\s+for\s+eller\s+imod(?:\s+stemte)?)"
    r"(?:\s*\((?P<n3>\d{1,5})\))?\s*:)\s*"
    r"(?:"
    # "15 (V, C, O, A)", "3: Ø, F", "12 ejere med i alt ..."
    r"(?P<n1>\d{1,5})(?:\s+[a-zæøå]+)?\s*"
    rf"(?:\((?P<w1>[^()\n]{{1,80}})\)|:\s*(?P<w2>{_VOTE_WHO_RUN}{{1,80}}))?"
    # "A (3), F (1), Ø (1) – i alt 5": each party's count, and their sum
    r"|(?P<w5>(?:[^()\n.;:,]{1,40}?\s*\(\d{1,5}\)\s*(?:,|og)\s*)+[^()\n.;:,]{1,40}?\s*\(\d{1,5}\))"
    r"(?:\s*[–—-]?\s*i\s+alt\s+(?P<n4>\d{1,5}))?"
    # "O (3)", "A, B, C, F, V og Ø (24)", "Dansk Folkeparti (2)"
    # ("Bo Frederiksen (Ø) (1)": a person with her party, then the count)
    r"|(?P<w3>[^()\n.;:]{1,100}?(?:\s*\([^()\n\d]{1,20}\))?)\s*\((?P<n2>\d{1,5})\)"
    # "Venstre og Det Konservative Folkeparti" (who, no count)
    rf"|(?P<w4>[A-ZÆØÅ]{_VOTE_WHO_RUN}{{0,600}}(?!\w))"  # (not cut inside a name)
    r")"
)
"""A role and then its count or who: "For stemte: 15 (V, C, O, A)", "Imod stemte: A, B, C, F,
V og Ø (24)", "Undlod at stemme: 0", "For stemte (15): Jens Ole Munk (A), ..." (a roll call)."""

VOTE_AGAINST_COUNT: Final = (
    r"(?<![\w.,])(?P<n>\d{1,5})\s+(?:(?P<stem>stemmer|stemme)\s+)?"
    r"(?:\((?P<w1>[^()\n]{1,80})\)\s*)?mod\s+"
    r"(?P<m>\d{1,5})(?![\d,.]\d)(?(stem)|\s+stemmer?\b)(?:\s*\((?P<w2>[^()\n]{1,80})\))?"
)
"""Two counts, the first for and the second against: "vedtaget med 5 mod 2 stemmer", "forkastet
med 2 stemmer mod 3", "godkendt med 5 stemmer (V, A, C, O) mod 1 (F)" (who in brackets after
each); after a word of rejection (``VOTE_REJECTED``) the larger count is against: "forkastet
med 5 stemmer mod 3" (the five who rejected it)."""

VOTE_SCORE: Final = (
    r"(?<![\w-])(?:vedtaget|godkendt|forkastet|nedstemt|afvist)\s+(?:med\s+)?"
    r"(?P<n>\d{1,3})\s*[-–]\s*(?P<m>\d{1,3})(?:\s*[-–]\s*(?P<k>\d{1,3}))?(?![\d-])"
)
"""A vote written as a score after its verb: "Vedtaget 3-1", "godkendt med 6-1-1" (for,
against, abstained); after a word of rejection the larger count is against, as in
``VOTE_AGAINST_COUNT``."""

VOTE_CARRIED_WITH: Final = (
    r"(?<![\w-])(?:vedtaget|godkendt|vedtoges|godkendtes)\s+med\s+(?P<n>\d{1,5})\s+stemmer"
    # who in brackets after it: "Godkendt med 4 stemmer (A, F, Ø)."
    r"(?:\s*\((?P<w>[^()\n]{1,80})\)(?!\s*(?:for|imod|mod)\b)|(?!\s*(?:for|imod|mod|\()))"
)
"""A count of votes after the approval with no role ("Anbefalingen blev godkendt med 17
stemmer."): the votes for it."""

VOTE_REJECTED: Final = ("forkast", "nedstem", "afvis", "afvist", "faldt", "faldet", "bortfald")
"""Stems of the words that say a vote rejected the proposal, looked for in the sentence before
"X stemmer mod Y"."""

VOTE_TABLE_ROLES: Final[Mapping[str, str]] = {
    "for": "in_favour", "ja": "in_favour", "imod": "against", "nej": "against",
    "blank": "blank", "blanke": "blank", "undlod": "abstained", "undlod at stemme": "abstained",
    "hverken for eller imod": "abstained",
    "stemte for": "in_favour", "stemte imod": "against",
    "stemmer for": "in_favour", "stemmer imod": "against",
}  # fmt: skip
"""A vote written as a table, a row per role ("| For | 44 |", "| Imod | 12 |"): the role's word
in the first cell, its count in another."""

VOTE_LABEL_COUNT: Final = (
    r"(?<![\w-])(?:(?P<role>for|imod|ja|nej|blanke?(?:\s*/\s*ugyldige)?"
    r"|undlod(?:\s+at\s+stemme)?|hverken\s+for\s+eller\s+imod)\s*:"
    r"|(?P<role2>ja|nej|blanke?)(?=\s+\d))"
    r"\s*(?P<n>\d{1,5})(?![\d,.]\d)"
)
"""A role as a label over its count: "For: 44   Imod: 6   Blanke: 2", "Ja: 12, Nej: 3" (a
written ballot's result; "Blanke/ugyldige: 3"), "Ja 34 / nej 22 / blank 2" (a ballot's words
need no colon; "for 2" does: "valgt for 2 år"); read before a count that opens the next role
("44 Imod")."""

VOTE_SUBJECT_FIRST: Final = (
    # ("Simon Rask (LA) og Hanne Lund (DD)": each with a bracket)
    r"(?P<w>[A-ZÆØÅ][\w.'-]*(?:\s+(?:[A-ZÆØÅ][\w.'-]*|og|af|for|i)|\s*\([^()\n]{1,30}\)){0,7}?"
    r"(?:\s*\([^()\n]{1,30}\))?)"
    r"\s+(?:(?:stemte|stemmer)\s+(?P<role>imod|for|blankt)(?![\w-])"
    r"|(?P<role2>undlod)\s+at\s+stemme)"
)
"""Who and then the role, no count: "Enhedslisten stemte imod", "Søren Holt (F) stemte imod",
"Bo Ravn (løsgænger) undlod at stemme"."""

VOTE_NOT_SUBJECTS: Final = frozenset(
    (
        "alle", "ingen", "der", "det", "de", "den", "vi", "man", "flertallet", "mindretallet",
        "derefter", "herefter", "endelig", "også", "kun", "dog", "desuden", "så", "hvorefter",
        "forslaget", "indstillingen", "afstemning", "afstemningen",
    )
)  # fmt: skip
"""Words that open a sentence as its subject or adverb, not as who voted ("Derefter stemte
...", "Alle stemte for")."""

VOTE_UNANIMOUS: Final = r"\benstemmig(?:t|e)?\b|\balle\s+(?:\w+\s+)?stemte\s+for\b"
"""A unanimous decision: "Vedtaget enstemmigt", "Alle stemte for"."""

VOTE_WHO_ENDS: Final = (
    r",?\s+(?:idet|da|fordi|men|mens|med henvisning til|som følge af)\b.*$"
    r"|,\s+(?:der|som)\s+(?:[a-zæøå]+(?:de|te|r)|ikke|gerne|hellere|også)\b.*$"
)
"""Where a list of who voted ends and the reason begins ("Imod stemte: A, idet A ønsker ...",
"Imod: Susanne Fjord, der ønskede, at ...", "..., som ikke kunne støtte forslaget")."""


ADDITIVE_WORDS: Final = (" endvidere ", " desuden ", " yderligere ", " tillige ", "Desuden ")
"""Words that add people to those listed already ("Af bestyrelsen deltog endvidere formand X og
Y.", "Desuden deltog Z."): a sentence with one names more attendees after a list of them."""

SUMMARY_HEADINGS: Final = frozenset(
    {
        "summary in english", "english summary", "summary", "resumé på engelsk",
        "engelsk resumé", "resumé", "resume", "kort resumé",
    }
)  # fmt: skip
"""A heading of a summary of the whole meeting ("### Summary in English") after the last item:
at any level it ends that item; the summary is the meeting's, no text of the item."""

PRESENT_OPENINGS: Final = ("fremmødte ", "mødte ", "tilstedeværende ", "deltagende ")
"""The first word of a label of those who came, whoever they are ("Fremmødte andelshavere:",
"Mødte ejere:", "Tilstedeværende aktionærer:"): a list of attendees (not "Mødte ikke:")."""

MEMBERS_OF_OPENINGS: Final = (
    "medlemmer af ",
    "medlemmer fra ",
    "medlemmer i ",
    "medlemmer udpeget ",
    "medlemmer valgt ",
    "medlemmer indstillet af ",
)
"""A label of the body's members by where they come from ("Medlemmer af udvalget:", "Medlemmer
udpeget af DH Halsnæs:", "Medlemmer valgt ved ældrerådsvalget:"): the members, those away
struck out."""

FOLLOW_UP_LABELS: Final = (
    "opfølgning fra sidste møde", "opfølgning fra forrige møde", "opfølgning på sidste møde",
    "opfølgning på forrige møde", "opfølgning på sidste referat", "opfølgning på forrige referat",
    "opfølgning fra sidste referat", "opfølgning på referat", "follow-up from last meeting",
    "follow-up from the last meeting",
)  # fmt: skip
"""A label over a list that follows up the last meeting's items ("**Opfølgning fra sidste møde
(9. april)**" over "- Pkt. 3 UV-anlæg: ..."): their numbers are that meeting's, not items of
this one (matched at the start of the normalised label)."""

NOT_AN_ADJECTIVE: Final = r"(?<!\bdet )(?<!\bden )(?<!\bde )"
"""Before a place word: not after an article, where the word is an adjective ("Det lokale
uddannelsesudvalg", "de lokale foreninger": no room)."""

DISCLOSURE_WORDS: Final = ("vis ", "skjul ", "se ", "show ", "hide ")
"""A web page's fold-out widget before a people label: "▼ Vis deltagere", "Skjul fraværende"
(the label is read without it)."""


def _normalised_label(text: str) -> str:
    """Casefold, NFC, collapse spaces, strip markup and a trailing colon ("**Referat:**")."""
    text = fold_nfc(text)
    start = 0  # markup, bullets, emoji before the label: "**", "- ", "📍 ", "▸ "
    while start < len(text) and not (text[start].isalnum() or text[start] in "_(["):
        start += 1
    return squash(text[start:].rstrip(_TRAILING))


normalise_label: Final = memo(_normalised_label, 8192)
"""Casefold, NFC, collapse spaces, strip markup and a trailing colon ("**Referat:**");
remembered: every stage asks for the label of the same lines."""


def _by_number(
    mapping: Mapping[str, int], names: tuple[str, ...] | None = None
) -> list[tuple[str, str]]:
    groups: dict[int, list[str]] = {}
    for word, number in mapping.items():
        groups.setdefault(number, []).append(word)
    return [
        (names[n] if names else str(n), ", ".join(words)) for n, words in sorted(groups.items())
    ]


def markdown_tables() -> str:
    """The vocabulary as Markdown tables (the block embedded in docs/format.md)."""
    out: list[str] = []

    def table(title: str, header: tuple[str, str], rows: list[tuple[str, str]]) -> None:
        out.append(f"### {title}\n")
        out.append(f"| {header[0]} | {header[1]} |")
        out.append("| --- | --- |")
        for left, right in rows:
            out.append(f"| {left} | {right} |")
        out.append("")

    def grouped(mapping: Mapping[str, StrEnum]) -> list[tuple[str, str]]:
        groups: dict[str, list[str]] = {}
        for word, kind in mapping.items():
            groups.setdefault(kind.value, []).append(word)
        return [(k, ", ".join(v)) for k, v in groups.items()]

    table("Section labels in agenda items", ("kind", "labels"), grouped(SECTION_LABELS))
    table("Section label prefixes", ("kind", "prefixes"), grouped(SECTION_PREFIXES))
    table("Header fields", ("field", "labels"), grouped(FIELD_LABELS))
    table(
        "Header fields above the items only (in an item, the item's own section)",
        ("field", "labels"),
        grouped(HEADER_ONLY_LABELS),
    )
    table(
        "Bodies written by their capitals before møde",
        ("abbreviation", "body"),
        list(BODY_ABBREVIATIONS.items()),
    )
    table("Month spellings in dates", ("month", "written as"), _by_number(MONTH_SPELLINGS))
    table("Weekday spellings", ("weekday", "written as"), _by_number(WEEKDAY_SPELLINGS, WEEKDAYS))
    table("Person roles", ("role", "written as"), grouped_roles())
    table(
        "Regions",
        ("region", "headings"),
        [
            ("agenda", ", ".join(sorted(AGENDA_HEADINGS))),
            ("minutes", ", ".join(sorted(MINUTES_HEADINGS))),
            ("header", ", ".join(sorted(HEADER_HEADINGS))),
            ("notes", ", ".join(sorted(NOTE_HEADINGS))),
        ],
    )
    table(
        "Decision outcomes (first phrase of a sentence wins; at one place, the first row)",
        ("outcome", "pattern"),
        [(o.value, f"`{p}`".replace("|", "\\|")) for p, o in OUTCOME_PATTERNS],
    )
    table("Item number keywords", ("keyword", "example"), [(k, f"{k} 4") for k in ITEM_KEYWORDS])
    table("Document kinds", ("word in title", "kind"), [(w, k.value) for w, k in DOCUMENT_KINDS])
    roles: dict[str, list[str]] = {}
    for word, role in VOTE_TABLE_ROLES.items():
        roles.setdefault(role, []).append(word)
    table(
        "Votes written as a table (a row per role: its word, its count)",
        ("role", "first cell"),
        [(role, ", ".join(words)) for role, words in roles.items()],
    )
    table(
        "Vote counts written as words (beside stemmer, stemte)",
        ("count", "words"),
        _by_count(VOTE_NUMBER_WORDS),
    )
    return "\n".join(out)


def _by_count(words: Mapping[str, int]) -> list[tuple[str, str]]:
    counts: dict[int, list[str]] = {}
    for word, count in words.items():
        counts.setdefault(count, []).append(word)
    return [(str(count), ", ".join(spelled)) for count, spelled in sorted(counts.items())]


def grouped_roles() -> list[tuple[str, str]]:
    """``PERSON_ROLES`` grouped by role."""
    groups: dict[str, list[str]] = {}
    for word, role in PERSON_ROLES.items():
        groups.setdefault(role, []).append(word)
    return [(k, ", ".join(v)) for k, v in groups.items()]


if __name__ == "__main__":
    print(markdown_tables())


_FORWARD_TARGET: Final = (
    # "til godkendelse i Byrådet", "til endelig beslutning i regionsrådet": the body after it
    r"(?:(?:endelig\s+)?(?:godkendelse|vedtagelse|beslutning|behandling|afgørelse)\s+(?:i|hos|af|på)\s+)?"
    # "til generalforsamlingens godkendelse", "til KL's behandling": the body in the genitive
    r"(?:(?P<gen>[\w-]+?)(?:'s|’s|s)[ \t]+(?:endelige[ \t]+)?(?:godkendelse|vedtagelse|beslutning"
    r"|behandling|afgørelse|stillingtagen)\b|"
    r"(?P<to>(?!\d)(?:det[ \t]+|den[ \t]+)?[\w'’-]+"  # (not "til 2. behandling": a reading)
    r"(?:[ \t]+(?!(?:at|med|uden|som|hvor|efter|der|da|til|den|det|for)\b|\d)[\w'’-]+){0,5}"
    # "kommunalbestyrelserne i Esbjerg, Varde og Fanø": a list of places, capitalised
    r"(?:(?:,[ \t]+(?-i:[A-ZÆØÅ])[\w'’-]+)*[ \t]+og[ \t]+(?-i:[A-ZÆØÅ])[\w'’-]+)?))"
)
FORWARDED_TO: Final = (
    # "Anbefales over for Byrådet.", "Udvalget anbefaler over for Økonomiudvalget og Byrådet,
    # at ...", "Styregruppen indstiller til KL's bestyrelse, at ...", "indstilles til godkendelse
    # i Byrådet" (not the administration's own recommendation: "Direktøren indstiller til
    # udvalget, at ...")
    r"(?<!administrationen )(?<!forvaltningen )(?<!direktøren )(?<!direktionen )"
    r"(?<!sekretariatet )(?<!formandskabet foreslår og )"
    r"\b(?:anbefal(?:es|er|ede|et)|indstill(?:es|er|ede|et))"
    r"(?:\s+(?:hermed|derfor|enstemmigt|samlet|videre))?"
    # "anbefaler skitseprojektet over for ...": the matter named between (a definite noun)
    r"(?:\s+(?!over\b)[a-zæøå-]{3,30}(?:et|en|erne|ne)"
    # ("anbefaler model B over for Økonomiudvalget": a matter of two words, then "over for")
    r"|\s+(?!over\b)[\w-]{2,20}(?:\s+(?!over\b)[\w-]{1,20})?(?=\s+over\s*for\b))?"
    r"\s+(?:over\s*for|til)\s+"
    + _FORWARD_TARGET
    # "Sagen oversendes til Byrådet med udvalgets anbefaling", "sendes videre til KKR"
    + r"|\b(?:oversend(?:es|er|t|te)|videresend(?:es|er|t|te)"
    r"|sendes\s+(?:derfor\s+|hermed\s+|nu\s+)?videre|fremsendes)"
    r"(?:\s+(?:sagen|den|det|forslaget|indstillingen))?\s+til\s+"
    + _FORWARD_TARGET.replace("?P<to>", "?P<to2>").replace("?P<gen>", "?P<gen2>")
    # "Udvalget anbefaler Økonomiudvalget og Byrådet, at ...": the bodies named right after
    + r"|\banbefal(?:er|ede)\s+"
    r"(?P<to6>(?-i:[A-ZÆØÅ])[\w'’-]+(?:[ \t]+og[ \t]+(?-i:[A-ZÆØÅ])[\w'’-]+)?),?\s+at\b"
    # "Taksterne forelægges Silkeborg Byråd til godkendelse": the body before the approval
    + r"|\bforelægge(?:s|r)?\s+(?P<to4>(?-i:[A-ZÆØÅ])[\w'’-]+(?:[ \t]+(?-i:[A-ZÆØÅ])[\w'’-]+){0,3})"
    r"\s+til\s+(?:endelig\s+)?(?:godkendelse|vedtagelse|beslutning|behandling)\b"
    # "Årsrapporten forelægges generalforsamlingen", "... sendes til skolebestyrelsen",
    # "indstiller forslaget til vedtagelse på generalforsamlingen": a body by its word
     + r"|\b(?:forelægge(?:s|r)?|send(?:es|er|t|te)\s+til"
    r"|indstill(?:es|er|ede|et)\s+(?:[\w-]+\s+)?til\s+(?:godkendelse|vedtagelse)\s+på)\s+"
    # ("sendes til Børn- og Ungeudvalget": a committee named by two fields)
    r"(?P<to5>(?:den\s+)?(?:ordinære\s+|ekstraordinære\s+)?(?:\w+-[ \t]+og[ \t]+)?"
    r"[\w-]*(?:generalforsamlingen"
    r"|repræsentantskabet|bestyrelsen|udvalget|byrådet|kommunalbestyrelsen|regionsrådet"
    r"|årsmødet|landsmødet|delegeretmødet|repræsentantskabsmødet))\b"
    r"(?![ \t]+til[ \t]+orientering)"  # ("sendes til regionsbestyrelsen til orientering")
    # "sendes til godkendelse i Byrådet", "sendes til byrådets godkendelse": plain "sendes" only
    # with the approval it is sent for ("Referatet sendes til medlemmerne" forwards nothing)
     + r"|\bsend(?:es|er|t|te)\s+til\s+(?:(?:endelig\s+)?(?:godkendelse|vedtagelse|beslutning"
    r"|behandling)\s+(?:i|hos)\s+(?P<to3>[\w'’-]+(?:[ \t]+(?:og|for)[ \t]+[\w'’-]+)?)"
    r"|(?P<gen3>[\w-]+?)(?:'s|’s|s)[ \t]+(?:endelige[ \t]+)?(?:godkendelse|vedtagelse|beslutning"
    r"|behandling)\b)"
)
"""A decision that recommends its matter to another body or sends it on (``forwarded_to``),
matched ignoring case; the body is the words after it up to a comma, a full stop or a word that
starts a clause ("at", "med", ...)."""

FORWARD_ONLY: Final = (
    r"^(?:indstillingen\s+)?(?:anbefales|indstilles)"
    r"(?:\s+(?:enstemmigt|hermed|godkendt))?(?:[.,\s]|$)"
)
"""A decision that recommends without naming to whom ("Anbefales.", "Indstillingen anbefales."):
the body is the one the recommendation (Indstilling) names."""


CLOSED_MARK: Final = (
    r"\blukket\s+(?:punkt|sag|møde)\b|\((?:lukket|lukkede)\b[^()]{0,30}\)"
    r"|\bfor\s+lukkede\s+døre\b|\blukkede\s+protokol\b|\bfortrolig\s+sag\b"
)
"""What marks an item closed to the public on its head line or a line of its own ("7. Salg
af grund (Lukket punkt)", "Lukket punkt 11: Personalesag", "Punkt 4 (lukket): ...", "Lukket
sag", "Behandlet for lukkede døre", "Beslutningen er ført i den lukkede protokol"), matched on
casefolded text."""

CLOSED_PART: Final = frozenset({"lukket møde", "lukkede punkter", "lukket dagsorden", "lukket del"})
OPEN_PART: Final = frozenset({"åbent møde", "åbne punkter", "åben dagsorden", "åben del"})
"""A line alone that opens the closed (or the open) part of a meeting: the items after it are
closed (open) until the other part begins."""
