/* hearth-policy-builder.c: making a family agreement, step by step
 *
 * Who is in the family, then each section in turn with the rules Hearth
 * suggests for the children's ages (tick them, put them in your own words,
 * or add your own), then a preview to print or save. Every change is saved
 * in the profile at once, so the family can stop at any step and come back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-contacts.h"
#include "hearth-i18n.h"
#include "hearth-language.h"
#include "hearth-policy-builder-private.h"
#include "hearth-ui-util.h"

G_DEFINE_FINAL_TYPE (HearthPolicyBuilder, hearth_policy_builder, GTK_TYPE_WIDGET)

enum {
  DONE,
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_steps (HearthPolicyBuilder *self)
{
  /* the family, each section, and the preview */
  return hearth_policy_catalogue_get_sections (self->catalogue)->len + 2;
}

const char *
hearth_policy_builder_language (HearthPolicyBuilder *self)
{
  return hearth_context_get_language (self->context);
}

void
hearth_policy_builder_tell (HearthPolicyBuilder *self,
      const char          *message)
{
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

void
hearth_policy_builder_save (HearthPolicyBuilder *self)
{
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autoptr(GError) error = NULL;

  if (!hearth_store_save_policy (hearth_context_get_store (self->context),
                                 hearth_learner_get_id (learner), self->policy, &error))
    hearth_policy_builder_tell (self, error->message);
}

GtkWidget *
hearth_policy_builder_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
hearth_policy_builder_entry (const char *text,
            const char *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_add_css_class (entry, "large-entry");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  return entry;
}

/* A section of rules */

static void
rule_toggled_cb (GtkCheckButton      *button,
                 HearthPolicyBuilder *self)
{
  HearthPolicySection *section = g_object_get_data (G_OBJECT (button), "section");
  HearthPolicyRule *rule = g_object_get_data (G_OBJECT (button), "rule");

  hearth_policy_choose_rule (self->policy, section->id, rule->id, gtk_check_button_get_active (button));
  hearth_policy_builder_save (self);
}

static void
reword_changed_cb (GtkEditable         *entry,
                   HearthPolicyBuilder *self)
{
  HearthPolicySection *section = g_object_get_data (G_OBJECT (entry), "section");
  HearthPolicyRule *rule = g_object_get_data (G_OBJECT (entry), "rule");
  GtkCheckButton *check = g_object_get_data (G_OBJECT (entry), "check");
  g_autoptr(GError) error = NULL;

  /* Changing the words means choosing the rule. */
  if (!gtk_check_button_get_active (check))
    gtk_check_button_set_active (check, TRUE);
  hearth_policy_choose_rule (self->policy, section->id, rule->id, TRUE);

  if (!hearth_policy_reword_rule (self->policy, rule->id, gtk_editable_get_text (entry), &error))
    hearth_policy_builder_tell (self, error->message);
  hearth_policy_builder_save (self);
}

static void
reword_clicked_cb (GtkButton *button,
                   GtkWidget *entry)
{
  gtk_widget_set_visible (entry, !gtk_widget_get_visible (entry));
  if (gtk_widget_get_visible (entry))
    gtk_widget_grab_focus (entry);
}

static GtkWidget *
make_rule_row (HearthPolicyBuilder *self,
               HearthPolicySection *section,
               HearthPolicyRule    *rule)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new ();
  const char *words = hearth_text_get (rule->text, hearth_policy_builder_language (self));
  GtkWidget *reword = hearth_icon_button_new ("document-edit-symbolic", _("Use your own words"));
  GtkWidget *entry = hearth_policy_builder_entry (words, _("The rule in your own words"));
  GPtrArray *choices = hearth_policy_get_choices (self->policy);
  GtkWidget *label;

  for (guint i = 0; i < choices->len; i++)
    {
      HearthPolicyChoice *choice = g_ptr_array_index (choices, i);

      if (g_strcmp0 (choice->rule_id, rule->id) == 0 && choice->text != NULL)
        gtk_editable_set_text (GTK_EDITABLE (entry), choice->text);
    }

  label = hearth_policy_builder_label (words, "body-large");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), hearth_policy_is_chosen (self->policy, rule->id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
  gtk_widget_set_hexpand (check, TRUE);
  gtk_widget_add_css_class (check, "quiz-option");
  g_object_set_data (G_OBJECT (check), "section", section);
  g_object_set_data (G_OBJECT (check), "rule", rule);
  g_signal_connect (check, "toggled", G_CALLBACK (rule_toggled_cb), self);

  gtk_widget_set_visible (entry, FALSE);
  g_object_set_data (G_OBJECT (entry), "section", section);
  g_object_set_data (G_OBJECT (entry), "rule", rule);
  g_object_set_data (G_OBJECT (entry), "check", check);
  g_signal_connect (entry, "changed", G_CALLBACK (reword_changed_cb), self);
  g_signal_connect (reword, "clicked", G_CALLBACK (reword_clicked_cb), entry);

  gtk_widget_set_valign (reword, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (line), check);
  gtk_box_append (GTK_BOX (line), reword);
  gtk_box_append (GTK_BOX (row), line);
  gtk_box_append (GTK_BOX (row), entry);
  return row;
}

