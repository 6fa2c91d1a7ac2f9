"""Demo content of the knowledge area: vocabularies, course, practice projects, working groups.

Order matters: vocabularies first (pages point to them), then the index pages, the projects,
the modules (they link to projects) and the working-group results.
"""

from knowledge.models import TargetGroup, Theme
from knowledge.vocabulary import ensure_vocabulary

from . import common, modules, projects, results, sections, vocabularies


def load(report):
    common.reset_cache()
    # The seed migration creates themes and target groups; a flushed database has none.
    ensure_vocabulary(Theme, TargetGroup)
    municipalities = vocabularies.load_municipalities(report)
    courses = vocabularies.load_courses(report)
    managers, people = vocabularies.load_family_managers(report, municipalities, courses)
    meetings = vocabularies.load_meetings(report, municipalities)
    groups = vocabularies.load_working_groups(report)

    index = sections.load(report)
    projects.load(report, index["projects"], municipalities, courses, managers, people)
    modules.load(report, index["course"])
    results.load(report, index["groups"], meetings, groups, municipalities)
