"""From a fetched page or pasted text to an article's title, body and metadata.

HTML goes through trafilatura, which finds the main text and the page's metadata; plain text is
read as it is. Both then lose the lines that are not the article: "read also" links (the whole
line, so the linked headline cannot be mistaken for news), trailing "related stories" lists,
share bars, bylines, and dateline or update lines, whose date and author are kept as metadata.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ingest.dates import WEEKDAY_NAMES
from ingest.extract.language import detect_language
from ingest.normalize import is_arabic_script, normalize

__all__ = ["CleanedArticle", "MarkupTooHeavy", "clean_article", "detect_language"]


class MarkupTooHeavy(ValueError):
    """HTML built to exhaust a parser (or generated beyond reason): refused before parsing."""


@dataclass(frozen=True)
class CleanedArticle:
    """The parts of an article that the extractor and the importer need."""

    title: str | None
    text: str
    author: str | None
    outlet: str | None
    published_raw: str | None
    lang_hint: str


# Patterns over normalised lines (see ingest.normalize: no hamza on alef, lower case, no accents).
_READ_ALSO_RE = re.compile(
    # the words may run together: "اقرأالمزيد", "اقرأ أيضاً"
    r"^\W*(?:اقرا\s*(?:ايضا|كذلك|المزيد|اكثر)|شاهد\s*(?:ايضا|كذلك)|طالع\s*(?:ايضا|كذلك)"
    r"|read\s+(?:also|more)|also\s+read|see\s+also|related\s*:|more\s*:"
    r"|(?:a\s+)?lire\s+(?:aussi|egalement)|voir\s+aussi"
    r"|читаите\s+также|читать\s+также|смотрите\s+также|читаите\s+по\s+теме"
    r"|(?:lee|lea|leer|ver)\s+tambien|te\s+puede\s+interesar|le\s+puede\s+interesar"
    r"|mas\s+informacion\s*:|more\s+information\s*:|plus\s+d'informations?\s*:"
    r"|подробнее\s*:|المزيد\s+من\s+المعلومات\s*:)(?!\w)"
)
# A line of tags or keywords: "Tags: NATO, Sweden", "وسوم: الجزائر، التطبيع", "Теги: ...".
_TAGS_RE = re.compile(
    r"^\W*(?:tags|tagged|topics|keywords|mots[\s-]cles|etiquettes|themes|etiquetas|temas"
    r"|palabras\s+clave|теги|метки|темы|ключевые\s+слова|وسوم|الوسوم|كلمات\s+(?:مفتاحيه|دلاليه)"
    r"|الكلمات\s+(?:المفتاحيه|الدلاليه))\s*:"
)
# A bulleted line without a sentence's final stop is a link to another story.
_BULLET_LINK_RE = re.compile(r"^\s*[-•·▪►–→➤➔▶▸■◆*]\s*\S.*[^.!?؟…»\"”']\s*$")
# A link's title: a short line without a sentence's final stop.
_LINK_TITLE_RE = re.compile(r"^.{1,150}[^.!?؟…»\"”':]\s*$")
# A line that opens the list of other stories at the end of a page: it and what follows go.
_TRAILER_RE = re.compile(
    r"^\W*(?:قصص\s+مقترحه|مواضيع\s+ذات\s+صله|اخبار\s+ذات\s+صله|مقالات\s+ذات\s+صله"
    r"|اخبار\s+متعلقه|قد\s+يعجبك\s+ايضا|المزيد\s+من\s+الاخبار|الاكثر\s+قراءه"
    r"|suggested\s+(?:stories|articles|reading)|related(?:\s+(?:stories|articles|news|coverage))?"
    r"|more\s+(?:stories|from\s+\w+)|you\s+may\s+also\s+like|recommended(?:\s+stories)?"
    r"|most\s+read|articles\s+similaires|sur\s+le\s+meme\s+sujet|dans\s+la\s+meme\s+rubrique"
    r"|les\s+plus\s+lus|похожие\s+(?:новости|материалы)|по\s+теме|другие\s+новости"
    r"|noticias\s+relacionadas|relacionad[oa]s?|mas\s+noticias|lo\s+mas\s+leido)\W*$"
)
_SHARE_WORDS = frozenset(
    [
        "share",
        "shares",
        "tweet",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "telegram",
        "linkedin",
        "email",
        "e",
        "mail",
        "print",
        "copy",
        "link",
        "reddit",
        "pinterest",
        "messenger",
        "شارك",
        "مشاركه",
        "المقال",
        "طباعه",
        "نسخ",
        "الرابط",
        "فيسبوك",
        "تويتر",
        "واتساب",
        "تلغرام",
        "انستغرام",
        "ارسل",
        "partager",
        "imprimer",
        "envoyer",
        "copier",
        "le",
        "lien",
        "поделиться",
        "печать",
        "отправить",
        "compartir",
        "imprimir",
        "enviar",
        "copiar",
        "enlace",
        "on",
        "via",
    ]
)
_BYLINE_RE = re.compile(
    r"^\W*(?:by|par|por|بقلم|بواسطه|كتب|كتبت|اعداد|تحرير|автор|текст)\s*:?\s+(?P<name>[^|\d]{2,60}?)"
    r"\s*$"
)
_PUBLISHED_LABELS = (
    r"نشر\s+في|نشر\s+بتاريخ|تاريخ\s+النشر|نشر|published(?:\s+on)?|posted(?:\s+on)?"
    r"|publie\s+le|publie|publicado(?:\s+el)?|опубликовано|дата\s+публикации"
    # an issue's date line: "العدد الصادر يوم الاثنين 31 كانون الثاني 1972", "edición del lunes"
    r"|(?:ال)?عدد\s+(?:ال)?صادر(?:\s+(?:يوم|في|بتاريخ))?|edicion\s+del|edition\s+du"
    r"|issue\s+of|номер\s+от|выпуск\s+от"
)
_UPDATED_LABELS = (
    r"اخر\s+تحديث|تم\s+التحديث|تحديث|(?:last\s+)?updated(?:\s+on)?|mis\s+a\s+jour(?:\s+le)?"
    r"|actualizado(?:\s+el)?|обновлено"
)
_AUTHOR_LABELS = r"بقلم|بواسطه|كتب|كتبت|by|par|por|автор"
_LABEL_RE = re.compile(
    rf"(?<!\w)(?:(?P<pub>{_PUBLISHED_LABELS})|(?P<upd>{_UPDATED_LABELS})|(?P<aut>{_AUTHOR_LABELS}))"
    r"(?!\w)\s*:?"
)
_DATE_ONLY_RE = re.compile(
    # an optional weekday, then "07-11-2025", "30 de junio de 2009", "13 марта 1999 года"...
    r"^\W*(?:[^\W\d]+,?\s+)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d{1,2}\s+(?:de\s+)?\w+\s+(?:de\s+)?\d{4}(?:\s+(?:года|г))?|\w+\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*[,-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\W*$"
)
# "WASHINGTON (Reuters) - " or "واشنطن - " opening the first paragraph.
_DATELINE_PREFIX_RE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý .,'/-]{1,40}|[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?)"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—]\s+(?=\S)"
)
# Limits on the HTML handed to the parser, checked by a linear scan first. Real news pages stay
# far below them (a few thousand elements, a few dozen deep); past them a page is a trap:
# lxml's parse time grows with the square of one tag's attributes, trafilatura's cleaning
# with the number of elements (50,000 take about 10 s), and parsers drop what lies deeper
# than 255 elements.
MAX_ELEMENTS = 50_000
MAX_DEPTH = 255
MAX_ATTRIBUTES = 500
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)")
_QUOTED_RE = re.compile(r"\"[^\"]*\"|'[^']*'")
# Elements that never hold others, and those whose end tag may be left out: neither nests.
_VOID = "area base br col embed hr img input link meta param source track wbr"
_OPTIONAL_END = "p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rp"
_NOT_NESTING = frozenset(f"{_VOID} {_OPTIONAL_END} html head body".split())
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})
_SENTENCE_PUNCT_RE = re.compile(r"[.!?؟。:]")
_HTML_SNIFF_RE = re.compile(r"<(?:html|body|head|article|div|p|!doctype)\b", re.IGNORECASE)


def clean_article(raw: str, *, content_type: str | None = None) -> CleanedArticle:
    """Turn a fetched page (HTML) or plain text into a :class:`CleanedArticle`.

    ``content_type`` is the HTTP header value when known; without it, HTML is recognised by its
    tags. The headline becomes ``title``; boilerplate lines are removed from ``text``, whose
    paragraphs are separated by blank lines.
    """
    raw = raw or ""
    title = author = outlet = published_raw = None
    if _is_html(raw, content_type):
        markup_check(raw)
        body, title, author, outlet, published_raw = _from_html(raw)
    else:
        body = raw
    lines = [line.strip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if title is None:
        title, lines = _plain_title(lines)
    kept, meta_author, meta_published = _filter_lines(lines, title)
    author = author or meta_author
    published_raw = published_raw or meta_published
    if published_raw is None and _is_html(raw, content_type):
        published_raw = _page_date(raw)
    text = "\n\n".join(kept)
    return CleanedArticle(
        title=title,
        text=text,
        author=author,
        outlet=outlet,
        published_raw=published_raw,
        lang_hint=detect_language(f"{title or ''}\n{text}"),
    )


def markup_check(raw: str) -> None:
    """Raise MarkupTooHeavy if `raw` has more elements, nesting or attributes than the limits.

    One pass over the tags, in time linear in the size of the page; the contents of scripts
    and styles are skipped, since their "<" are not tags.
    """
    elements = depth = 0
    position = 0
    while match := _TAG_RE.search(raw, position):
        position = match.end()
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            if name not in _NOT_NESTING and depth:
                depth -= 1
            continue
        elements += 1
        if elements > MAX_ELEMENTS:
            raise MarkupTooHeavy(f"the page has more than {MAX_ELEMENTS:,} HTML elements")
        if len(_QUOTED_RE.sub(" ", attributes).split()) > MAX_ATTRIBUTES:
            raise MarkupTooHeavy(f"an HTML tag has more than {MAX_ATTRIBUTES} attributes")
        if name in _RAW_TEXT:
            end = _raw_text_end(raw, name, position)
            position = end if end >= 0 else len(raw)
            continue
        if name not in _NOT_NESTING and not attributes.rstrip().endswith("/"):
            depth += 1
            if depth > MAX_DEPTH:
                raise MarkupTooHeavy(f"the page nests HTML elements more than {MAX_DEPTH} deep")


def _raw_text_end(raw: str, name: str, start: int) -> int:
    match = re.compile(rf"</{name}\b", re.IGNORECASE).search(raw, start)
    return match.start() if match else -1


def _is_html(raw: str, content_type: str | None) -> bool:
    if content_type:
        return "html" in content_type.lower() or "xml" in content_type.lower()
    return bool(_HTML_SNIFF_RE.search(raw[:5000]))


def _from_html(raw: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    # Imported here: trafilatura pulls in lxml and friends, which plain-text callers never need.
    import trafilatura

    document = trafilatura.bare_extraction(
        raw,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        # Dates from the page's markup only (meta tags, <time>, the URL). htmldate's extensive
        # search reads dates out of the running text with dateparser: slow (seconds for a
        # page while its locale patterns compile) and wrong for news, where a bare "2025" in
        # the text became a publication date of 2025-01-01. The byline is read by
        # _filter_lines below instead.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return _strip_tags(raw), None, None, None, None
    data = document if isinstance(document, dict) else document.as_dict()
    text = data.get("text") or ""
    return (
        text,
        _blank_to_none(data.get("title")),
        _blank_to_none(data.get("author")),
        _blank_to_none(data.get("sitename")),
        _blank_to_none(data.get("date")),
    )


_BYLINE_PARTS_RE = re.compile(r"\s*[|•·—–]\s*|\s+-\s+")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _page_date(raw: str) -> str | None:
    """The byline's date of a page whose markup has none ("Published 7 March 2024",
    "الجمعة 7 تشرين الثاني 2025"): the first short row, or part of a row between separators,
    that is a labelled publication date or a day-precision date alone. Running text is
    skipped (a date inside a sentence is news, not the page's date).
    """
    from ingest.dates import parse_publication_date  # dates imports babel: only for HTML

    for line in _strip_tags(raw[:200_000]).splitlines():
        for segment in _BYLINE_PARTS_RE.split(" ".join(line.split())):
            norm = normalize(segment)
            if not norm or len(norm.split()) > 10 or not _YEAR_RE.search(norm):
                continue
            _, published, is_meta = _metadata(segment, norm)
            candidate = published if is_meta and published else segment
            if parse_publication_date(candidate, None):
                return candidate
    return None


def _strip_tags(raw: str) -> str:
    text = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", raw)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", text)
    # "Trade Reporter &middot; Friday, October 26, 2018": entities become the characters
    # that separate a byline's parts
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _blank_to_none(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _plain_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """The first non-empty line is the headline when it looks like one. A page's furniture
    above it ("Mundo | Crónica Atlántica", "Sahel Hebdo.net | Actualité › Mali") and a date
    line are passed over, and kept with the body for what they tell."""
    passed = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if (
            _dated_line(line)  # a date line may end with a stop: "21 декабря 2007 г."
            or _FURNITURE_RE.search(line)
            or _SECTION_LABEL_RE.match(line)
            or _ARCHIVE_RE.match(normalize(line))
            or _outlet_above_dated_headline(lines, index)
            or _rubric_above_headline(lines, index)
            # "من أرشيف «الضفّة» — ..." / "شؤون دولية" / the headline: a rubric of a word or two
            # under the page's furniture, in a script without capitals
            or (passed and _rubric_above_headline(lines, index, caseless=True))
        ):
            passed += 1
            if passed > _FURNITURE_LINES:
                return None, lines
            continue
        if len(line) > 250 or line.endswith((".", "。")):
            return None, lines
        return line, lines[:index] + lines[index + 1 :]
    return None, lines


def _outlet_above_dated_headline(lines: list[str], index: int) -> bool:
    """ "Straits Regional News" / "Thursday, July 24, 1997" / "ASEAN WELCOMES LAOS...": a short
    line over a date line (or a rubric line: "WEST AFRICA MONITOR" / "Tuesday 14 February 2017 |
    Justice") and a further line without a sentence's full stop is the outlet's name, and that
    further line the headline."""
    # words, not the dash between an outlet and its city ("Le Matin du Détroit — Casablanca")
    if len([w for w in lines[index].split() if any(ch.isalnum() for ch in w)]) > _OUTLET_WORDS:
        return False
    following = [line for line in lines[index + 1 : index + 6] if line]
    return (
        len(following) >= 2
        and _dated_line(following[0])
        and len(following[1]) <= 200
        and not following[1].rstrip().endswith((".", "。"))
        and not _is_metadata(following[1])
    )


_OUTLET_WORDS = 5


def _rubric_above_headline(lines: list[str], index: int, caseless: bool = False) -> bool:
    """ "ASIA" / "FIVE NATIONS FORM A COMMON MARKET": a rubric of a word or two in capitals over a
    longer line without a sentence's full stop, which is the headline (``caseless``: a word or
    two of Arabic, which has no capitals)."""
    line = lines[index].strip()
    if caseless:
        if len(line.split()) > 2 or not is_arabic_script(line) or _SENTENCE_PUNCT_RE.search(line):
            return False
    elif not _RUBRIC_RE.match(line):
        return False
    following = next((line for line in lines[index + 1 : index + 4] if line), "")
    return (
        len(following.split()) > len(lines[index].split()) + 1
        and len(following) <= 200
        and not following.rstrip().endswith((".", "。"))
        and not _is_metadata(following)
    )


_RUBRIC_RE = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&'-]*(?: [A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&'-]*)?$")


def _dated_line(line: str) -> bool:
    """A date line, also with a rubric beside it: "Tuesday 14 February 2017 | Justice",
    "Viernes, 9 de junio de 2000 — Sección: Mundo"."""
    return _is_metadata(line) or any(
        _DATE_ONLY_RE.match(normalize(part)) for part in re.split(r"\s[|›·—–]\s", line)
    )


# Section, outlet and date lines above a headline: " | ", " › " or " · " between their parts,
# or an outlet in capitals before a dash ("DIARIO DEL PACÍFICO SUR — Nacional").
_FURNITURE_RE = re.compile(r"\s[|›·]\s|^[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'&]{7,}\s[—–-]\s")
_FURNITURE_LINES = 3
# "Рубрика: Соседи", "Rubrique : Monde", "Sección: Internacional", "القسم: دولي": a section's
# label line over the headline
_SECTION_LABEL_RE = re.compile(
    r"(?i)(?:рубрика|раздел|rubrique|section|rubric|secci[oó]n|r[uú]brica|القسم|قسم)\s*:\s*\S"
)


# "من أرشيف «المرصاد»", "FROM THE ARCHIVE", "ARCHIVES", "Hemeroteca", "Из архива": an archive's
# label over a page it reprints
_ARCHIVE_RE = re.compile(
    r"\W*(?:from\s+the\s+archives?|archives?|من\s+ارشيف|hemeroteca|из\s+архива|archivo)\b"
)


def _is_metadata(line: str) -> bool:
    norm = normalize(line)
    return bool(_LABEL_RE.search(norm) and len(norm) < 200) or bool(_DATE_ONLY_RE.match(norm))


def _filter_lines(lines: list[str], title: str | None) -> tuple[list[str], str | None, str | None]:
    title_key = _plain(normalize(title)) if title else None
    kept: list[str] = []
    author = published = None
    links_follow = False  # after a "read also:" line, the titles of the stories it lists
    for line in lines:
        if not line:
            continue
        norm = normalize(line)
        if not norm:
            continue
        if _TRAILER_RE.match(norm) and kept:
            break  # what follows is a list of other stories
        if links_follow and _LINK_TITLE_RE.match(line.strip()):
            continue
        links_follow = False
        if _READ_ALSO_RE.match(norm):
            links_follow = norm.rstrip().endswith(":")
            continue
        if _BULLET_LINK_RE.match(line) or _TAGS_RE.match(norm):
            continue
        if title_key and _plain(norm) == title_key:
            continue  # the headline repeated in the body
        words = re.findall(r"\w+", norm)
        if words and all(w in _SHARE_WORDS for w in words):
            continue
        if len(norm) < 200:
            found_author, found_published, is_meta = _metadata(line, norm)
            if is_meta:
                author = author or found_author
                published = published or found_published
                continue
        if _DATE_ONLY_RE.match(norm):
            published = published or line.strip()
            continue
        byline = _BYLINE_RE.match(norm)
        if byline and len(words) <= 8:
            author = author or _original_slice(line, byline.group("name"))
            continue
        if len(words) <= 3 and not _SENTENCE_PUNCT_RE.search(line) and not _weekday_dateline(norm):
            continue  # a dateline ("واشنطن"), a caption or a section label
        if not kept:
            line = _DATELINE_PREFIX_RE.sub("", line, count=1) if len(line) > 60 else line
        kept.append(line)
    return kept, author, published


def _weekday_dateline(norm: str) -> bool:
    """ "BANGKOK, Tuesday": a dateline that gives the day the report's "today" means, kept."""
    place, comma, day = norm.rpartition(",")
    return bool(comma and place.strip() and day.strip() in WEEKDAY_NAMES)


def _metadata(line: str, norm: str) -> tuple[str | None, str | None, bool]:
    """Read a metadata row such as "نشر في 07-11-2025 | بواسطة أحمد | آخر تحديث ...".

    Rows copied from right-to-left pages may come out with the label after its value, so each
    segment's value is whatever is left of it once the label is removed.
    """
    if not _LABEL_RE.search(norm):
        return None, None, False
    segments = re.split(r"\s*[|•·]\s*", line)
    author = published = None
    labelled = 0
    for segment in segments:
        seg_norm = normalize(segment)
        match = _LABEL_RE.search(seg_norm)
        if not match:
            continue
        labelled += 1
        value = (seg_norm[: match.start()] + " " + seg_norm[match.end() :]).strip(" :-")
        value = " ".join(value.split())
        if not value:
            continue
        if match.group("pub") and published is None:
            published = _original_slice(segment, value)
        elif match.group("aut") and author is None and len(value.split()) <= 6:
            author = _original_slice(segment, value)
    # A sentence that merely contains "published" is not a metadata row.
    is_meta = labelled > 0 and (len(segments) > 1 or len(norm.split()) <= 8)
    return author, published, is_meta


def _original_slice(original: str, value_norm: str) -> str:
    """The original spelling of a normalised value found in ``original`` (best effort)."""
    words = value_norm.split()
    if not words:
        return value_norm
    picked = [w for w in re.findall(r"\S+", original) if normalize(w) in words]
    return " ".join(picked) if picked else value_norm


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))
