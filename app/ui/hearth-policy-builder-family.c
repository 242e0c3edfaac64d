/* hearth-policy-builder-family.c: the first step: who is in the family
 *
 * Part of HearthPolicyBuilder. Each child by first name or nickname (or
 * "Child 1") with an age: the ages choose the rules suggested after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-i18n.h"
#include "hearth-policy-builder-private.h"
#include "hearth-ui-util.h"


static void
sync_children (HearthPolicyBuilder *self)
{
  GPtrArray *children = hearth_policy_get_children (self->policy);
  guint position = 0;

  while (children->len > 0)
    hearth_policy_remove_child (self->policy, 0);

  for (GtkWidget *row = gtk_widget_get_first_child (self->children_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkEditable *name = g_object_get_data (G_OBJECT (row), "name");
      GtkSpinButton *age = g_object_get_data (G_OBJECT (row), "age");
      g_autofree char *fallback = g_strdup_printf (_("Child %u"), ++position);
      g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (name)));

      hearth_policy_add_child (self->policy, *stripped != '\0' ? gtk_editable_get_text (name) : fallback,
                               (guint) gtk_spin_button_get_value_as_int (age), NULL);
    }

  hearth_policy_builder_save (self);
}

static void
remove_child_clicked_cb (GtkButton           *button,
                         HearthPolicyBuilder *self)
{
  gtk_box_remove (GTK_BOX (self->children_box), g_object_get_data (G_OBJECT (button), "row"));
  sync_children (self);
}

static void
add_child_row (HearthPolicyBuilder *self,
               const char          *name,
               guint                age)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *entry = hearth_policy_builder_entry (name, _("Child’s first name or nickname"));
  GtkWidget *age_label = gtk_label_new (hearth_policy_catalogue_phrase (self->catalogue, "age", hearth_policy_builder_language (self)));
  GtkWidget *spin = gtk_spin_button_new_with_range (0, HEARTH_POLICY_MAX_AGE, 1);
  GtkWidget *remove = hearth_icon_button_new ("user-trash-symbolic", _("Remove this child"));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), age);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Age"), -1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (row), "name", entry);
  g_object_set_data (G_OBJECT (row), "age", spin);
  g_object_set_data (G_OBJECT (remove), "row", row);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (sync_children), self);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (sync_children), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_child_clicked_cb), self);

  gtk_box_append (GTK_BOX (row), entry);
  gtk_box_append (GTK_BOX (row), age_label);
  gtk_box_append (GTK_BOX (row), spin);
  gtk_box_append (GTK_BOX (row), remove);
  gtk_box_append (GTK_BOX (self->children_box), row);
}

static void
add_child_clicked_cb (HearthPolicyBuilder *self)
{
  g_autofree char *name = g_strdup_printf (_("Child %u"), hearth_policy_get_children (self->policy)->len + 1);

  add_child_row (self, name, 8);
  sync_children (self);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (gtk_widget_get_last_child (self->children_box)), "name"));
}

static void
name_changed_cb (GtkEditable         *entry,
                 HearthPolicyBuilder *self)
{
  if (hearth_policy_set_name (self->policy, gtk_editable_get_text (entry), NULL))
    hearth_policy_builder_save (self);
}

void
hearth_policy_builder_build_family (HearthPolicyBuilder *self)
{
  GPtrArray *children = hearth_policy_get_children (self->policy);
  GtkWidget *name = hearth_policy_builder_entry (hearth_policy_get_name (self->policy), _("Name of this agreement"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add a Child"));

  gtk_label_set_text (self->title, _("Who Is in Your Family?"));
  gtk_label_set_text (self->intro, _("Add each child by first name or nickname, or keep “Child 1”. "
                                     "Their ages choose the rules Hearth suggests."));

  gtk_box_append (self->content, hearth_policy_builder_label (_("Name of this agreement"), "heading"));
  g_signal_connect (name, "changed", G_CALLBACK (name_changed_cb), self);
  gtk_box_append (self->content, name);
  gtk_box_append (self->content, hearth_policy_builder_label (hearth_policy_catalogue_phrase (self->catalogue, "children",
                                                                             hearth_policy_builder_language (self)), "heading"));

  self->children_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  for (guint i = 0; i < children->len; i++)
    {
      HearthPolicyChild *child = g_ptr_array_index (children, i);

      add_child_row (self, child->name, child->age);
    }
  gtk_box_append (self->content, self->children_box);

  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_widget_add_css_class (add, "pill");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_child_clicked_cb), self);
  gtk_box_append (self->content, add);
}
