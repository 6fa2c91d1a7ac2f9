"""Free text in the knowledge listings (`?q=` on /praxisprojekte/), answered by the site search.

`knowledge` imports no other app: `search.apps` registers `ranked_ids` with
`knowledge.text_search`, and the listing narrows and orders its own query by the ids.
"""

from . import backends, registry
from .engine import Filters

# Enough for every project that mentions a word; a listing shows 12 per page.
MAX_IDS = 1000


def ranked_ids(model, text, user):
    """Ids of the pages of `model` that `user` may read and that match `text`, best first."""
    search_type = registry.type_for_model(model)
    if search_type is None:
        return None
    ids, _fallback = backends.ask("ranked_ids", text, Filters(kind=search_type.kind), user, MAX_IDS)
    return ids
