from django.db import migrations

from knowledge.vocabulary import ensure_vocabulary


def seed(apps, schema_editor):
    ensure_vocabulary(apps.get_model("knowledge", "Theme"), apps.get_model("knowledge", "TargetGroup"))


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
