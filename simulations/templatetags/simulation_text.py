"""Plain text of simulations as HTML, escaped: paragraphs split at blank lines; the knowledge base's
"## " lines as headings and "- " lines as lists."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def paragraphs(text: str):
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    return format_html_join("", "<p>{}</p>", ((block,) for block in blocks))


@register.filter
def knowledge_base(text: str):
    parts, bullets = [], []

    def flush():
        if bullets:
            parts.append(format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((b,) for b in bullets))))
            bullets.clear()

    for line in (text or "").replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if line.startswith("- "):
            bullets.append(line[2:])
            continue
        flush()
        if line.startswith("## "):
            parts.append(format_html('<h3 class="h6 mt-2">{}</h3>', line[3:]))
        elif line:
            parts.append(format_html("<p>{}</p>", line))
    flush()
    return mark_safe("".join(parts))  # noqa: S308 - every part was escaped by format_html


@register.filter
def clock(seconds) -> str:
    """Seconds as m:ss (the page's script keeps it running)."""
    seconds = max(0, int(seconds or 0))
    return f"{seconds // 60}:{seconds % 60:02d}"
