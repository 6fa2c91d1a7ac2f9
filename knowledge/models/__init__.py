from .course import (
    CourseIndexPage,
    ModuleLearningGoal,
    ModulePage,
    ModuleRelatedProject,
    ModuleTrainer,
)
from .mixins import ArchivableMixin, KnowledgePage, ReviewableMixin
from .projects import PracticeProjectIndexPage, PracticeProjectPage, ProjectImage
from .taxonomy import (
    Course,
    FamilyManager,
    Meeting,
    Municipality,
    PageKeyword,
    PageTheme,
    TargetGroup,
    Theme,
    WorkingGroup,
)
from .themes import ThemeIndexPage
from .working_groups import (
    WorkingGroupDocument,
    WorkingGroupFinding,
    WorkingGroupIndexPage,
    WorkingGroupResultPage,
)

__all__ = [
    "ArchivableMixin",
    "Course",
    "CourseIndexPage",
    "FamilyManager",
    "KnowledgePage",
    "Meeting",
    "ModuleLearningGoal",
    "ModulePage",
    "ModuleRelatedProject",
    "ModuleTrainer",
    "Municipality",
    "PageKeyword",
    "PageTheme",
    "PracticeProjectIndexPage",
    "PracticeProjectPage",
    "ProjectImage",
    "ReviewableMixin",
    "TargetGroup",
    "Theme",
    "ThemeIndexPage",
    "WorkingGroup",
    "WorkingGroupDocument",
    "WorkingGroupFinding",
    "WorkingGroupIndexPage",
    "WorkingGroupResultPage",
]
