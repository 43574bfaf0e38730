"""Create one demo user per role (and an admin). Idempotent; refuses to run in production unless forced."""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from recruiting.roles import Role

DEMO_PASSWORD = "demo-pass-2026"

# username, full name (first, last), role or None for the admin
DEMO_USERS = [
    ("hr", ("Lin", "Wang"), Role.HR),
    ("manager", ("Jie", "Zhang"), Role.HIRING_MANAGER),
    ("interviewer", ("Min", "Chen"), Role.INTERVIEWER),
    ("approver", ("Hua", "Li"), Role.APPROVER),
    ("admin", ("Site", "Admin"), None),
]


def demo_modules():
    """Each installed app may ship demo data in a ``demo`` module with ``seed(stdout)``; the project
    package finds them, so it does not depend on the apps above it."""
    modules = []
    for app_config in apps.get_app_configs():
        try:
            modules.append(import_module(f"{app_config.name}.demo"))
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.demo":
                raise
    return modules


class Command(BaseCommand):
    help = "Create the demo users (one per role, plus an admin) with a known password. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even with production settings.")

    def handle(self, *args, force=False, **options):
        if settings.IS_PRODUCTION and not force:
            raise CommandError(
                "seed_demo creates users with a published password; it refuses to run with production "
                "settings. Use --force if you really mean it."
            )
        user_model = get_user_model()
        created_count = 0
        with transaction.atomic():
            for username, (first, last), role in DEMO_USERS:
                user, created = user_model.objects.get_or_create(
                    username=username,
                    defaults={"first_name": first, "last_name": last, "email": f"{username}@example.com"},
                )
                if created:
                    user.set_password(DEMO_PASSWORD)
                    created_count += 1
                if role is None:
                    user.is_staff = user.is_superuser = True
                user.save()
                if role is not None:
                    user.groups.add(Group.objects.get(name=role))
            for module in demo_modules():
                module.seed(self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demo data ready ({created_count} user(s) created)."))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for username, _name, role in DEMO_USERS:
            self.stdout.write(f"  {username:<12} {role.label if role else 'Django admin'}")
