"""Practice projects of certified family managers, one or more per municipality.

Each project is written like a good-practice entry: starting situation, goals, approach, results,
pitfalls and partners. Texts are written for this demo; people and details are invented.
"""

from django.utils.html import strip_tags

from demo.documents import ensure_document, wrapped
from demo.illustrations import ILLUSTRATIONS, LICENCE, ensure_illustration, for_themes
from knowledge.models import PracticeProjectPage, ProjectImage, TargetGroup

from .common import ensure_themed_child
from .project_additions import ADDITIONS
from .project_texts import PROJECTS
from .recent_projects import RECENT_PROJECTS

STATUS = PracticeProjectPage.Status
SECTIONS = ["starting_situation", "goals", "approach", "results", "lessons_learned", "partners"]


def html(text):
    """Plain paragraphs (blank-line separated) become <p>; text starting with '<' stays."""
    if text.lstrip().startswith("<"):
        return text
    return "".join(f"<p>{part.strip()}</p>" for part in text.split("\n\n") if part.strip())


def load(report, index, municipalities, courses, managers, people):
    groups = {group.slug: group for group in TargetGroup.objects.all()}
    for spec in PROJECTS + RECENT_PROJECTS:
        spec = with_additions(spec)
        place = municipalities[spec["municipality"]]
        contact = people[spec["contact"]] if "contact" in spec else managers.get(place.name)
        course = courses.get(spec.get("course"))
        fields = {name: html(spec[name]) for name in SECTIONS}
        paper, _ = practice_paper(spec, place)
        name = for_themes(spec["themes"])
        image, _ = ensure_illustration(name)
        _, created = ensure_themed_child(
            index,
            PracticeProjectPage,
            spec["slug"],
            theme_slugs=spec["themes"],
            keywords=spec.get("keywords", ()),
            title=spec["title"],
            summary=spec["summary"],
            municipality=place,
            course=course,
            year=spec["year"],
            status=spec["status"],
            authors=spec.get("authors") or (contact.name if contact else ""),
            contact_person=contact,
            target_groups=[groups[slug] for slug in spec["target_groups"]],
            is_archived=spec.get("archived", False),
            archived_note=spec.get("archived_note", ""),
            practice_paper=paper,
            gallery_images=[ProjectImage(image=image, caption=caption(name), credit=LICENCE)],
            **fields,
        )
        report(f"Praxisprojekt {spec['title']}", created)


def with_additions(spec):
    """The spec with the second paragraphs of `ADDITIONS` appended to its sections."""
    spec = dict(spec)
    for name, text in ADDITIONS.get(spec["slug"], {}).items():
        if spec[name].lstrip().startswith("<"):
            spec[name] += f"<p>{text}</p>"
        else:
            spec[name] += f"\n\n{text}"
    return spec


def caption(name):
    """The visible caption: a symbolic picture of the topic (what it shows is the alt text)."""
    return "Symbolbild: " + ILLUSTRATIONS[name][0].removeprefix("Illustration: ")


PAPER_HEADINGS = {
    "starting_situation": "Ausgangslage",
    "goals": "Ziele",
    "approach": "Vorgehen",
    "results": "Ergebnisse",
    "lessons_learned": "Stolpersteine",
}


def practice_paper(spec, place):
    """The written practice paper of the certificate course, as a one-page PDF."""
    paragraphs = [f"Praxisarbeit im Zertifikatskurs Kommunales Familienmanagement, {place.name}"]
    paragraphs.append(spec["summary"])
    for name, heading in PAPER_HEADINGS.items():
        text = strip_tags(spec[name].replace("<", " <"))  # words never run together
        paragraphs.append(f"{heading}: {' '.join(text.split())}")
    return ensure_document(
        f"Praxisarbeit: {spec['title']}", f"praxisarbeit-{spec['slug']}.pdf", wrapped(paragraphs)
    )
