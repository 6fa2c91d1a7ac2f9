"""Permission policies for records that only a public form creates (contact log, submissions)."""

from wagtail.permission_policies import ModelPermissionPolicy


class FormRecordPermissionPolicy(ModelPermissionPolicy):
    """Rows come from a public form: editors view and delete them, nobody adds or edits them."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)
