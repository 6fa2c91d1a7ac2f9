"""Charts as server-rendered SVG (pygal): bars with their values written on them.

Values are printed as text on every bar and the categories are axis labels, so no chart needs
colour to be read; each chart comes with the same figures as a table and as CSV.
"""

import pygal
from pygal.style import Style

STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1d1d1b",
    foreground_strong="#1d1d1b",
    foreground_subtle="#5c5c5c",
    colors=("#0b5563",),
    font_family="Arial, Helvetica, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=13,
    title_font_size=18,
)


def svg(chart):
    """The chart as an SVG document (bytes), horizontal bars in the order of its rows."""
    rows = list(reversed(chart.rows))  # pygal draws horizontal bars bottom-up
    height = max(160, 60 + 34 * len(rows))
    bars = pygal.HorizontalBar(
        style=STYLE,
        width=800,
        height=height,
        js=[],
        show_legend=False,
        print_values=True,
        print_values_position="top",
        disable_xml_declaration=False,
        truncate_label=-1,
        show_y_guides=False,
        min_scale=1,
        max_scale=6,
        margin=10,
    )
    bars.title = chart.title
    bars.x_labels = [row.label for row in rows]
    bars.add("Praxisprojekte", [row.count for row in rows])
    return bars.render()


def weekly_bars(weeks):
    """Searches per calendar week, as inline SVG for the admin."""
    bars = pygal.Bar(
        style=STYLE,
        width=800,
        height=320,
        js=[],
        show_legend=False,
        print_values=True,
        disable_xml_declaration=True,
        x_label_rotation=30,
        min_scale=1,
        margin=10,
    )
    bars.title = "Suchen pro Woche"
    bars.x_labels = [week.label for week in weeks]
    bars.add("Suchen", [week.searches for week in weeks])
    return bars.render(is_unicode=True)


def zero_rate_line(weeks):
    """Share of searches without results per week, in percent, as inline SVG for the admin."""
    line = pygal.Line(
        style=STYLE,
        width=800,
        height=320,
        js=[],
        show_legend=False,
        print_values=True,
        disable_xml_declaration=True,
        x_label_rotation=30,
        range=(0, 100),
        margin=10,
        value_formatter=lambda value: f"{value:.0f} %".replace(".", ","),
    )
    line.title = "Anteil der Suchen ohne Treffer (%)"
    line.x_labels = [week.label for week in weeks]
    line.add("ohne Treffer", [week.zero_rate for week in weeks])
    return line.render(is_unicode=True)
