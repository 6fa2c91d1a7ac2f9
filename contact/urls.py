from django.urls import path

from . import views

app_name = "contact"

urlpatterns = [
    path("kontakt/praxisprojekt/<int:page_id>/", views.project, name="project"),
    path("kontakt/kommune/<slug:slug>/", views.municipality, name="municipality"),
    path("kontakt/gesendet/", views.sent, name="sent"),
]
