"""Generate N varied practice-project pages fast, for benchmarks and load tests.

Pages are inserted in bulk (no revisions, no per-page signals) and indexed afterwards in one
bulk pass, so 10,000 pages take seconds, not hours. Never run this on production data.
`--long` writes pages of about 300 words on many subjects each (`demo.longtext`): the noise a
large collection brings, used as distractors by the search evaluation.
"""

import datetime
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from demo.builders import ensure_child, ensure_site_root
from demo.longtext import PLACES as LONG_PLACES
from demo.longtext import long_page
from home.models import HomePage
from knowledge.models import (
    Municipality,
    PageTheme,
    PracticeProjectIndexPage,
    PracticeProjectPage,
    TargetGroup,
    Theme,
)
from knowledge.text import german_slug
from knowledge.vocabulary import ensure_vocabulary

KREISE = {
    "Kreis Höxter": ["Bad Driburg", "Beverungen", "Höxter", "Brakel"],
    "Kreis Coesfeld": ["Rosendahl", "Dülmen", "Nottuln", "Billerbeck"],
    "Kreis Warendorf": ["Sendenhorst", "Telgte", "Sassenberg", "Everswinkel"],
    "Kreis Borken": ["Gescher", "Raesfeld", "Rhede", "Bocholt"],
    "Kreis Unna": ["Unna", "Schwerte", "Lünen", "Kamen"],
    "Kreis Paderborn": ["Delbrück", "Bad Lippspringe", "Salzkotten"],
    "Kreis Viersen": ["Brüggen", "Schwalmtal", "Nettetal"],
    "Kreis Euskirchen": ["Mechernich", "Zülpich", "Schleiden"],
}
CITIES = ["Dortmund", "Herne", "Bochum", "Münster", "Bielefeld"]

TOPICS = [
    ("Ferienbetreuung", "kinderbetreuung"),
    ("Randzeitenbetreuung", "kinderbetreuung"),
    ("Kindertagespflege", "kinderbetreuung"),
    ("Pflegeberatung", "pflege-von-angehoerigen"),
    ("Angehörigenpflege", "pflege-von-angehoerigen"),
    ("Familienbüro", "familienfreundliche-verwaltung"),
    ("Familienzentrum", "familienzentren"),
    ("Bildungsbericht", "bildung"),
    ("Elternbildung", "bildung"),
    ("Familienbericht", "familienberichterstattung"),
    ("Unternehmensnetzwerk", "vereinbarkeit-von-familie-und-beruf"),
    ("Jugendzentrum", "jugend"),
    ("Sportangebot", "freizeit-kultur-und-sport"),
    ("Netzwerktreffen", "vernetzung-und-kooperation"),
    ("Seniorenbegleitung", "demografischer-wandel"),
    ("Familienpass", "familienpolitische-strategie"),
]
FORMS = [
    "für Alleinerziehende",
    "im ländlichen Raum",
    "in der Innenstadt",
    "für Väter",
    "für zugewanderte Familien",
    "mit Ehrenamtlichen",
    "im Stadtteil",
    "für Schulkinder",
    "für pflegende Angehörige",
    "in Kooperation mit Kitas",
]
SENTENCES = [
    "Die Kommune {place} hat gemeinsam mit freien Trägern ein Angebot zur {topic} aufgebaut.",
    "Ausgangspunkt war eine Befragung von Familien, die einen hohen Bedarf zeigte.",
    "Das Jugendamt, die Schulen und mehrere Vereine arbeiten in einer Steuerungsgruppe zusammen.",
    "Die Finanzierung erfolgt über kommunale Mittel und eine Förderung des Landes.",
    "Eltern berichten von spürbarer Entlastung im Alltag.",
    "Die Familienmanagerin koordiniert das Netzwerk und hält Kontakt zu Arbeitgebern.",
    "Besonders wichtig war die frühe Beteiligung der Politik im Ausschuss.",
    "Stolpersteine waren wechselnde Zuständigkeiten und knappe Personalressourcen.",
    "Ein Flyer und eine Internetseite machen das Angebot bekannt.",
    "Nach zwei Jahren wurde das Projekt verstetigt und in den Haushalt übernommen.",
    "Die Weiterbildung für Fachleute in der Verwaltung stärkte die Zusammenarbeit.",
    "Kinder und Jugendliche wurden in Workshops nach ihren Wünschen gefragt.",
    "Ältere Menschen engagieren sich als Lesepaten in den Grundschulen.",
    "Die Kindertagesstätten öffnen in den Ferien abwechselnd.",
    "Ein Runder Tisch bündelt die Angebote und vermeidet Doppelstrukturen.",
]


def ensure_places():
    places = []
    for kreis_name, towns in KREISE.items():
        kreis, _ = Municipality.objects.get_or_create(
            name=kreis_name, defaults={"slug": german_slug(kreis_name), "kind": "kreis"}
        )
        places.append(kreis)
        for town in towns:
            obj, _ = Municipality.objects.get_or_create(
                name=town, defaults={"slug": german_slug(town), "kind": "stadt", "kreis": kreis}
            )
            places.append(obj)
    for city in CITIES:
        obj, _ = Municipality.objects.get_or_create(
            name=city, defaults={"slug": german_slug(city), "kind": "kreisfreie_stadt"}
        )
        places.append(obj)
    return places


def ensure_long_places():
    return [
        Municipality.objects.get_or_create(
            name=name, defaults={"slug": german_slug(name), "kind": "stadt"}
        )[0]
        for name in LONG_PLACES
    ]


