"""Validation of a resume a candidate uploads (anonymous, from a phone or a desktop); no database.

``validate_resume(uploaded_file, max_bytes=...)`` reads the upload once, in chunks, keeping at most
``max_bytes`` of it in memory (it stops and refuses past that), and returns a :class:`ResumeCheck` or
raises ``ValidationError`` with a message for the candidate (gettext_lazy, so it renders in the active
language) and a ``code`` for the caller. The file position is 0 afterwards, accepted or not.

What decides the type is the CONTENT, never the name or the browser's content type:

* PDF: ``%PDF-`` at the start, after an optional UTF-8 byte-order mark and whitespace (some generators
  emit those), within the first 1024 bytes; anything else before it is refused. Readers also accept
  ``%PDF-`` anywhere in the first 1024 bytes, so a file of another type with ``%PDF-`` there is a
  polyglot and refused. The PDF must end with ``%%EOF`` somewhere (an upload cut short is refused).
  Scripts and embedded files are looked for as PDF *name tokens* (``#xx`` escapes decoded) in two
  passes. (1) Outside literal strings, comments and stream data: ``/JavaScript``, ``/JS``, ``/Launch``,
  ``/EmbeddedFile(s)``, ``/EF``, ``/FileAttachment``, ``/RichMedia``, ``/GoToE``, ``/XFA``; skipping
  strings and streams keeps "HTML/JavaScript" in a bookmark title, or random bytes in a compressed
  picture, from being mistaken for them. (2) Everywhere, strings and stream data included (a
  cross-reference entry can point a reader at an object hidden there): the names nobody writes in
  prose, and ``/S /JavaScript``, ``/S /Launch`` and the like. Object streams (``/Type /ObjStm``, or
  ``/N`` and ``/First``) are decompressed, bounded by ``max_uncompressed_bytes``, and scanned the same
  way; one that cannot be read (another or a doubled filter, a predictor, encryption, corrupt data)
  makes the PDF uncheckable: refused. ``/OpenAction`` and ``/AA`` on their own are allowed (they
  usually just open page 1); the script or launch they would run is caught by its own name.
* DOCX: a ZIP starting with a local file header whose parts include ``[Content_Types].xml`` and
  ``word/document.xml``. The archive is only read in memory (never extracted): at most
  ``DOCX_MAX_ENTRIES`` parts, at most ``max_uncompressed_bytes`` once expanded, no part above
  1 MB compressed more than 100:1, no absolute / ``..`` / duplicate part names, no encrypted parts, no
  nested archives, programs or OLE containers (by name or content), no macros or ActiveX, and every
  part is decompressed once (bounded by the sizes just checked) to verify its CRC.
* JPEG, PNG, WebP: dimensions are read from the header (PNG IHDR with its CRC, JPEG SOF segment,
  WebP VP8/VP8L/VP8X) without decoding the picture; above ``IMAGE_MAX_SIDE`` on a side or
  ``IMAGE_MAX_PIXELS`` in total is refused (a decompression bomb), as is a truncated header.
* Refused with their own message: programs and scripts (MZ, ELF, Mach-O, ``#!``), web pages /
  SVG / XML, old Office files (OLE2, e.g. ``.doc``; a password-protected ``.docx`` is also OLE2 and
  gets the password message), archives (RAR, 7z, gzip, ...), ZIP files that are not a Word document
  (``.xlsx``, ``.pptx``, ``.odt``, ``.jar``, plain ZIPs), other picture formats (GIF, HEIC, TIFF, ...).
  Any non-DOCX file that is also a readable ZIP (a PDF or a JPEG with an archive appended) is a
  polyglot and refused.
* A file name's extension must agree with the content when it is a known file extension (``.pdf``,
  ``.docx``, ``.jpg``, ``.exe``, ...); a missing or unknown suffix ("CV Zhang.San") is fine. The stored
  name is always :func:`safe_stored_name`; the original name is only shown via :func:`display_name`.
"""

from __future__ import annotations

import hashlib
import io
import re
import secrets
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from typing import Literal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024
DOCX_MAX_ENTRIES = 1000
DOCX_MAX_UNCOMPRESSED_BYTES = 50 * MB  # also the budget for decompressing a PDF's object streams
DOCX_MAX_RATIO = 100
DOCX_RATIO_MIN_SIZE = 1 * MB
IMAGE_MAX_SIDE = 12000
IMAGE_MAX_PIXELS = 50_000_000
DISPLAY_NAME_MAX = 150
PDF_HEADER_WINDOW = 1024
CHUNK_SIZE = 64 * 1024

