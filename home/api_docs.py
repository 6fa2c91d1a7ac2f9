"""/api/: a German overview of the site's APIs.

The search API's reference is read from its own OpenAPI schema, so it never disagrees with the
code; the Wagtail API's parameters are those `cms.api` permits (described in the template).
"""

import functools
import re

from django.conf import settings
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from search.api import api as search_api

TYPE_NAMES = {
    "string": "Text",
    "integer": "Ganzzahl",
    "number": "Zahl",
    "boolean": "Wahrheitswert",
    "object": "Objekt",
}
STATUS_NAMES = {"200": "Erfolg", "400": "Ungültige Anfrage (mit deutscher Meldung)"}


def inline_code(text):
    """Escaped text with `backticks` as <code>, as the schema's descriptions write code."""
    return mark_safe(re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(text)))  # noqa: S308


def type_name(schema):
    """A German name of a JSON schema's type: "Text", "Liste von Result", …"""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        names = [type_name(option) for option in schema["anyOf"] if option.get("type") != "null"]
        return " oder ".join(names)
    if schema.get("type") == "array":
        return f"Liste von {type_name(schema.get('items', {}))}"
    return TYPE_NAMES.get(schema.get("type"), "beliebig")


def _fields(schema):
    return [
        {"name": name, "type": type_name(prop), "required": name in schema.get("required", [])}
        for name, prop in schema.get("properties", {}).items()
    ]


def operations(schema):
    """The schema's operations as plain rows for the template: method, path, parameters, answers."""
    rows = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            rows.append(
                {
                    "id": operation.get("operationId", f"{method}-{path}"),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": inline_code(operation.get("description", "")),
                    "parameters": [
                        {
                            "name": param["name"],
                            "type": type_name(param.get("schema", {})),
                            "required": param.get("required", False),
                            "description": inline_code(param.get("description", "")),
                        }
                        for param in operation.get("parameters", [])
                    ],
                    "responses": [
                        {
                            "status": status,
                            "label": STATUS_NAMES.get(status, answer.get("description", "")),
                            "type": type_name(
                                answer.get("content", {})
                                .get("application/json", {})
                                .get("schema", {})
                            ),
                        }
                        for status, answer in operation.get("responses", {}).items()
                    ],
                }
            )
    return rows


def schemas(schema):
    """The answers' object types with their fields, in the schema's order."""
    components = schema.get("components", {}).get("schemas", {})
    return [{"name": name, "fields": _fields(item)} for name, item in components.items()]


@functools.cache
def search_reference():
    """The search API's reference, built once per process: its schema is fixed by the code."""
    schema = search_api.get_openapi_schema(path_prefix="/api/search")
    return {
        "search_info": schema["info"],
        "search_operations": operations(schema),
        "search_schemas": schemas(schema),
    }


@require_safe
def api_index(request):
    context = {
        **search_reference(),
        "page_limit": getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or 20,
    }
    return render(request, "home/api_index.html", context)
