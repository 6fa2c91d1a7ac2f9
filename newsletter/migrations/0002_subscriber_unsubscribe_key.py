"""A random key per subscriber for the unsubscribe link (it carried the plain address)."""

import secrets

from django.db import migrations, models

import newsletter.models


def fill_keys(apps, schema_editor):
    Subscriber = apps.get_model("newsletter", "Subscriber")
    for subscriber in Subscriber.objects.filter(unsubscribe_key__isnull=True):
        subscriber.unsubscribe_key = secrets.token_urlsafe(32)
        subscriber.save(update_fields=["unsubscribe_key"])


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="subscriber",
            name="unsubscribe_key",
            field=models.CharField(max_length=64, null=True, editable=False),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="subscriber",
            name="unsubscribe_key",
            field=models.CharField(
                default=newsletter.models.new_unsubscribe_key,
                editable=False,
                max_length=64,
                unique=True,
                verbose_name="Schlüssel des Abmeldelinks",
            ),
        ),
    ]
