from django.urls import path

from . import views

app_name = "submissions"

urlpatterns = [
    path("praxisprojekte/einreichen/", views.submit, name="submit"),
    path("praxisprojekte/einreichen/danke/", views.received, name="received"),
]
