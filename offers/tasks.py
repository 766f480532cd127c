"""Background work of the offers app on the `default` task backend."""

from django_tasks import task


@task()
def send_need_alerts_task():
    """E-mail the digests of new matches for need alerts (see offers.alerts)."""
    from offers.needs.alerts import send_need_alerts

    return send_need_alerts()
