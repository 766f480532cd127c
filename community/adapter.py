"""allauth's account adapter: mail that cannot be sent is logged, not shown as a 500.

With the mail server down, sign-up and password reset answered 500 after the account was
made. The visitor gets the normal answer (a new confirmation mail can be asked for on the
e-mail page, a reset asked again); the failure goes to the log, and through it to ADMINS or
Sentry. Sending as a task with retries replaces this when notifications move to tasks.
"""

import logging
import smtplib

from allauth.account.adapter import DefaultAccountAdapter

logger = logging.getLogger(__name__)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        try:
            super().send_mail(template_prefix, email, context)
        except (smtplib.SMTPException, OSError):
            logger.exception("account mail %s could not be sent", template_prefix)