def ensure_index():
    ensure_vocabulary(Theme, TargetGroup)
    home, _ = ensure_site_root(HomePage, "start", title="Kommunales Familienmanagement")
    index = PracticeProjectIndexPage.objects.first()
    if index is None:
        index, _ = ensure_child(
            home, PracticeProjectIndexPage, "praxisprojekte", title="Praxisprojekte"
        )
    return index


class Command(BaseCommand):
    help = (
        "Erzeugt N abwechslungsreiche Praxisprojekt-Seiten (für Benchmarks), schnell und gebündelt."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--no-index", action="store_true", help="Suchindex nicht aktualisieren."
        )
        parser.add_argument(
            "--long",
            action="store_true",
            help="Lange Seiten (etwa 300 Wörter) zu vielen Themen statt kurzer Projektseiten.",
        )

    def handle(self, count, seed, no_index, long=False, **options):
        from search import indexing

        rng = random.Random(seed)  # noqa: S311 - test data, not secrets
        started = time.perf_counter()
        index = ensure_index()
        places = ensure_places() if not long else ensure_long_places()
        themes = {t.slug: t for t in Theme.objects.all()}
        groups = list(TargetGroup.objects.all())
        content_type = ContentType.objects.get_for_model(PracticeProjectPage)
        created_ids = []
        with transaction.atomic():
            index = Page.objects.select_for_update().get(pk=index.pk)
            position = index.numchild
            for start in range(0, count, 1000):
                batch = []
                for number in range(start, min(count, start + 1000)):
                    position += 1
                    build = self.build_long if long else self.build
                    batch.append(build(rng, index, position, number, places, content_type))
                created_ids += self.insert(batch, rng, themes, groups)
            Page.objects.filter(pk=index.pk).update(numchild=position)
        self.created_ids = created_ids
        self.stdout.write(
            f"{count} Praxisprojekte angelegt in {time.perf_counter() - started:.1f} s."
        )
        if not no_index:
            indexing_started = time.perf_counter()
            pages = list(indexing.specific_pages(Page.objects.filter(pk__in=created_ids)))
            for begin in range(0, len(pages), indexing.BATCH):
                indexing.index_pages(pages[begin : begin + indexing.BATCH])
            seconds = time.perf_counter() - indexing_started
            self.stdout.write(
                f"Suchindex: {len(pages)} Seiten in {seconds:.1f} s "
                f"({len(pages) / seconds:.0f} Seiten/s)."
            )

    def build(self, rng, index, position, number, places, content_type):
        topic, theme_slug = rng.choice(TOPICS)
        place = rng.choice(places)
        title = f"{topic} {rng.choice(FORMS)} in {place.name}"
        code = f"Projektkennung PX{number:05d}"
        sentences = rng.sample(SENTENCES, 6)
        body = " ".join(s.format(place=place.name, topic=topic) for s in sentences)
        published = timezone.now() - datetime.timedelta(days=rng.randint(0, 3650))
        slug = f"{slugify(german_slug(topic))}-{number}-{rng.randint(1000, 9999)}"
        page = PracticeProjectPage(
            title=title,
            draft_title=title,
            slug=slug,
            path=PracticeProjectPage._get_path(index.path, index.depth + 1, position),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            live_revision=None,
            content_type=content_type,
            locale_id=index.locale_id,
            summary=f"{topic} {rng.choice(FORMS)}: ein Praxisprojekt aus {place.name}."[:300],
            municipality=place,
            year=rng.randint(2006, 2025),
            status=rng.choice(["geplant", "umgesetzt", "verstetigt", "beendet"]),
            starting_situation=f"<p>{body}</p>",
            approach=f"<p>{rng.choice(SENTENCES).format(place=place.name, topic=topic)} "
            f"{code}.</p>",
            results="<p>"
            + " ".join(rng.sample(SENTENCES, 3)).format(place=place.name, topic=topic)
            + "</p>",
        )
        page._theme_slug = theme_slug
        return page

    def build_long(self, rng, index, position, number, places, content_type):
        place = rng.choice(places)
        year = rng.randint(2006, 2026)
        text = long_page(rng, place.name, year)
        slug = f"bericht-{number}-{rng.randint(1000, 9999)}"
        page = self.build(rng, index, position, number, places, content_type)
        page.title = page.draft_title = text.title[:255]
        page.slug = slug
        page.url_path = f"{index.url_path}{slug}/"
        page.summary = text.summary[:300]
        page.municipality = place
        page.year = year
        page.starting_situation, page.goals, page.approach, page.results = (
            f"<p>{section}</p>" for section in text.sections
        )
        page.approach += f"<p>Projektkennung PX{number:05d}.</p>"
        page._theme_slug = rng.choice(TOPICS)[1]
        return page

    def insert(self, batch, rng, themes, groups):
        parents = Page.objects.bulk_create([Page(**self.page_fields(p)) for p in batch])
        for page, parent in zip(batch, parents, strict=True):
            page.pk = page.page_ptr_id = parent.pk
            page.id = parent.pk
        local = [f for f in PracticeProjectPage._meta.local_concrete_fields]
        PracticeProjectPage.objects._insert(batch, fields=local, using="default")
        PageTheme.objects.bulk_create(
            [
                PageTheme(content_object_id=page.pk, tag=tag)
                for page in batch
                for tag in {themes.get(page._theme_slug), rng.choice(list(themes.values()))}
                if tag is not None
            ]
        )
        through = PracticeProjectPage.target_groups.through
        through.objects.bulk_create(
            [
                through(practiceprojectpage_id=page.pk, targetgroup_id=group.pk)
                for page in batch
                for group in rng.sample(groups, rng.randint(0, 2))
            ]
        )
        return [page.pk for page in batch]

    @staticmethod
    def page_fields(page):
        return {
            f.attname: getattr(page, f.attname)
            for f in Page._meta.concrete_fields
            if f.attname != "id"
        }
