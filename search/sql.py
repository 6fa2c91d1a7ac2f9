"""SQL fragments the search builds for both databases."""

from django.db import connection


def is_postgres():
    return connection.vendor == "postgresql"


SEPARATOR = "\x1f"  # a control character: never part of an index term


def one_of(column, values):
    """SQL and params of `column` (text) being one of `values` (a non-empty list of strings).

    PostgreSQL gets the values as one text split on the server: a list of hundreds of
    placeholders, or an array quoted value by value on the client, cost more than the lookup.
    SQLite gets placeholders (at most 32,766 a statement).
    """
    values = [value for value in values if SEPARATOR not in value]
    if is_postgres():
        return f"{column} = ANY(string_to_array(%s, E'\\x1f'))", [SEPARATOR.join(values)]
    return f"{column} IN ({','.join(['%s'] * len(values))})", values
