"""The events' part of the home page (registrations are handled on the organisers' page, where
every change goes through the state machine)."""

from wagtail import hooks

from .home import home_content

hooks.register("register_home_content", home_content)
