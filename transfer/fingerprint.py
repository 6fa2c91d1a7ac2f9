"""A practice project's content as the import sees it, for pages and rows alike.

Two things are "the same project content" when their fingerprints match: re-importing an unchanged
row (or an export) then writes nothing. Only the columns a file has take part in the comparison.
"""

import hashlib
import json

from .rows import SECTIONS, body_text, html_to_paragraphs


def page_sections(page):
    return {name: html_to_paragraphs(getattr(page, name)) for name in SECTIONS}


def page_values(page, theme_slugs, group_slugs):
    """The comparable values of a page (the specific page or a revision's object)."""
    return {
        "title": page.title,
        "summary": page.summary,
        "body": body_text(page_sections(page)),
        "municipality": page.municipality.name.casefold() if page.municipality_id else "",
        "course": page.course.number if page.course_id else None,
        "year": page.year,
        "authors": page.authors,
        "themes": sorted(theme_slugs),
        "status": page.status,
        "target_groups": sorted(group_slugs),
        "document": page.practice_paper_id,
        "external_id": page.external_id or "",
    }


def row_values(row, document_id=None):
    """The comparable values a checked row asks for; optional columns only when given."""
    values = {
        "title": row.title,
        "summary": row.summary,
        "body": body_text(row.sections),
        "municipality": row.municipality.casefold(),
        "course": row.course,
        "year": row.year,
        "authors": row.authors,
        "themes": sorted(theme.slug for theme in row.themes),
    }
    if row.status is not None:
        values["status"] = row.status
    if row.target_groups is not None:
        values["target_groups"] = sorted(group.slug for group in row.target_groups)
    if row.document:
        values["document"] = document_id
    if row.external_id:
        values["external_id"] = row.external_id
    return values


def fingerprint(values, keys=None):
    keys = sorted(keys if keys is not None else values)
    data = json.dumps({key: values.get(key) for key in keys}, sort_keys=True, default=str)
    return hashlib.sha256(data.encode()).hexdigest()