static void
remove_own_clicked_cb (GtkButton           *button,
                       HearthPolicyBuilder *self)
{
  hearth_policy_remove_choice (self->policy, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
  hearth_policy_builder_save (self);
  hearth_policy_builder_show_step (self);
}

static void
add_own_rule (HearthPolicyBuilder *self,
              GtkEditable         *entry)
{
  HearthPolicySection *section = g_object_get_data (G_OBJECT (entry), "section");
  g_autoptr(GError) error = NULL;

  if (!hearth_policy_add_own_rule (self->policy, section->id, gtk_editable_get_text (entry), &error))
    {
      hearth_policy_builder_tell (self, error->message);
      return;
    }

  hearth_policy_builder_save (self);
  hearth_policy_builder_show_step (self);
}

static void
add_own_clicked_cb (GtkButton           *button,
                    HearthPolicyBuilder *self)
{
  add_own_rule (self, g_object_get_data (G_OBJECT (button), "entry"));
}

static void
review_changed_cb (GtkEditable         *entry,
                   HearthPolicyBuilder *self)
{
  hearth_policy_set_review_date (self->policy, gtk_editable_get_text (entry));
  hearth_policy_builder_save (self);
}

static void
signatures_toggled_cb (GtkCheckButton      *button,
                       HearthPolicyBuilder *self)
{
  hearth_policy_set_signatures (self->policy, gtk_check_button_get_active (button));
  hearth_policy_builder_save (self);
}

static void
build_section (HearthPolicyBuilder *self,
               HearthPolicySection *section)
{
  g_autoptr(GPtrArray) suggested = hearth_policy_suggest (self->policy, section);
  GPtrArray *choices = hearth_policy_get_choices (self->policy);
  GtkWidget *own_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *own_entry = hearth_policy_builder_entry (NULL, _("Write your own rule"));
  GtkWidget *own_add = gtk_button_new_with_mnemonic (_("_Add"));

  gtk_label_set_text (self->title, hearth_text_get (section->title, hearth_policy_builder_language (self)));
  gtk_label_set_text (self->intro, section->intro != NULL ? hearth_text_get (section->intro, hearth_policy_builder_language (self)) : "");

  for (guint i = 0; i < suggested->len; i++)
    gtk_box_append (self->content, make_rule_row (self, section, g_ptr_array_index (suggested, i)));

  /* The family's own rules in this section. */
  for (guint i = 0; i < choices->len; i++)
    {
      HearthPolicyChoice *choice = g_ptr_array_index (choices, i);
      GtkWidget *line, *remove;

      if (choice->rule_id != NULL || g_strcmp0 (choice->section_id, section->id) != 0)
        continue;

      line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      remove = hearth_icon_button_new ("user-trash-symbolic", _("Remove this rule"));
      gtk_widget_set_valign (remove, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_own_clicked_cb), self);
      gtk_box_append (GTK_BOX (line), hearth_policy_builder_label (choice->text, "body-large"));
      gtk_widget_set_hexpand (gtk_widget_get_first_child (line), TRUE);
      gtk_box_append (GTK_BOX (line), remove);
      gtk_box_append (self->content, line);
    }

  if (g_strcmp0 (section->id, "review") == 0)
    {
      GtkWidget *date = hearth_policy_builder_entry (hearth_policy_get_review_date (self->policy),
                                    hearth_policy_catalogue_phrase (self->catalogue, "review-date", hearth_policy_builder_language (self)));

      gtk_box_append (self->content, hearth_policy_builder_label (hearth_policy_catalogue_phrase (self->catalogue, "review-date",
                                                                                 hearth_policy_builder_language (self)), "heading"));
      g_signal_connect (date, "changed", G_CALLBACK (review_changed_cb), self);
      gtk_box_append (self->content, date);
    }
  else if (g_strcmp0 (section->id, "signatures") == 0)
    {
      GtkWidget *lines = gtk_check_button_new_with_mnemonic (_("_Print lines for signatures"));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (lines), hearth_policy_get_signatures (self->policy));
      gtk_widget_add_css_class (lines, "quiz-option");
      g_signal_connect (lines, "toggled", G_CALLBACK (signatures_toggled_cb), self);
      gtk_box_append (self->content, lines);
      return;
    }

  gtk_box_append (self->content, hearth_policy_builder_label (_("Our own rule"), "heading"));
  g_object_set_data (G_OBJECT (own_entry), "section", section);
  g_object_set_data (G_OBJECT (own_add), "entry", own_entry);
  g_signal_connect_swapped (own_entry, "activate", G_CALLBACK (add_own_rule), self);
  g_signal_connect (own_add, "clicked", G_CALLBACK (add_own_clicked_cb), self);
  gtk_widget_add_css_class (own_add, "pill");
  gtk_box_append (GTK_BOX (own_line), own_entry);
  gtk_box_append (GTK_BOX (own_line), own_add);
  gtk_box_append (self->content, own_line);
}

