from django.urls import path

from . import views

app_name = "transfer"

urlpatterns = [
    path("export/praxisprojekte.csv", views.export_projects, {"fmt": "csv"}, name="export_csv"),
    path("export/praxisprojekte.xlsx", views.export_projects, {"fmt": "xlsx"}, name="export_xlsx"),
]
