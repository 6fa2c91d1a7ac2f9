from django.urls import path

from . import views

app_name = "figures"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("<slug:slug>.svg", views.chart_svg, name="svg"),
    path("<slug:slug>.csv", views.chart_csv, name="csv"),
    path("kreise.json", views.kreis_layer, name="kreis-layer"),
]
