import io

import pytest
from PIL import Image

from accounts.roles import EDITORS, ensure_roles
from tests.builders import add_user, knowledge_sections, municipality, pdf_bytes


def png_bytes(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 20)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def site(home_page):
    sections = knowledge_sections(home_page)
    ensure_roles()
    editor = add_user("redakteurin", EDITORS, email="redaktion@example.org")
    return {"sections": sections, "place": municipality("Gescher"), "editor": editor}


def valid_data(site, **fields):
    data = {
        "title": "Familienzentrum – Ein Netzwerk familienorientierter Dienste",
        "summary": "Drei Kitas und die Familienberatung arbeiten als Familienzentrum zusammen.",
        "municipality": site["place"].pk,
        "year": "2024",
        "status": "umgesetzt",
        "themes": ["familienzentren", "vernetzung-und-kooperation"],
        "target_groups": ["familien-mit-kleinkindern"],
        "starting_situation": "Viele Angebote, wenig Abstimmung.\n\nEltern fanden nichts.",
        "approach": "Runder Tisch <b>mit</b> allen Trägern, dann ein gemeinsames Programm.",
        "name": "Petra Beispiel",
        "email": "Petra.Beispiel@Gescher.example",
        "phone": "02542 000000",
        "consent": "on",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


__all__ = ["pdf_bytes", "png_bytes", "valid_data"]
