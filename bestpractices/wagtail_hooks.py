"""Wagtail hooks of the bestpractices app: its demo content."""

from wagtail import hooks

from . import demo_content


@hooks.register("register_demo_content")
def register_demo_content(context):
    demo_content.build(context)