Kind = Literal["pdf", "docx", "jpeg", "png", "webp"]

CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
}
EXTENSIONS: dict[str, str] = {"pdf": "pdf", "docx": "docx", "jpeg": "jpg", "png": "png", "webp": "webp"}
ACCEPTED_EXTENSIONS: dict[str, frozenset[str]] = {
    "pdf": frozenset({"pdf"}),
    "docx": frozenset({"docx"}),
    "jpeg": frozenset({"jpg", "jpeg", "jpe", "jfif"}),
    "png": frozenset({"png"}),
    "webp": frozenset({"webp"}),
}
# Suffixes that name a file type: when a name ends in one of these that does not fit the content,
# the candidate probably picked the wrong file (or renamed it). Other suffixes are part of the name.
KNOWN_EXTENSIONS = frozenset({
    "pdf", "docx", "doc", "docm", "dot", "dotx", "dotm", "odt", "ott", "rtf", "txt", "md", "pages", "wps", "wpd",
    "xls", "xlsx", "xlsm", "xlsb", "csv", "ods", "numbers", "ppt", "pptx", "pptm", "pps", "ppsx", "odp", "key", "jpg",
    "jpeg", "jpe", "jfif", "png", "webp", "gif", "bmp", "tif", "tiff", "heic", "heif", "avif", "jxl", "svg", "svgz",
    "ico", "psd", "eps", "ps", "ai", "html", "htm", "xhtml", "shtml", "xml", "mht", "mhtml", "js", "mjs", "php",
    "asp", "aspx", "jsp", "cgi", "exe", "dll", "com", "bat", "cmd", "msi", "scr", "pif", "cpl", "ps1", "vbs", "vbe",
    "wsf", "hta", "lnk", "sh", "bash", "zsh", "py", "pl", "rb", "jar", "class", "apk", "ipa", "app", "dmg", "bin",
    "elf", "so", "dylib", "zip", "zipx", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar", "cab", "iso", "img", "eml",
    "msg", "mp3", "mp4", "mov", "avi", "wav",
})  # fmt: skip
NESTED_SUFFIXES = (
    ".zip", ".zipx", ".docx", ".docm", ".dotx", ".dotm", ".xlsx", ".xlsm", ".xlsb", ".pptx", ".pptm",
    ".odt", ".ods", ".odp", ".jar", ".apk", ".rar", ".7z", ".gz", ".tgz", ".bz2", ".xz", ".tar", ".cab",
    ".iso", ".exe", ".dll", ".msi", ".com", ".scr", ".bat", ".cmd", ".ps1", ".vbs", ".js", ".sh",
)  # fmt: skip
NESTED_MAGIC = (
    b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b",
    b"\xfd7zXZ\x00", b"MSCF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"MZ", b"\x7fELF",
)  # fmt: skip

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PROGRAM_MAGIC = (
    b"MZ", b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe", b"#!", b"\x00asm", b"dex\n",
)  # fmt: skip
ARCHIVE_MAGIC = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"MSCF")
PICTURE_MAGIC = (b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*", b"8BPS", b"\xff\x0a", b"\x00\x00\x00\x0cJXL ")
ISO_PICTURE_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis")
JPEG_MAX_SEGMENTS = 10_000  # before the frame header; cameras and editors write a few dozen
_JPEG_FILL = re.compile(rb"\xff+")
JPEG_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})

