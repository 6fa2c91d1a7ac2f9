"""Demo content, one module per area of the site, loaded in this order.

Each module has `load(report)`: it creates what is missing and calls `report(label, created)`
for everything it looked at, so a second run reports nothing new.
"""

MODULES = [
    "demo.content.site",
]
