/* hearth-policies-page.c: a learner's family agreements
 *
 * A family may keep several (one for each home, say). Each can be opened,
 * renamed or deleted; deleting asks first, because it cannot be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-i18n.h"
#include "hearth-policies-page.h"
#include "hearth-ui-util.h"

struct _HearthPoliciesPage
{
  GtkWidget      parent_instance;

  HearthContext *context;

  GtkListBox    *list;
  GtkWidget     *new_button;
};

G_DEFINE_FINAL_TYPE (HearthPoliciesPage, hearth_policies_page, GTK_TYPE_WIDGET)

enum {
  OPEN_POLICY,
  PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HearthStore *
store (HearthPoliciesPage *self)
{
  return hearth_context_get_store (self->context);
}

static void
report (HearthPoliciesPage *self,
        GError             *error)
{
  g_signal_emit (self, signals[PROBLEM], 0, error->message);
}

static void
row_activated_cb (HearthPoliciesPage *self,
                  GtkListBoxRow      *row)
{
  HearthPolicy *policy = g_object_get_data (G_OBJECT (row), "policy");

  g_signal_emit (self, signals[OPEN_POLICY], 0, policy);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HearthPoliciesPage *self = HEARTH_POLICIES_PAGE (widget);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autoptr(HearthPolicy) policy = hearth_policy_new (_("Our home"));
  g_autoptr(GError) error = NULL;

  if (!hearth_store_save_policy (store (self), hearth_learner_get_id (learner), policy, &error))
    {
      report (self, error);
      return;
    }

  g_signal_emit (self, signals[OPEN_POLICY], 0, policy);
}

static void
rename_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    HearthPoliciesPage *self)
{
  HearthPolicy *policy = g_object_get_data (G_OBJECT (dialog), "policy");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;

  if (!hearth_store_rename_policy (store (self), hearth_policy_get_id (policy),
                                   gtk_editable_get_text (entry), &error))
    report (self, error);
  hearth_policies_page_reload (self);
}

static void
rename_clicked_cb (GtkButton          *button,
                   HearthPoliciesPage *self)
{
  HearthPolicy *policy = g_object_get_data (G_OBJECT (button), "policy");
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  gtk_editable_set_text (GTK_EDITABLE (entry), hearth_policy_get_name (policy));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Rename the Agreement"), NULL));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "policy", g_object_ref (policy), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    HearthPoliciesPage *self)
{
  HearthPolicy *policy = g_object_get_data (G_OBJECT (dialog), "policy");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!hearth_store_delete_policy (store (self), hearth_policy_get_id (policy), &error))
    report (self, error);
  hearth_policies_page_reload (self);
}

static void
delete_clicked_cb (GtkButton          *button,
                   HearthPoliciesPage *self)
{
  HearthPolicy *policy = g_object_get_data (G_OBJECT (button), "policy");
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Delete the Agreement?"), NULL));
  /* Translators: %s is the agreement's name */
  adw_message_dialog_format_body (dialog, _("“%s” will be gone from this computer. A printed copy is not affected."),
                                  hearth_policy_get_name (policy));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep It"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "policy", g_object_ref (policy), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_icon_button (const char         *icon_name,
                  const char         *name,
                  HearthPolicy       *policy,
                  GCallback           callback,
                  HearthPoliciesPage *self)
{
  GtkWidget *button = hearth_icon_button_new (icon_name, name);

  g_object_set_data_full (G_OBJECT (button), "policy", g_object_ref (policy), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
make_row (HearthPoliciesPage *self,
          HearthPolicy       *policy)
{
  g_autoptr(GDateTime) changed = g_date_time_new_from_unix_local (hearth_policy_get_updated_at (policy));
  /* Translators: the date an agreement was changed, as day/month/year, the
   * way UK families write it; see g_date_time_format() for the letters */
  g_autofree char *when = g_date_time_format (changed, _("%-d/%-m/%Y"));
  /* Translators: when an agreement was last changed; %s is a date */
  g_autofree char *status = g_strdup_printf (_("Changed on %s"), when);
  /* Translators: a button's name; %s is an agreement's name */
  g_autofree char *rename_name = g_strdup_printf (_("Rename %s"), hearth_policy_get_name (policy));
  /* Translators: a button's name; %s is an agreement's name */
  g_autofree char *delete_name = g_strdup_printf (_("Delete %s"), hearth_policy_get_name (policy));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (hearth_policy_get_name (policy));
  GtkWidget *subtitle = gtk_label_new (status);
  g_autofree char *accessible = g_strdup_printf ("%s. %s", hearth_policy_get_name (policy), status);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), make_icon_button ("document-edit-symbolic", rename_name, policy,
                                                   G_CALLBACK (rename_clicked_cb), self));
  gtk_box_append (GTK_BOX (box), make_icon_button ("user-trash-symbolic", delete_name, policy,
                                                   G_CALLBACK (delete_clicked_cb), self));
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 14);
  gtk_widget_set_margin_end (box, 6);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (row), "policy", g_object_ref (policy), g_object_unref);
  return row;
}

void
hearth_policies_page_reload (HearthPoliciesPage *self)
{
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autoptr(GPtrArray) policies = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (HEARTH_IS_POLICIES_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (learner == NULL || store (self) == NULL)
    return;

  policies = hearth_store_list_policies (store (self), hearth_learner_get_id (learner), &error);
  if (policies == NULL)
    {
      report (self, error);
      return;
    }

  for (guint i = 0; i < policies->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (policies, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->list), policies->len > 0);
}

static gboolean
hearth_policies_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (HEARTH_POLICIES_PAGE (widget)->new_button);
}

static void
hearth_policies_page_dispose (GObject *object)
{
  HearthPoliciesPage *self = HEARTH_POLICIES_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_POLICIES_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_policies_page_parent_class)->dispose (object);
}

static void
hearth_policies_page_class_init (HearthPoliciesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_policies_page_dispose;
  widget_class->grab_focus = hearth_policies_page_grab_focus;

  signals[OPEN_POLICY] =
    g_signal_new ("open-policy", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_POLICY);
  signals[PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-policies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPoliciesPage, list);
  gtk_widget_class_bind_template_child (widget_class, HearthPoliciesPage, new_button);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_install_action (widget_class, "policies.new", NULL, new_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_policies_page_init (HearthPoliciesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_policies_page_new (HearthContext *context)
{
  HearthPoliciesPage *self = g_object_new (HEARTH_TYPE_POLICIES_PAGE, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
