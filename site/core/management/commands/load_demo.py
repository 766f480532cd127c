import os

from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo import build_demo


class Command(BaseCommand):
    help = "Build the demo site (idempotent). Optionally set an admin account's password."

    def add_arguments(self, parser):
        parser.add_argument("--admin-username", default="admin")
        parser.add_argument(
            "--admin-password-file",
            help="File holding the admin password; the account is left alone without it.",
        )

    def handle(self, *args, admin_username, admin_password_file, **options):
        password = None
        if admin_password_file and os.path.exists(admin_password_file):
            with open(admin_password_file, encoding="utf-8") as handle:
                password = handle.read().strip()
        with transaction.atomic():
            build_demo(
                log=lambda line: self.stdout.write(f"· {line}"),
                admin_username=admin_username,
                admin_password=password,
            )
        self.stdout.write(self.style.SUCCESS("Demo-inhoud geladen."))
