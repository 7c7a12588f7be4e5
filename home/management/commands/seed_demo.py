"""`manage.py seed_demo`: load the demo content and accounts (idempotent)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import demo


class Command(BaseCommand):
    help = "Load demo content and demo accounts. Running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Allow demo accounts (with published passwords) when DEBUG is off.",
        )
        parser.add_argument(
            "--quiet-accounts",
            action="store_true",
            help="Do not print the demo accounts.",
        )

    def handle(self, *args, **options):
        production = (settings.SETTINGS_MODULE or "").endswith(".production")
        if production and not options["allow_production"]:
            raise CommandError(
                "Refusing to create demo accounts with published passwords on a "
                "production configuration. Pass --allow-production if you mean it."
            )
        accounts = demo.seed()
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        if options["quiet_accounts"]:
            return
        self.stdout.write("\nDemo accounts (username / password):")
        for account in accounts:
            self.stdout.write(
                f"  {account.role:<18} {account.username:<14} {account.password}"
            )
