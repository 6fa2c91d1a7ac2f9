"""Free text in the knowledge listings, answered by the app that owns searching.

`knowledge` imports no other app. The search app registers its matcher at start-up
(`search.apps`): a function `(model, text, user) -> [page id, best first]`. Without one, the
listings ignore the text.
"""

_matcher = {}


def register(matcher):
    _matcher["ranked_ids"] = matcher


def ranked_ids(model, text, user):
    """Ids of the readable pages of `model` matching `text`, best first; None without a matcher."""
    matcher = _matcher.get("ranked_ids")
    return None if matcher is None else matcher(model, text, user)
