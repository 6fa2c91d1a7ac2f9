from django.urls import path

from . import views

app_name = "folders"

urlpatterns = [
    path("hinzufuegen/<int:page_id>/", views.add_to_folder, name="add"),
    path("<int:pk>-<slug:slug>/", views.folder_detail, name="detail"),
    path("<int:pk>-<slug:slug>/mappe.pdf", views.folder_pdf, name="pdf"),
    path("<int:pk>-<slug:slug>/dokumente.zip", views.folder_zip, name="zip"),
]
