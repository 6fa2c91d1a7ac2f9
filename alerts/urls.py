from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("suchauftraege/neu/", views.new, name="new"),
    path("suchauftraege/angefordert/", views.requested, name="requested"),
    path("suchauftraege/bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("suchauftraege/abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("suchauftraege/verwalten/<str:token>/", views.manage, name="manage"),
    path("konto/suchauftraege/", views.mine, name="mine"),
]