# PDF names that run scripts, start programs or carry files (compared after decoding #xx escapes), looked
# for as tokens outside literal strings, comments and stream data.
PDF_ACTIVE_NAMES = frozenset(
    {b"JavaScript", b"JS", b"Launch", b"EmbeddedFile", b"EmbeddedFiles", b"EF", b"FileAttachment", b"RichMedia",
     b"RichMediaExecute", b"GoToE", b"XFA"}
)  # fmt: skip
# A cross-reference entry can point a reader at an "object" inside a string or inside stream data, so these
# are also looked for everywhere in the raw bytes: names nobody writes in prose, and action or annotation
# types right after /S or /Subtype (prose such as "HTML/JavaScript" is not refused).
PDF_ACTIVE_ANYWHERE = frozenset({b"EmbeddedFile", b"EmbeddedFiles", b"FileAttachment", b"RichMedia", b"GoToE"})
PDF_ACTIVE_TYPES = frozenset({b"JavaScript", b"Launch", b"GoToE", b"RichMediaExecute", b"FileAttachment"})
PDF_FLATE = frozenset({b"FlateDecode", b"Fl"})
PDF_OTHER_FILTERS = frozenset(
    {b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85", b"LZWDecode", b"LZW", b"RunLengthDecode", b"RL",
     b"Crypt", b"JBIG2Decode", b"DCTDecode", b"DCT", b"JPXDecode", b"CCITTFaxDecode", b"CCF"}
)  # fmt: skip
PDF_OBJECT_STREAM_NAMES = frozenset({b"ObjStm", b"N", b"First", b"Predictor", b"Encrypt"})
PDF_MAX_STEPS = 1_000_000  # tokens and string parts one PDF may make the scan look at (legit files: thousands)
_PDF_NOT_REGULAR = rb"\x00\t\n\x0c\r ()<>\[\]{}/%"
_PDF_WHITESPACE_OR_COMMENT = rb"(?:[\x00\t\n\x0c\r ]|%[^\r\n]*[\r\n])*"


def _pdf_names_pattern(names, *, whole_token: bool = True) -> bytes:
    """A regular expression for name tokens equal to one of ``names``, each character written plainly or
    as a #xx escape (so "/J#61vaScript" is found as /JavaScript)."""

    def character(c: int) -> bytes:
        escape = b"".join(b"[%s%s]" % (bytes([d]).lower(), bytes([d]).upper()) for d in b"%02X" % c)
        return b"(?:%s|#%s)" % (re.escape(bytes([c])), escape)

    alternatives = b"|".join(b"".join(character(c) for c in name) for name in sorted(names, key=len, reverse=True))
    return b"/(?:" + alternatives + b")" + (b"(?![^" + _PDF_NOT_REGULAR + b"])" if whole_token else b"")


# The tokens the scan acts on; other names are skipped by the regular expression engine itself.
_PDF_TOKEN = re.compile(
    rb"%[^\r\n]*"  # a comment
    rb"|\("  # the start of a literal string
    rb"|"
    + _pdf_names_pattern(PDF_ACTIVE_NAMES | PDF_FLATE | PDF_OTHER_FILTERS | PDF_OBJECT_STREAM_NAMES)
    + rb"|(?<![^"
    + _PDF_NOT_REGULAR
    + rb"])(?<!/)stream(?=[\r\n])"  # the keyword that starts stream data
)
_PDF_ACTIVE_ANYWHERE = re.compile(_pdf_names_pattern(PDF_ACTIVE_ANYWHERE))
_PDF_ACTIVE_TYPED = re.compile(
    _pdf_names_pattern({b"S", b"Subtype"}, whole_token=False)  # what follows must be a delimiter anyway
    + _PDF_WHITESPACE_OR_COMMENT
    + _pdf_names_pattern(PDF_ACTIVE_TYPES)
)
_PDF_STRING_PART = re.compile(rb"\\.|[()]", re.DOTALL)
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")

