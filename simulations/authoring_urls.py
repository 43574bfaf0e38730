"""HR's pages for building simulations and attaching them to requisitions (included into the
``simulations`` namespace by ``simulations.urls``)."""

from django.urls import path

from simulations import authoring_views as views

urlpatterns = [
    path("work-samples/library/", views.simulation_list, name="library"),
    path("work-samples/library/new/", views.simulation_form, name="simulation_new"),
    path("work-samples/library/<int:pk>/", views.simulation_detail, name="simulation"),
    path("work-samples/library/<int:pk>/edit/", views.simulation_form, name="simulation_edit"),
    path("work-samples/library/<int:pk>/copy/", views.simulation_copy, name="simulation_copy"),
    path("work-samples/library/<int:pk>/items/new/", views.item_form, name="item_new"),
    path("work-samples/library/<int:pk>/items/<int:item_id>/", views.item_form, name="item_edit"),
    path("work-samples/library/<int:pk>/items/<int:item_id>/delete/", views.item_delete, name="item_delete"),
    path("work-samples/requisitions/<int:requisition_id>/", views.requisition_simulations, name="requisition"),
]
