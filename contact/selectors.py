"""Whom a contact form on a page reaches: stored contact people with an address, never shown."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from knowledge.absolute_urls import page_url
from knowledge.access import viewable
from knowledge.models import FamilyManager, Municipality, PracticeProjectPage


@dataclass
class Target:
    """The page a message is about and the people it may go to."""

    title: str
    about: str  # "zum Praxisprojekt „…“" – completes "Ihre Nachricht …"
    url: str
    recipients: QuerySet
    page: object = None
    municipality: object = None


def _with_address(queryset):
    return queryset.exclude(email="").select_related("municipality").order_by("name", "pk")


def project_target(page_id, user, request=None):
    """The readable practice project and its contact person, or None."""
    project = (
        viewable(PracticeProjectPage.objects.filter(pk=page_id), user)
        .select_related("contact_person")
        .first()
    )
    if project is None or not project.contact_person_id or not project.contact_person.email:
        return None
    return Target(
        title=project.title,
        about=f"zum Praxisprojekt „{project.title}“",
        url=page_url(project, request),
        recipients=_with_address(FamilyManager.objects.filter(pk=project.contact_person_id)),
        page=project,
    )


def place_recipients(place):
    """The family managers a municipality's page lists (a Kreis: with its towns'), with address."""
    in_place = Q(municipality=place)
    if place.is_district:
        in_place |= Q(municipality__kreis=place)
    return _with_address(FamilyManager.objects.filter(in_place))


def place_target(slug, request=None):
    """A municipality with at least one family manager who can be written to, or None."""
    place = Municipality.objects.select_related("kreis").filter(slug=str(slug)[:120]).first()
    if place is None:
        return None
    recipients = place_recipients(place)
    if not recipients.exists():
        return None
    from network.selectors import profile_base_url

    base = profile_base_url(request=request)
    url = f"{base}{place.slug}/" if base else "/"
    return Target(
        title=place.name,
        about=f"zum Familienmanagement in {place.name}",
        url=request.build_absolute_uri(url) if request is not None else url,
        recipients=recipients,
        municipality=place,
    )
