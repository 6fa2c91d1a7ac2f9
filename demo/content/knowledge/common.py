"""Small helpers the knowledge demo modules share: stream blocks and themed pages."""

from demo.builders import ensure_child
from knowledge.models import PageKeyword, PageTheme, Theme


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def table(caption, rows, header_row=True, header_col=False):
    """A table block as the editor saves it (with its header choice spelled out)."""
    choice = {(True, True): "both", (True, False): "row", (False, True): "column"}
    return {
        "type": "table",
        "value": {
            "data": rows,
            "table_caption": caption,
            "first_row_is_table_header": header_row,
            "first_col_is_header": header_col,
            "table_header_choice": choice.get((header_row, header_col), "neither"),
        },
    }


_themes = {}


def themes(*slugs):
    """Theme objects by slug (cached for one load; the seed migration creates them)."""
    missing = [slug for slug in slugs if slug not in _themes]
    if missing:
        _themes.update({t.slug: t for t in Theme.objects.filter(slug__in=missing)})
    return [_themes[slug] for slug in slugs]


def ensure_themed_child(parent, model, slug, theme_slugs=(), keywords=(), **fields):
    """`ensure_child` for knowledge pages: themes and keywords are set before the first save."""
    from taggit.models import Tag

    if model.objects.child_of(parent).filter(slug=slug).exists():
        return ensure_child(parent, model, slug)
    fields["theme_items"] = [PageTheme(tag=theme) for theme in themes(*theme_slugs)]
    if keywords:
        tags = [Tag.objects.get_or_create(name=name)[0] for name in keywords]
        fields["keyword_items"] = [PageKeyword(tag=tag) for tag in tags]
    return ensure_child(parent, model, slug, **fields)


def reset_cache():
    _themes.clear()
