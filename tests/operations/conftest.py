import pytest


@pytest.fixture
def page_cache(settings):
    """The page cache switched on (the test settings switch it off for everyone else)."""
    from operations.pagecache import reset_local_copies

    settings.PAGE_CACHE_ENABLED = True
    reset_local_copies()
    yield settings
    reset_local_copies()
