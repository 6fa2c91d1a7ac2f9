"""How an entry's facet values are stored for counting: `facet=value` tokens in one column."""


def facet_codes(kind, municipality_slug, kreis_slug, year, themes, target_groups):
    """The facet values of an entry as one string of `facet=value` tokens (see `SearchEntry`)."""
    codes = [f"typ={kind}"]
    if municipality_slug:
        codes.append(f"kommune={municipality_slug}")
    if kreis_slug:
        codes.append(f"kreis={kreis_slug}")
    if year:
        codes.append(f"jahr={year}")
    codes += [f"thema={slug}" for slug in dict.fromkeys(themes)]
    codes += [f"zielgruppe={slug}" for slug in dict.fromkeys(target_groups)]
    return " ".join(codes)
