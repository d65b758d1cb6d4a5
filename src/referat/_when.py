"""The meeting's date, start and end time, chosen from the dates and times the header reader
found (the footer's when the header has none).

The date of most weight wins (a tie of different dates: ``ambiguous-date``); a page's own date
over a story of the meeting gives way to the meeting's. A date written without a year takes the
year of a meeting word or season near the top ("Generalforsamling 2024", "Elevrådet 2023/24"),
else the one nearest the document's first full date (``date-year-inferred``); no date at all
takes a front matter's time stamp (``date-from-timestamp``) or is reported (``missing-date``).
The times are those on or near the chosen date's line.
"""

from __future__ import annotations

from collections.abc import Iterator
import datetime as dt
from itertools import islice
import re
from typing import Final

from referat._danish import DateHit, TimeRange, find_dates, sentence_at
from referat._digit import has_digit
from referat._frontmatter import published
from referat._header import HeaderFacts
from referat._items import front_matter_end
from referat._prefix import casefolded, contains_any
from referat._scan import Line
from referat.diagnostics import Code, Reporter
from referat.models import HeaderField, Span
from referat.vocabulary import MEETING_WORD_STEMS, OTHER_MEETING_WORDS, WEEKDAY_SPELLINGS


def date_and_times(
    header: HeaderFacts,
    footer: HeaderFacts,
    reporter: Reporter,
    lines: tuple[Line, ...],
    front_fields: list[HeaderField],
    chat_day: tuple[dt.date, Span] | None = None,
) -> tuple[dt.date | None, str | None, str | None]:
    """The meeting's date, start and end; with no date in the text, the date of a front
    matter's time stamp (``_frontmatter.published``) or of a chat's messages (``_chat``)."""
    dates: list[tuple[int, DateHit, Span]] = sorted(
        header.dates, key=lambda d: (d[0], d[2].start_line)
    )
    when = header  # where the date (and so the times) come from
    if not dates:  # "**Mødedato:** Onsdag 19. februar 2025, kl. 19.00–21.00" under the items
        dates = sorted(footer.dates, key=lambda d: (d[0], d[2].start_line))
        when = footer if dates else header
    if not dates and header.yearless:
        dates = _with_year(header, lines, reporter)
    if not dates:
        stamp = published(front_fields)
        if stamp is None and chat_day is not None:  # a chat's export: the day of its messages
            stamp = chat_day
            reporter.report(
                Code.DATE_FROM_TIMESTAMP,
                f"no meeting date in the text; took {stamp[0].isoformat()} from the chat's time "
                "stamps (the day most messages were written on)",
                stamp[1],
            )
        elif stamp is None:
            _report_missing_date(header, reporter)
        else:  # "date: 2025-03-27 08:41:09 +0100" in a Jekyll post, and no date in its text
            reporter.report(
                Code.DATE_FROM_TIMESTAMP,
                f"no meeting date in the text; took {stamp[0].isoformat()} from the front "
                "matter's time stamp (when the page was published)",
                stamp[1],
            )
        start_alone: str | None = None
        end_alone: str | None = None
        for _, tr, _ in sorted(header.times, key=lambda t: (t[0], t[2].start_line)):
            start_alone = start_alone or tr.start  # "Start: kl. 19.00" and "Slut: kl. 21.00"
            end_alone = end_alone or tr.end
        return (stamp[0] if stamp is not None else None), start_alone, end_alone
    chosen = (
        _meeting_before_page_date(header, dates[0], lines, reporter)
        or _meeting_dated_below(dates, lines)
        or dates[0]
    )
    distinct = {d[1].date for d in dates if d[0] == chosen[0]}
    if len(distinct) > 1:
        reporter.report(
            Code.AMBIGUOUS_DATE,
            f"several dates of equal weight; chose {chosen[1].date.isoformat()}",
            chosen[2],
            data={"candidates": ", ".join(sorted(d.isoformat() for d in distinct))},
        )
    times: list[tuple[int, TimeRange, Span]] = sorted(
        header.times if when is header else [*header.times, *footer.times],
        key=lambda t: (t[2] != chosen[2], t[0], t[2].start_line),
    )
    other_dates = {d[2] for d in when.dates if d[1].date != chosen[1].date}
    day = (chosen[1].date.month, chosen[1].date.day)
    same_day = {  # "Torsdag d. 3. april kl. 19-21.15" far under a mail's "Emne: ... 3/4-25"
        where for _, hit, where in when.yearless if (hit.date.month, hit.date.day) == day
    }
    start: str | None = None
    end: str | None = None
    for _, tr, span in times:
        far = span.start_line > chosen[2].start_line + 12
        ended = tr.start is None and start is not None  # ("Bemærkninger: Mødet hævet kl. 17:40")
        if far and span != chosen[2] and span not in same_day and not ended:
            continue
        if span in other_dates and span != chosen[2]:
            continue  # "27. august 2016 kl. 05:39": the time of another date (a web post)
        start = start or tr.start
        end = end or tr.end
        if start and end:
            break
    if start is None and end is None:
        # a front matter's "date:" far above the page's "**Hvornår:** tirsdag kl. 19:00 – 21:15":
        # a time field of its own (no other date on its line) gives the times
        labelled = [t for t in times if t[0] == 0 and t[2] not in other_dates]
        if not labelled and _in_front_matter(chosen[2], lines):
            # (or the page's first time with no other date, as "**Studienævnet ...** · kl.
            # 12:15–14:00 · Teams": the front matter says only the day)
            labelled = [t for t in times if t[2] not in other_dates]
        if labelled:
            start, end = labelled[0][1].start, labelled[0][1].end
    if start is None and end is None and when is header:
        # "Mødet blev holdt tirsdag den 28. maj 2024 kl. 15.00-17.00 ..." under the items: the
        # times of a line under the minutes that names the meeting's date
        same_day = {d[2] for d in footer.dates if d[1].date == chosen[1].date}
        below = [tr for _, tr, span in footer.times if span in same_day]
        if below:
            start, end = below[0].start, below[0].end
    return chosen[1].date, start, end