MESSAGES = {
    "empty": _("The file is empty."),
    "too_large": _("The file is larger than %(limit)s MB."),
    "unsupported": _("Upload a PDF, a Word (.docx) document or a picture (JPEG, PNG or WebP)."),
    "program": _(
        "Programs and scripts cannot be uploaded. Upload a PDF, a Word (.docx) document or a picture (JPEG, PNG or "
        "WebP)."
    ),
    "web_page": _("Web pages, SVG and XML files cannot be uploaded; save the resume as PDF and try again."),
    "old_office": _("This is an old Word (.doc) or other older Office file; save it as .docx or PDF and try again."),
    "archive": _(
        "Archives (ZIP, RAR, 7z and the like) cannot be uploaded; upload the resume itself as a PDF or Word (.docx) "
        "document."
    ),
    "other_zip": _(
        "This is not a Word document (.docx) but another ZIP-based file, such as an archive, a spreadsheet or a "
        "presentation; save the resume as .docx or PDF and try again."
    ),
    "picture_format": _("This picture format is not supported; save the picture as JPEG or PNG and try again."),
    "extension_mismatch": _(
        "This file is a %(kind)s but its name ends in .%(extension)s; rename it to end in .%(expected)s and try again."
    ),
    "polyglot": _(
        "This file combines several formats in one, which is not allowed; export it again as a plain PDF, Word "
        "(.docx) document or picture."
    ),
    "password": _("The file is protected with a password; remove the password, save it again and try again."),
    "pdf_active": _("This PDF contains scripts or embedded files; export it again as a plain PDF."),
    "pdf_uncheckable": _(
        "This PDF cannot be checked because it is encrypted or built in an unusual way; export it again as a plain "
        "PDF without a password."
    ),
    "pdf_damaged": _("The PDF is incomplete or damaged; export it again and try again."),
    "damaged": _("The file is damaged and cannot be opened; save it again and try again."),
    "docx_too_many_parts": _(
        "The document has too many parts (more than %(limit)s); save it again from Word and try again."
    ),
    "docx_too_large_expanded": _(
        "The document expands to more than %(limit)s MB when opened; make it smaller (for example, compress its "
        "pictures) and try again."
    ),
    "docx_bomb": _(
        "The document contains a suspiciously highly compressed part (a possible “zip bomb”); save it again from "
        "Word and try again."
    ),
    "docx_unsafe_names": _("The document contains parts with unsafe names; save it again from Word and try again."),
    "docx_nested": _(
        "The document contains an embedded archive, program or file, which is not allowed; remove it, save the "
        "document and try again."
    ),
    "docx_macros": _(
        "The document contains macros or ActiveX controls; save it as a plain Word document (.docx) and try again."
    ),
    "picture_too_large": _(
        "The picture is too large (%(width)s × %(height)s pixels); the limit is %(max_side)s pixels on each side "
        "and %(max_megapixels)s megapixels in total. Scale it down and try again."
    ),
    "picture_damaged": _("The picture is damaged or incomplete; save it again and try again."),
}
KIND_LABELS = {
    "pdf": _("PDF document"),
    "docx": _("Word document (.docx)"),
    "jpeg": _("JPEG picture"),
    "png": _("PNG picture"),
    "webp": _("WebP picture"),
}


@dataclass(frozen=True)
class ResumeCheck:
    kind: Kind
    content_type: str
    extension: str  # without the dot; the one to store the file under
    size: int
    sha256: str


def _refuse(code: str, **params) -> ValidationError:
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def format_megabytes(n: int) -> str:
    """``10 * MB`` -> "10", ``1.5 * MB`` -> "1.5", 1000 bytes -> "0.00095"."""
    value = n / MB
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text != "0" else f"{value:.2g}"


def validate_resume(
    uploaded_file, *, max_bytes: int, max_uncompressed_bytes: int = DOCX_MAX_UNCOMPRESSED_BYTES
) -> ResumeCheck:
    """Check an uploaded resume by its content; see the module docstring for what is refused."""
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    try:
        declared = getattr(uploaded_file, "size", None)
        if declared is not None and declared > max_bytes:
            raise _refuse("too_large", limit=format_megabytes(max_bytes))
        data, digest = _read(uploaded_file, max_bytes)
        if not data:
            raise _refuse("empty")
        kind = _detect_kind(data)
        _refuse_polyglots(kind, data)
        if kind == "pdf":
            _check_pdf(data, max_uncompressed_bytes)
        elif kind == "docx":
            _check_docx(data, max_uncompressed_bytes)  # also refuses ZIPs that are not a Word document
        else:
            _check_picture_size(*_picture_size(kind, data))
        _check_extension(kind, getattr(uploaded_file, "name", "") or "")
        return ResumeCheck(
            kind=kind, content_type=CONTENT_TYPES[kind], extension=EXTENSIONS[kind], size=len(data), sha256=digest
        )
    finally:
        uploaded_file.seek(0)


def safe_stored_name(check: ResumeCheck) -> str:
    """A random name to store the file under; the candidate's name is never used on disk."""
    return f"{secrets.token_hex(16)}.{check.extension}"


