"""Text cells for CSV files that spreadsheet programs open: never a formula (CSV injection).

Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (also after a tab or a
carriage return) as a formula, e.g. `=HYPERLINK(...)` in a title or a mail address. Such text
is written with a leading apostrophe, which the programs show as "this is text" and hide.
`restore` undoes it exactly, so an export that is imported again is unchanged.
"""

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _needs_mark(text):
    stripped = text.lstrip("'")
    return stripped.startswith(TRIGGERS)


def neutralise(value):
    """`value` safe as a CSV cell: text that would start a formula gets an apostrophe."""
    if isinstance(value, str) and _needs_mark(value):
        return "'" + value
    return value


def restore(text):
    """The text `neutralise` was given (an apostrophe it added is removed)."""
    if text.startswith("'") and _needs_mark(text[1:]):
        return text[1:]
    return text


def neutralise_row(values):
    return [neutralise(value) for value in values]