def _in_front_matter(span: Span, lines: tuple[Line, ...]) -> bool:
    """Whether ``span`` lies in a front matter: between the rule that opens the document and
    the next one (``_frontmatter`` writes its ``---`` lines as rules)."""
    end = front_matter_end(lines)  # (after the closing rule)
    return end > 0 and lines[0].number < span.start_line and span.end_line < lines[end - 1].number


_WEEKDAY_WORDS: Final = frozenset(
    w for spelled in WEEKDAY_SPELLINGS for w in (spelled, spelled.capitalize(), spelled.upper())
)


_PAGE_DATE_REACH: Final = 45
"""Days a news page or blog post may come after the meeting it tells of."""


def _meeting_before_page_date(
    header: HeaderFacts,
    chosen: tuple[int, DateHit, Span],
    lines: tuple[Line, ...],
    reporter: Reporter,
) -> tuple[int, DateHit, Span] | None:
    """A page's date on a line that names no meeting ("Nyheder | 02.05.2024") over "Vi holdt
    møde mandag den 29. april kl. 19": the day without a year, named with its weekday, that
    falls on that weekday in the weeks before the page's date is the meeting's. A date with its
    weekday is the meeting's own, as is a line that names a meeting; a deadline is no meeting."""
    priority, page, span = chosen
    if priority <= 0 or not header.yearless or page.text.split(maxsplit=1)[0] in _WEEKDAY_WORDS:
        return None  # ("Torsdag den 20. marts 2025": the meeting's own day, not a page's)
    texts = _texts_by_number(lines)
    text = texts.get(span.start_line, "")
    if text[page.start : page.end] != page.text:
        return None  # (the date was read from a part of the line)
    rest = casefolded.of(text[: page.start] + text[page.end :])
    if len(rest) > 40 or contains_any(rest, MEETING_WORD_STEMS):
        return None
    for _, hit, where in sorted(header.yearless, key=lambda d: d[2].start_line):
        weekday = WEEKDAY_SPELLINGS.get(hit.text.split(maxsplit=1)[0].rstrip(".,").casefold())
        said = texts.get(where.start_line, "")
        if said[hit.start : hit.end] == hit.text:
            said = sentence_at(said, hit.start, hit.end)
        if weekday is None or contains_any(casefolded.of(said), OTHER_MEETING_WORDS):
            continue  # (in its own sentence: "... møde mandag d. 13. januar kl. 19. Det fulde
            # referat kommer, når det er godkendt på næste møde")
        day = _in_year(hit.date, page.date.year)
        if day is not None and day > page.date:
            day = _in_year(hit.date, page.date.year - 1)  # December's meeting, January's page
        if (
            day is not None
            and day.weekday() == weekday
            and (page.date - day).days <= _PAGE_DATE_REACH
        ):
            reporter.report(
                Code.DATE_YEAR_INFERRED,
                f'the meeting date "{hit.text}" has no year; took {day.year} from the page\'s '
                f'date "{page.text}"',
                where,
            )
            return priority, DateHit(day, hit.start, hit.end, hit.text), where
    return None


