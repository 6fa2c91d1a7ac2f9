"""The network pages: the municipality overview (/kommunen/) and the map (/karte/).

The municipalities themselves, with coordinates, come from the knowledge demo content.
"""

from demo.builders import ensure_child
from home.models import HomePage
from network.models import MapPage, MunicipalityIndexPage


def load(report):
    home = HomePage.objects.first()
    _, created = ensure_child(
        home,
        MunicipalityIndexPage,
        "kommunen",
        title="Kommunen im Netzwerk",
        show_in_menus=True,
        lead=(
            "Städte, Gemeinden und Kreise in Nordrhein-Westfalen, in denen zertifizierte "
            "Familienmanagerinnen und Familienmanager arbeiten – mit ihren Praxisprojekten und "
            "ihrer Mitarbeit in den Arbeitsgruppen."
        ),
    )
    report("Kommunen im Netzwerk", created)
    _, created = ensure_child(
        home,
        MapPage,
        "karte",
        title="Karte des Netzwerks",
        show_in_menus=True,
        lead=(
            "Wo arbeiten kommunale Familienmanagerinnen und Familienmanager, und welche "
            "Praxisprojekte gibt es in Ihrer Nähe? Die Karte zeigt alle Kommunen des Netzwerks; "
            "darunter finden Sie dieselben Angaben als Liste, nach Kreisen geordnet."
        ),
    )
    report("Karte des Netzwerks", created)
