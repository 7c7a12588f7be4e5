from django.urls import path

from . import views

urlpatterns = [
    path("teach/", views.class_list, name="class_list"),
    path("teach/<int:pk>/", views.class_detail, name="class_detail"),
    path("teach/<int:pk>/code/", views.regenerate_code, name="class_regenerate_code"),
    path("teach/<int:pk>/teachers/", views.add_co_teacher, name="class_add_teacher"),
    path(
        "teach/<int:pk>/teachers/<int:user_pk>/remove/",
        views.remove_co_teacher,
        name="class_remove_teacher",
    ),
    path(
        "teach/<int:pk>/teachers/leave/",
        views.leave_teaching,
        name="class_leave_teaching",
    ),
    path(
        "teach/<int:pk>/invitations/<int:invitation_pk>/withdraw/",
        views.withdraw_invitation,
        name="invitation_withdraw",
    ),
    path("teach/<int:pk>/archive/", views.toggle_archive, name="class_archive"),
    path("teach/<int:pk>/interrupt/", views.interrupt_class, name="class_interrupt"),
    path("teach/<int:pk>/groups/", views.create_group, name="class_group"),
    path("teach/<int:pk>/assignments/", views.create_assignment, name="class_assign"),
    path(
        "teach/<int:pk>/assignments/<int:assignment_pk>/",
        views.assignment_grid,
        name="assignment_grid",
    ),
    path(
        "teach/<int:pk>/learners/<int:learner_pk>/",
        views.learner_detail,
        name="learner_detail",
    ),
    path("teach/<int:pk>/roster/", views.roster_import, name="roster_import"),
    path("teach/<int:pk>/roster/cards/", views.roster_cards, name="roster_cards"),
    path("invitations/", views.invitations, name="invitations"),
    path("invitations/<int:pk>/", views.invitation_respond, name="invitation_respond"),
    path("join/", views.join_class, name="join_class"),
    path("join/<str:code>/", views.join_class, name="join_class_code"),
    path("classes/<int:pk>/leave/", views.leave_class, name="leave_class"),
]