def _texts_by_number(lines: tuple[Line, ...]) -> dict[int, str]:
    """Each source line's text by its number: its first piece (a line cut in pieces keeps its
    number)."""
    texts: dict[int, str] = {}
    for ln in lines:
        texts.setdefault(ln.number, ln.text)
    return texts


def _meeting_dated_below(
    dates: list[tuple[int, DateHit, Span]], lines: tuple[Line, ...]
) -> tuple[int, DateHit, Span] | None:
    """A post's byline ("Administrator · 12. november 2024 kl. 20:14 · 👥": a date, a clock and
    no meeting word) over a line of the same weight that dates a meeting ("REFERAT FRA
    BESTYRELSESMØDET 11. NOVEMBER 2024") a few days before it: the meeting's date."""
    priority, page, span = dates[0]
    if len(dates) < 2:
        return None
    texts = _texts_by_number(lines)
    byline = texts.get(span.start_line, "")
    if " · " not in byline or contains_any(casefolded.of(byline), MEETING_WORD_STEMS):
        return None
    for candidate in dates[1:]:
        if candidate[0] != priority or candidate[1].date == page.date:
            continue
        said = casefolded.of(texts.get(candidate[2].start_line, ""))
        if (
            contains_any(said, MEETING_WORD_STEMS)
            and 0 < (page.date - candidate[1].date).days <= _PAGE_DATE_REACH
        ):
            return candidate
    return None


def _report_missing_date(header: HeaderFacts, reporter: Reporter) -> None:
    """``missing-date``; a date written without a year ("Tirsdag d. 11. september") is named,
    with its day and month in ``data`` and its line as the span: no year is guessed (a weekday
    fits a day and month every few years)."""
    if not header.yearless:
        reporter.report(Code.MISSING_DATE, "no meeting date found", None)
        return
    _, hit, span = min(header.yearless, key=lambda d: (d[0], d[2].start_line))
    reporter.report(
        Code.MISSING_DATE,
        f'no meeting date found ("{hit.text}" has no year)',
        span,
        data={"written": hit.text, "month": hit.date.month, "day": hit.date.day},
    )


