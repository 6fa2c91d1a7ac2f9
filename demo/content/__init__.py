"""Demo content, one module per area of the site, loaded in this order.

Each module has `load(report)`: it creates what is missing and calls `report(label, created)`
for everything it looked at, so a second run reports nothing new.
"""

MODULES = [
    "demo.content.site",
    "demo.content.knowledge",
    "demo.content.events",
    "demo.content.news",
    "demo.content.network",
    "demo.content.access",
]