void
hearth_policy_builder_show_step (HearthPolicyBuilder *self)
{
  GPtrArray *sections = hearth_policy_catalogue_get_sections (self->catalogue);
  guint total = n_steps (self);
  g_autofree char *counter = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  self->children_box = NULL;

  /* Translators: where the family is in making its agreement, e.g. "Step 2 of 15" */
  counter = g_strdup_printf (_("Step %u of %u"), self->step + 1, total);
  gtk_label_set_text (self->counter, counter);
  gtk_progress_bar_set_fraction (self->progress, (double) (self->step + 1) / total);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_PROPERTY_LABEL, counter, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "builder.previous", self->step > 0);
  gtk_button_set_label (self->next_button, self->step + 1 < total ? _("_Next") : _("_Finish"));

  if (self->step == 0)
    hearth_policy_builder_build_family (self);
  else if (self->step <= sections->len)
    build_section (self, g_ptr_array_index (sections, self->step - 1));
  else
    hearth_policy_builder_build_preview (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthPolicyBuilder *self = HEARTH_POLICY_BUILDER (widget);

  if (self->step + 1 >= n_steps (self))
    {
      g_signal_emit (self, signals[DONE], 0);
      return;
    }

  self->step++;
  hearth_policy_builder_show_step (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthPolicyBuilder *self = HEARTH_POLICY_BUILDER (widget);

  if (self->step == 0)
    return;

  self->step--;
  hearth_policy_builder_show_step (self);
}

/* The catalogue is read the first time a family opens an agreement, not at
 * start-up, where nobody needs it yet. */
static void
load_catalogue (HearthPolicyBuilder *self)
{
  if (self->catalogue == NULL)
    self->catalogue = hearth_policy_catalogue_load (NULL);
  if (self->contacts == NULL)
    self->contacts = hearth_contacts_load_national (NULL);
}

void
hearth_policy_builder_open (HearthPolicyBuilder *self,
                            HearthPolicy        *policy)
{
  g_return_if_fail (HEARTH_IS_POLICY_BUILDER (self));

  load_catalogue (self);
  g_set_object (&self->policy, policy);
  self->step = 0;
  hearth_policy_builder_show_step (self);
}

/* Takes over the place of a builder built in another language. */
void
hearth_policy_builder_continue_from (HearthPolicyBuilder *self,
                                     HearthPolicyBuilder *previous)
{
  if (previous->policy == NULL)
    return;

  load_catalogue (self);
  g_set_object (&self->policy, previous->policy);
  self->step = previous->step;
  self->bilingual = previous->bilingual;
  self->paper = previous->paper;
  hearth_policy_builder_show_step (self);
}

HearthPolicy *
hearth_policy_builder_get_policy (HearthPolicyBuilder *self)
{
  return self->policy;
}

guint
hearth_policy_builder_get_step (HearthPolicyBuilder *self)
{
  return self->step;
}

static gboolean
hearth_policy_builder_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (HEARTH_POLICY_BUILDER (widget)->next_button));
}

static void
hearth_policy_builder_dispose (GObject *object)
{
  HearthPolicyBuilder *self = HEARTH_POLICY_BUILDER (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_POLICY_BUILDER);
  g_clear_pointer (&self->catalogue, hearth_policy_catalogue_free);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_object (&self->policy);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_policy_builder_parent_class)->dispose (object);
}

static void
hearth_policy_builder_class_init (HearthPolicyBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_policy_builder_dispose;
  widget_class->grab_focus = hearth_policy_builder_grab_focus;

  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-policy-builder.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPolicyBuilder, scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthPolicyBuilder, progress);
  gtk_widget_class_bind_template_child (widget_class, HearthPolicyBuilder, counter);
  gtk_widget_class_bind_template_child (widget_class, HearthPolicyBuilder, title);
  gtk_widget_class_bind_template_child (widget_class, HearthPolicyBuilder, intro);
  gtk_widget_class_bind_template_child (widget_class, HearthPolicyBuilder, content);
  gtk_widget_class_bind_template_child (widget_class, HearthPolicyBuilder, next_button);
  gtk_widget_class_install_action (widget_class, "builder.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "builder.previous", NULL, previous_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_policy_builder_init (HearthPolicyBuilder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->paper = HEARTH_PAPER_A4;
}

GtkWidget *
hearth_policy_builder_new (HearthContext *context)
{
  HearthPolicyBuilder *self = g_object_new (HEARTH_TYPE_POLICY_BUILDER, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