def _with_year(
    header: HeaderFacts, lines: tuple[Line, ...], reporter: Reporter
) -> list[tuple[int, DateHit, Span]]:
    """The header's date written without a year ("Referat fra bestyrelsesmøde 12. marts"), in
    the year that puts it nearest the document's first full date ("Næste møde: 9. april
    2024"); none without such a date."""
    priority, hit, span = min(header.yearless, key=lambda d: (d[0], d[2].start_line))
    titled = _meeting_year(lines)
    if titled is not None:  # "Generalforsamling 2024" over "afholdt den 14. marts"
        day = _in_year(hit.date, int(titled.group(1)))
        if day is None:
            return []
        reporter.report(
            Code.DATE_YEAR_INFERRED,
            f'the meeting date "{hit.text}" has no year; took {day.year} from "{titled.group()}"',
            span,
        )
        return [(priority, DateHit(day, hit.start, hit.end, hit.text), span)]
    season = _season_years(lines)
    if season is not None:  # "Elevrådet 2023/24" over "torsdag d. 9/11": a school year's
        year = season[0] if hit.date.month >= _SEASON_TURN else season[1]  # autumn, spring
        day = _in_year(hit.date, year)
        if day is None:
            return []
        reporter.report(
            Code.DATE_YEAR_INFERRED,
            f'the meeting date "{hit.text}" has no year; took {day.year} from the season '
            f'"{season[2]}"',
            span,
        )
        return [(priority, DateHit(day, hit.start, hit.end, hit.text), span)]
    reference = next(
        (hit for ln in lines if has_digit(ln.text) for hit in find_dates(ln.text)), None
    )
    if reference is None:
        return []
    candidates = [
        day
        for year in (reference.date.year - 1, reference.date.year, reference.date.year + 1)
        if (day := _in_year(hit.date, year)) is not None
    ]
    if not candidates:
        return []
    date = min(candidates, key=lambda day: abs((day - reference.date).days))
    reporter.report(
        Code.DATE_YEAR_INFERRED,
        f'the meeting date "{hit.text}" has no year; took {date.year} from the date '
        f'"{reference.text}" in the document',
        span,
    )
    return [(priority, DateHit(date, hit.start, hit.end, hit.text), span)]


_MEETING_YEAR: Final = re.compile(
    r"(?:\w*(?:generalforsamling|møde|referat|dagsorden)\w*\s+(?:for\s+)?"
    r"|\b(?:forår|sommer|efterår|vinter)(?:et|en)?\s+)"  # a season's running head: "Forår 2024"
    # (not a date's or a season's: "2023/24"; a year's running number is: "Mødereferat 2024/3")
    r"((?:19[89]|20\d)\d)\b(?![.:-]\d)(?!/\d\d)",
    re.IGNORECASE,
)


_YEAR_REACH: Final = 6  # the document's first lines, where its title is


_SEASON: Final = re.compile(r"(?<![\d./-])((?:19|20)\d\d)\s*[/-]\s*((?:19|20)?\d\d)(?![\d./-])")


_SEASON_TURN: Final = 8  # a school year or season "2023/24" runs from August


def _season_years(lines: tuple[Line, ...]) -> tuple[int, int, str] | None:
    """A school year or season near the top ("Holmegårdsskolens elevråd 2023/24", "Sæson
    2024-2025"): its two years (the second one after the first) and how it is written."""
    for text in _top_texts(lines):
        m = _SEASON.search(text) if "/" in text or "-" in text else None
        if m is not None:
            first, second = int(m.group(1)), int(m.group(2))
            second += (first // 100) * 100 if second < 100 else 0
            if second == first + 1:
                return first, second, m.group()
    return None


def _meeting_year(lines: tuple[Line, ...]) -> re.Match[str] | None:
    """A year right after a meeting word or a season near the top ("Generalforsamling 2024",
    "Referat bestyrelsesmøde 2023", "... · Forår 2024"): the year of the meeting."""
    for text in _top_texts(lines):
        m = _MEETING_YEAR.search(text) if has_digit(text) else None
        if m is not None:
            return m
    return None


def _top_texts(lines: tuple[Line, ...]) -> Iterator[str]:
    """The texts of the document's first ``_YEAR_REACH`` lines with text (where its title is)."""
    return islice((line.text for line in lines if line.text), _YEAR_REACH)


def _in_year(day: dt.date, year: int) -> dt.date | None:
    """The same day and month in another year (None for 29 February outside leap years)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None
