"""Members and the community: accounts (django-allauth), the login lockout (django-axes),
threaded replies (django-comments-xtd), posting limits and review scores. Part of base.py."""

import os

# Accounts (community app): django-allauth with e-mail login and mandatory verification.
# Axes' backend comes first so that a locked-out account or address is refused before the
# password is checked. Tests log in with `client.force_login` (axes needs a request).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",  # Wagtail's admin login (username)
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
# School members land on "Mijn school", provider members on "Mijn aanbod" (bookings).
LOGIN_REDIRECT_URL = "bookings:after_login"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Leercommunity] "
ACCOUNT_FORMS = {"signup": "community.forms.SignupForm"}
# Mail that cannot be sent (server down) is logged, never a 500 (community.adapter).
ACCOUNT_ADAPTER = "community.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
# "U bent ingelogd als …" and every other allauth message name the member, not the username.
ACCOUNT_USER_DISPLAY = "community.names.member_name"
# The number of reverse proxies in front of the site that append to X-Forwarded-For; the
# client address is read that many entries from the right, never further (core.client_ip).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ACCOUNT_RATE_LIMITS = {
    "signup": "10/m/ip,30/h/ip",
    "login": "30/m/ip",
    # Per address only: a limit per account ("key") counted failures from every address, so
    # five wrong passwords every five minutes from anywhere kept the member out everywhere.
    # Failures per account *and* address are axes' to count (community.lockout).
    "login_failed": "10/m/ip",
    "reset_password": "10/m/ip,3/m/key",
}
# The version of the privacy statement a member consents to at sign-up (stored with consent).
PRIVACY_TEXT_VERSION = os.environ.get("PRIVACY_TEXT_VERSION", "2025-1")

# django-axes 8: five failures lock one account from one address (not the account everywhere,
# not every account tried from the address), for a cool-off that starts short and doubles with
# each lockout of that combination (community.lockout). A password reset unlocks the account.
AXES_FAILURE_LIMIT = 5
LOCKOUT_BASE_SECONDS = int(os.environ.get("LOCKOUT_BASE_SECONDS", "180"))
LOCKOUT_MAX_SECONDS = int(os.environ.get("LOCKOUT_MAX_SECONDS", str(60 * 60)))
AXES_COOLOFF_TIME = "community.lockout.cool_off"
# Each attempt record carries its own expiry: cool-offs differ per combination, and axes would
# otherwise clear every record older than the cool-off of whichever request comes by.
AXES_USE_ATTEMPT_EXPIRATION = True
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "community.auth.axes_username"
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
# A refused try during a lockout does not restart it: the lockout page states when it ends.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "community/lockout.html"
# The privacy statement names failed login attempts, kept 30 days (forget_login_attempts), and
# no log of successful logins: axes keeps none.
AXES_DISABLE_ACCESS_LOG = True
LOGIN_RECORDS_DAYS = 30

# Threaded comments (django-comments-xtd): members only, three levels, plain-text e-mails.
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MAX_THREAD_LEVEL = 2  # levels 0, 1 and 2
COMMENTS_XTD_CONFIRM_EMAIL = False  # members have a verified address already
COMMENTS_XTD_THREADED_EMAILS = False
COMMENTS_XTD_SEND_HTML_EMAIL = False
COMMENTS_XTD_SALT = b"leercommunity-comments"
COMMENTS_XTD_APP_MODEL_OPTIONS = {
    "default": {
        "who_can_post": "users",
        "allow_flagging": False,
        "allow_feedback": False,
        "show_feedback": False,
    }
}
# The longest reply, in characters: django-comments' form and model, the edit form and every
# reply textarea read this one value.
COMMENT_MAX_LENGTH = 3000
COMMUNITY_EDIT_WINDOW_MINUTES = 30
# posts (discussions and replies) per member ... (the load test raises it to measure posting)
COMMUNITY_POST_RATE_LIMIT = int(os.environ.get("COMMUNITY_POST_RATE_LIMIT", "6"))
COMMUNITY_POST_RATE_WINDOW_SECONDS = 600  # ... in this many seconds
# Requests for offers and messages on them, per member (offers.bookings.limits): each mails
# the other side.
BOOKING_REQUEST_RATE_LIMIT = int(os.environ.get("BOOKING_REQUEST_RATE_LIMIT", "10"))
BOOKING_MESSAGE_RATE_LIMIT = int(os.environ.get("BOOKING_MESSAGE_RATE_LIMIT", "10"))
BOOKING_RATE_WINDOW_SECONDS = 600
# Reviews of offers: the ranking score is a Bayesian average (see community.reviews) that
# starts at the prior mean and weighs it as this many reviews.
REVIEW_PRIOR_MEAN = 3.5
REVIEW_PRIOR_WEIGHT = 5

# The page type a member's profile may link as "their provider" (schools.Profile.provider_page):
# named here so that the schools app, below the catalogue, does not import it.
PROVIDER_PAGE_MODEL = "offers.ProviderPage"
