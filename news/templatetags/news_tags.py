"""Related news for any themed page; knowledge templates load this, knowledge code never does."""

from django import template

from news import selectors

register = template.Library()


@register.inclusion_tag("news/includes/related_news.html", takes_context=True)
def related_news(context, page, limit=3):
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"related_news": selectors.related_news(page, user, limit), "request": request}
