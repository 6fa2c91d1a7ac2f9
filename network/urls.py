from django.urls import path

from . import views

urlpatterns = [
    path("api/karte.geojson", views.map_geojson, name="map-geojson"),
]
