"""Every visible string on the login and home pages changes with the language, and the catalogue
is complete and compiled (so a fresh machine without gettext shows Chinese)."""

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse

from recruiting.roles import Role

PO = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"

# Strings that are the same in both languages on purpose: the switcher names each language in its
# own script, the signed-in user's name, and figures.
SAME_IN_BOTH = {"简体中文", "English"}


class VisibleText(HTMLParser):
    """Collects text a person sees or hears: text nodes outside script/style, plus the
    value, placeholder, aria-label and title attributes."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        attrs = dict(attrs)
        for name in ("placeholder", "aria-label", "title", "alt"):
            if attrs.get(name):
                self.texts.append(attrs[name].strip())
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.texts.append(attrs["value"].strip())

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.texts.append(" ".join(data.split()))


def visible_texts(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    # Symbols and figures (the "*" of a required field, counts) are the same in every language.
    return [t for t in parser.texts if any(ch.isalpha() for ch in t)]


def page(client, url, language):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def assert_every_string_changes(english_html, chinese_html, also_same=()):
    english = visible_texts(english_html)
    chinese = visible_texts(chinese_html)
    assert len(english) == len(chinese)
    unchanged = [e for e, c in zip(english, chinese, strict=True) if e == c and e not in SAME_IN_BOTH | set(also_same)]
    assert unchanged == []


@pytest.mark.django_db
def test_login_page_changes_every_visible_string(client):
    url = reverse("login")
    english, chinese = page(client, url, "en"), page(client, url, "zh-hans")
    assert '<html lang="en">' in english
    assert '<html lang="zh-hans">' in chinese
    assert "登录" in chinese
    assert_every_string_changes(english, chinese)


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(Role))
def test_home_page_changes_every_visible_string(client, make_user, role):
    user = make_user(role, first_name="Ada", last_name="Lovelace")
    client.force_login(user)
    url = reverse("home")
    english, chinese = page(client, url, "en"), page(client, url, "zh-hans")
    assert_every_string_changes(english, chinese, also_same={"Ada Lovelace"})


@pytest.mark.django_db
def test_switcher_sets_the_language_for_later_pages(client):
    response = client.post(reverse("set_language"), {"language": "zh-hans", "next": reverse("login")})
    assert response.status_code == 302
    assert "登录" in client.get(reverse("login")).content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": reverse("login")})
    assert "Log in" in client.get(reverse("login")).content.decode()


def test_catalogue_is_complete_and_compiled():
    po = polib.pofile(str(PO))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    mo = polib.mofile(str(PO.with_suffix(".mo")))
    # keyed by context and msgid: "Failed" (an e-mail) and "Failed" (an import, in a context) differ
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo}
    assert {(e.msgctxt, e.msgid): e.msgstr for e in po.translated_entries()} == {
        k: v for k, v in compiled.items() if k[1]
    }


def test_placeholders_survive_translation():
    import re

    po = polib.pofile(str(PO))
    for entry in po.translated_entries():
        source = entry.msgid_plural or entry.msgid
        translated = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
        placeholders = re.compile(r"%\(\w+\)s")
        assert sorted(placeholders.findall(source)) == sorted(placeholders.findall(translated)), entry.msgid


@pytest.mark.django_db
def test_a_signed_in_users_language_choice_is_remembered(client, hr, password):
    from recruiting.selectors import user_language

    assert user_language(hr) == "en"
    client.force_login(hr)
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    assert user_language(hr) == "zh-hans"
    client.post(reverse("logout"))
    client.cookies.clear()
    # Signing in again, from a browser that asks for English, brings the Chinese UI back.
    response = client.post(reverse("login"), {"username": hr.username, "password": password}, follow=True)
    assert response.status_code == 200
    assert "招聘看板" in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_language_is_ignored(client, hr):
    from recruiting.selectors import user_language

    client.force_login(hr)
    client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    assert user_language(hr) == "en"


@pytest.mark.skipif(not shutil.which("xgettext"), reason="needs gettext's xgettext to extract the strings")
def test_every_translatable_string_is_in_the_catalogue(tmp_path):
    """Extract the strings afresh (in a copy of the code) and compare with the committed catalogue:
    a string added without `make messages` fails here, before a Chinese user sees English."""
    root = Path(settings.BASE_DIR)
    apps = sorted(path.name for path in root.iterdir() if (path / "apps.py").exists())  # every app of the project
    for name in (*apps, "templates", "locale"):
        shutil.copytree(root / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(root / "manage.py", tmp_path / "manage.py")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "recruiting.settings.test", "PYTHONPATH": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--no-obsolete", "--no-location"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    fresh = {e.msgid for e in polib.pofile(str(tmp_path / PO.relative_to(root)))}
    committed = {e.msgid for e in polib.pofile(str(PO))}
    assert sorted(fresh - committed) == []