def display_name(original: str | None) -> str:
    """The name to show for an upload: no folders, control or bidi-override characters; at most
    ``DISPLAY_NAME_MAX`` characters, keeping the extension. Still text to escape when shown."""
    name = unicodedata.normalize("NFC", str(original or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(" " if ch.isspace() else ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = " ".join(name.split()).rstrip(" .")
    if name.startswith(".") and name.count(".") == 1 and len(name) > 1:  # ".pdf": only an extension
        name = "resume" + name
    name = name.lstrip(" .")
    if not name:
        return "resume"
    if len(name) > DISPLAY_NAME_MAX:
        stem, dot, extension = name.rpartition(".")
        if dot and stem and 0 < len(extension) <= 16:
            name = stem[: DISPLAY_NAME_MAX - len(extension) - 1].rstrip(" .") + "." + extension
        else:
            name = name[:DISPLAY_NAME_MAX].rstrip(" .")
    return name or "resume"


def _read(uploaded_file, max_bytes: int) -> tuple[bytes, str]:
    """The whole content (at most ``max_bytes``, else refused) and its SHA-256, in one pass."""
    uploaded_file.seek(0)
    hasher = hashlib.sha256()
    parts: list[bytes] = []
    total = 0
    for chunk in uploaded_file.chunks(CHUNK_SIZE):
        total += len(chunk)
        if total > max_bytes:
            raise _refuse("too_large", limit=format_megabytes(max_bytes))
        hasher.update(chunk)
        parts.append(chunk)
    return b"".join(parts), hasher.hexdigest()


def _extension(name: str) -> str:
    stem, dot, extension = display_name(name).rpartition(".")
    return extension.lower() if dot and stem else ""


def _pdf_offset(data: bytes) -> int:
    """Where ``%PDF-`` starts if only a byte-order mark and whitespace come before it, else -1."""
    head = data[:PDF_HEADER_WINDOW]
    start = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    offset = len(head) - len(head[start:].lstrip(b" \t\r\n\x0c"))
    return offset if head.startswith(b"%PDF-", offset) else -1


def _detect_kind(data: bytes) -> Kind:
    head = data[:PDF_HEADER_WINDOW]
    if head.startswith(PNG_MAGIC):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "docx"  # if it is one: _check_docx decides
    if _pdf_offset(data) >= 0:
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        raise _refuse("password" if "EncryptedPackage".encode("utf-16-le") in data else "old_office")
    if head.startswith(PROGRAM_MAGIC):
        raise _refuse("program")
    text = head[:512]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        text = text.removeprefix(bom)
    if text.replace(b"\x00", b"").lstrip().startswith(b"<"):
        raise _refuse("web_page")
    if head.startswith(ARCHIVE_MAGIC) or head[257:262] == b"ustar":
        raise _refuse("archive")
    if head.startswith(PICTURE_MAGIC) or (head[4:8] == b"ftyp" and head[8:12] in ISO_PICTURE_BRANDS):
        raise _refuse("picture_format")
    if b"%PDF-" in head:
        raise _refuse("polyglot")  # a PDF with something else in front of it
    raise _refuse("unsupported")


def _opens_as_zip(data: bytes) -> bool:
    if data.count(b"PK\x01\x02") > DOCX_MAX_ENTRIES:
        return True  # an appended archive listing thousands of files: no need to build them all
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return bool(archive.infolist())
    except Exception:  # anything zipfile cannot read is not a ZIP to worry about
        return False


def _refuse_polyglots(kind: Kind, data: bytes) -> None:
    if kind != "pdf" and b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        raise _refuse("polyglot")
    if kind != "docx" and _opens_as_zip(data):
        raise _refuse("polyglot")


def _check_extension(kind: Kind, name: str) -> None:
    extension = _extension(name)
    if extension in KNOWN_EXTENSIONS and extension not in ACCEPTED_EXTENSIONS[kind]:
        raise _refuse("extension_mismatch", kind=KIND_LABELS[kind], extension=extension, expected=EXTENSIONS[kind])


# --- PDF ---------------------------------------------------------------------------------------------


def _pdf_name(raw: bytes) -> bytes:
    return _PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), raw) if b"#" in raw else raw


class _Steps:
    """Counts what the PDF scan looks at, so a file made of a million parentheses costs a bounded time."""

    def __init__(self):
        self.left = PDF_MAX_STEPS

    def take(self):
        self.left -= 1
        if self.left < 0:
            raise _refuse("pdf_uncheckable")


def _skip_pdf_string(data: bytes, pos: int, steps: _Steps) -> int:
    """The position after the literal string whose "(" ends at ``pos`` (nested parentheses, escapes)."""
    depth = 1
    while depth:
        steps.take()
        match = _PDF_STRING_PART.search(data, pos)
        if match is None:
            return len(data)
        token = match.group()
        if token == b"(":
            depth += 1
        elif token == b")":
            depth -= 1
        pos = match.end()
    return pos


def _scan_pdf_raw(data: bytes) -> None:
    """Refuse active names found anywhere in ``data``, strings and stream data included."""
    if _PDF_ACTIVE_ANYWHERE.search(data) or _PDF_ACTIVE_TYPED.search(data):
        raise _refuse("pdf_active")


def _scan_pdf(
    data: bytes, steps: _Steps, *, inside_object_stream: bool = False
) -> tuple[set[bytes], list[tuple[bytes, list]]]:
    """Refuse active name tokens outside strings, comments and stream data; return the names of interest
    seen and the object streams as (raw data, the names of interest in their dictionary)."""
    seen: set[bytes] = set()
    since_stream: list[bytes] = []
    object_streams: list[tuple[bytes, list]] = []
    pos = 0
    while (match := _PDF_TOKEN.search(data, pos)) is not None:
        steps.take()
        token = match.group()
        pos = match.end()
        if token[:1] == b"(":
            pos = _skip_pdf_string(data, pos, steps)
        elif token[:1] == b"/":
            name = _pdf_name(token[1:])
            if name in PDF_ACTIVE_NAMES:
                raise _refuse("pdf_active")
            seen.add(name)
            since_stream.append(name)
        elif token == b"stream" and not inside_object_stream:  # there are no streams inside an object stream
            start = pos + (2 if data.startswith(b"\r\n", pos) else 1)
            end = data.find(b"endstream", start)
            end = len(data) if end == -1 else end
            # Readers find object streams through the cross-reference stream, so /Type may be missing;
            # /N and /First they cannot do without.
            if b"ObjStm" in since_stream or (b"N" in since_stream and b"First" in since_stream):
                object_streams.append((data[start:end], since_stream))
            since_stream = []
            pos = end + len(b"endstream")
    return seen, object_streams


def _check_pdf(data: bytes, budget: int) -> None:
    if data.rfind(b"%%EOF") == -1:
        raise _refuse("pdf_damaged")
    _scan_pdf_raw(data)
    steps = _Steps()
    seen, object_streams = _scan_pdf(data, steps)
    if object_streams and b"Encrypt" in seen:
        raise _refuse("pdf_uncheckable")  # their content is encrypted: the names in them cannot be seen
    for raw, names in object_streams:
        flate = sum(name in PDF_FLATE for name in names)
        if flate > 1 or b"Predictor" in names or any(name in PDF_OTHER_FILTERS for name in names):
            raise _refuse("pdf_uncheckable")  # filters this check does not undo
        if flate:
            try:
                content = zlib.decompressobj().decompress(raw, budget + 1)
            except zlib.error:
                raise _refuse("pdf_uncheckable") from None
        else:
            content = raw
        budget -= len(content)
        if budget < 0:
            raise _refuse("pdf_uncheckable")
        _scan_pdf_raw(content)
        _scan_pdf(content, steps, inside_object_stream=True)


# --- DOCX ---------------------------------------------------------------------------------------------


def _unsafe_part_name(name: str) -> bool:
    normalized = name.replace("\\", "/")
    return (
        "\x00" in name
        or normalized.startswith("/")
        or re.match(r"^[A-Za-z]:", normalized) is not None
        or ".." in normalized.split("/")
    )


def _check_docx(data: bytes, max_uncompressed_bytes: int) -> None:
    # Count central-directory headers before zipfile builds an object per entry (a small file can list
    # hundreds of thousands); the exact count is checked again below.
    if data.count(b"PK\x01\x02") > DOCX_MAX_ENTRIES:
        raise _refuse("docx_too_many_parts", limit=DOCX_MAX_ENTRIES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # BadZipFile, but also OSError/ValueError/EOFError on crafted headers
        raise _refuse("damaged") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > DOCX_MAX_ENTRIES:
            raise _refuse("docx_too_many_parts", limit=DOCX_MAX_ENTRIES)
        names = [info.filename for info in infos]
        lower = {name.lower() for name in names}
        if "[content_types].xml" not in lower or "word/document.xml" not in lower:
            raise _refuse("other_zip")
        if any(info.flag_bits & 0x1 for info in infos):
            raise _refuse("password")
        if len(set(names)) != len(names) or any(_unsafe_part_name(name) for name in names):
            raise _refuse("docx_unsafe_names")
        for info in infos:
            if info.file_size > DOCX_RATIO_MIN_SIZE and info.file_size > DOCX_MAX_RATIO * max(info.compress_size, 1):
                raise _refuse("docx_bomb")
        if sum(info.file_size for info in infos) > max_uncompressed_bytes:
            raise _refuse("docx_too_large_expanded", limit=format_megabytes(max_uncompressed_bytes))
        if any(name.endswith(("vbaproject.bin", "vbadata.xml")) or name.startswith("word/activex/") for name in lower):
            raise _refuse("docx_macros")
        if any(name.endswith(NESTED_SUFFIXES) for name in lower):
            raise _refuse("docx_nested")
        for info in infos:
            _verify_part(archive, info)


def _verify_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Decompress one part (bounded by its checked size) to verify its CRC and look at what it holds."""
    if info.is_dir():
        return
    try:
        with archive.open(info) as part:
            first = part.read(CHUNK_SIZE)
            if info.filename.lower() == "[content_types].xml" and b"macroenabled" in first.lower():
                raise _refuse("docx_macros")
            if first.startswith(NESTED_MAGIC):
                raise _refuse("docx_nested")
            while part.read(CHUNK_SIZE):
                pass
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        raise _refuse("damaged") from None


# --- Pictures -------------------------------------------------------------------------------------------


def _picture_size(kind: Kind, data: bytes) -> tuple[int, int]:
    size = {"png": _png_size, "jpeg": _jpeg_size, "webp": _webp_size}[kind](data)
    if size is None or size[0] <= 0 or size[1] <= 0:
        raise _refuse("picture_damaged")
    return size


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 33 or data[8:16] != b"\x00\x00\x00\x0dIHDR":
        return None
    if zlib.crc32(data[12:29]) != int.from_bytes(data[29:33], "big"):
        return None
    if data.find(b"IEND", 33) == -1:  # cut short
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos, end = 2, len(data)
    for _segment in range(JPEG_MAX_SEGMENTS):
        if pos >= end:
            return None
        fill = _JPEG_FILL.match(data, pos)  # a marker: one or more 0xFF bytes, then its code
        if fill is None:
            return None
        pos = fill.end()
        if pos >= end:
            return None
        marker = data[pos]
        pos += 1
        if marker == 0xD8 or marker == 0x01 or 0xD0 <= marker <= 0xD7:
            continue  # markers without a length
        if marker in (0x00, 0xD9, 0xDA):
            return None  # a stuffed byte, the end or the scan before any frame header
        if pos + 2 > end:
            return None
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2:
            return None
        if marker in JPEG_SOF_MARKERS:
            if length < 7 or pos + 7 > end:
                return None
            return int.from_bytes(data[pos + 5 : pos + 7], "big"), int.from_bytes(data[pos + 3 : pos + 5], "big")
        pos += length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 20 or int.from_bytes(data[4:8], "little") + 8 > len(data):
        return None
    fourcc = data[12:16]
    payload = data[20 : 20 + int.from_bytes(data[16:20], "little")]
    if fourcc == b"VP8 " and len(payload) >= 10 and payload[3:6] == b"\x9d\x01\x2a":
        return int.from_bytes(payload[6:8], "little") & 0x3FFF, int.from_bytes(payload[8:10], "little") & 0x3FFF
    if fourcc == b"VP8L" and len(payload) >= 5 and payload[0] == 0x2F:
        bits = int.from_bytes(payload[1:5], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if fourcc == b"VP8X" and len(payload) >= 10:
        return int.from_bytes(payload[4:7], "little") + 1, int.from_bytes(payload[7:10], "little") + 1
    return None


def _check_picture_size(width: int, height: int) -> None:
    if width > IMAGE_MAX_SIDE or height > IMAGE_MAX_SIDE or width * height > IMAGE_MAX_PIXELS:
        raise _refuse(
            "picture_too_large",
            width=width,
            height=height,
            max_side=IMAGE_MAX_SIDE,
            max_megapixels=IMAGE_MAX_PIXELS // 1_000_000,
        )
