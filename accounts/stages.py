"""allauth's email verification step, made mandatory for a sign-up that gives an email.

A sign-up with an email that is already someone's must look exactly like a new one
(allauth's enumeration prevention): allauth then mails the address's owner instead
of making an account, and answers "confirm your email", which it can do only when
verification is mandatory. Learners are often minors with no email, so verification
stays optional for everyone else: a sign-up without an email logs straight in, and
so does every later log-in.
"""

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.stages import EmailVerificationStage


class SignupEmailStage(EmailVerificationStage):
    """Mandatory verification for a sign-up with an email, new or taken alike."""

    def handle(self):
        login = self.login
        user_email = getattr(login.user, "email", "") if login.user else ""
        if login.signup and (login.email or user_email):
            login.email_verification = EmailVerificationMethod.MANDATORY
        return super().handle()
