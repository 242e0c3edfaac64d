/* hearth-add-learner-page.c: "Add me": a new learner's name, language and picture
 *
 * Every language is listed in its own name and script, so a learner can
 * find hers before she can read anything else here. A PIN is optional,
 * typed twice so a slip of the finger does not lock her out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-add-learner-page.h"
#include "hearth-language.h"
#include "hearth-pin-input.h"
#include "hearth-ui-util.h"

struct _HearthAddLearnerPage
{
  GtkWidget       parent_instance;

  HearthContext  *context;
  GPtrArray      *language_buttons;  /* GtkCheckButton, in hearth_language_get_all() order */
  GPtrArray      *avatar_buttons;    /* GtkToggleButton, in hearth_avatar_names() order */

  GtkEntry       *name_entry;
  GtkLabel       *error_label;
  GtkListBox     *language_list;
  GtkFlowBox     *avatar_grid;
  GtkWidget      *pin_entry;
  GtkWidget      *pin_again_entry;
  GtkLabel       *pin_error_label;
};

G_DEFINE_FINAL_TYPE (HearthAddLearnerPage, hearth_add_learner_page, GTK_TYPE_WIDGET)

enum {
  LEARNER_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
chosen_language (HearthAddLearnerPage *self)
{
  const HearthLanguage *languages = hearth_language_get_all (NULL);

  for (guint i = 0; i < self->language_buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->language_buttons, i)))
      return languages[i].code;

  return hearth_context_get_language (self->context);
}

static const char *
chosen_avatar (HearthAddLearnerPage *self)
{
  const char * const *names = hearth_avatar_names ();

  for (guint i = 0; i < self->avatar_buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->avatar_buttons, i)))
      return names[i];

  return names[0];
}

static void
show_error (HearthAddLearnerPage *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->name_entry),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
show_pin_error (HearthAddLearnerPage *self,
                const char           *message)
{
  gtk_label_set_text (self->pin_error_label, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->pin_entry),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_widget_grab_focus (self->pin_entry);
}

/* Both boxes empty (no PIN) or the same 4 numbers in both. */
static gboolean
check_pin (HearthAddLearnerPage *self)
{
  const char *pin = gtk_editable_get_text (GTK_EDITABLE (self->pin_entry));
  const char *again = gtk_editable_get_text (GTK_EDITABLE (self->pin_again_entry));
  g_autoptr(GError) error = NULL;

  if (*pin == '\0' && *again == '\0')
    return TRUE;

  if (!hearth_pin_check_format (pin, &error))
    {
      show_pin_error (self, error->message);
      return FALSE;
    }

  if (g_strcmp0 (pin, again) != 0)
    {
      show_pin_error (self, _("The two PINs are not the same. Please type the same 4 numbers in both boxes."));
      return FALSE;
    }

  return TRUE;
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthAddLearnerPage *self = HEARTH_ADD_LEARNER_PAGE (widget);
  HearthStore *store = hearth_context_get_store (self->context);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  const char *pin = gtk_editable_get_text (GTK_EDITABLE (self->pin_entry));
  g_autoptr(HearthLearner) learner = NULL;
  g_autoptr(GError) error = NULL;

  if (!hearth_store_check_learner_name (name, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (!check_pin (self))
    return;

  learner = hearth_store_add_learner (store, name, chosen_language (self), chosen_avatar (self), &error);
  if (learner == NULL)
    {
      show_error (self, error->message);
      return;
    }

  if (*pin != '\0')
    {
      /* Without the PIN she asked for, she is not added at all: she can
       * try again, rather than find her lessons open to everyone. */
      if (!hearth_store_set_learner_pin (store, hearth_learner_get_id (learner), pin, &error))
        {
          hearth_store_delete_learner (store, hearth_learner_get_id (learner), NULL);
          show_pin_error (self, error->message);
          return;
        }
      hearth_learner_set_has_pin (learner, TRUE);
    }

  g_signal_emit (self, signals[LEARNER_ADDED], 0, learner);
}

static void
name_changed_cb (HearthAddLearnerPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->name_entry), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
pin_changed_cb (HearthAddLearnerPage *self)
{
  gtk_label_set_text (self->pin_error_label, "");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->pin_entry), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
start_from_entry_cb (HearthAddLearnerPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "add-learner.start", NULL);
}

static void
build_language_list (HearthAddLearnerPage *self)
{
  const HearthLanguage *languages;
  GtkCheckButton *group = NULL;
  guint n_languages;

  languages = hearth_language_get_all (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      GtkWidget *button = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (languages[i].native_name);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_widget_add_css_class (label, "title-4");
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 6);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      gtk_widget_set_margin_start (button, 6);
      gtk_widget_set_margin_end (button, 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, languages[i].native_name, -1);
      group = GTK_CHECK_BUTTON (button);

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (self->language_list, row);
      g_ptr_array_add (self->language_buttons, button);
    }
}

static void
build_avatar_grid (HearthAddLearnerPage *self)
{
  const char * const *names = hearth_avatar_names ();
  GtkToggleButton *group = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_button_set_child (GTK_BUTTON (button), hearth_avatar_image_new (names[i], 64));
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "avatar-choice");
      gtk_widget_set_tooltip_text (button, hearth_avatar_label (names[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, hearth_avatar_label (names[i]), -1);
      group = GTK_TOGGLE_BUTTON (button);

      gtk_flow_box_append (self->avatar_grid, button);
      g_ptr_array_add (self->avatar_buttons, button);
    }
}

/* Empties the form and preselects the language in use and a picture nobody
 * has yet, so a learner can add herself by typing only her name. */
void
hearth_add_learner_page_reset (HearthAddLearnerPage *self)
{
  const HearthLanguage *languages = hearth_language_get_all (NULL);
  const char * const *names = hearth_avatar_names ();
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GPtrArray) learners = store != NULL ? hearth_store_list_learners (store, NULL) : NULL;
  guint avatar = 0;

  g_return_if_fail (HEARTH_IS_ADD_LEARNER_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  name_changed_cb (self);
  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->pin_again_entry), "");
  pin_changed_cb (self);

  for (guint i = 0; i < self->language_buttons->len; i++)
    if (g_strcmp0 (languages[i].code, hearth_context_get_language (self->context)) == 0)
      gtk_check_button_set_active (g_ptr_array_index (self->language_buttons, i), TRUE);

  if (learners != NULL)
    avatar = learners->len % self->avatar_buttons->len;
  for (guint i = 0; learners != NULL && names[i] != NULL; i++)
    {
      gboolean taken = FALSE;

      for (guint j = 0; j < learners->len && !taken; j++)
        taken = g_strcmp0 (hearth_learner_get_avatar (g_ptr_array_index (learners, j)), names[i]) == 0;
      if (!taken)
        {
          avatar = i;
          break;
        }
    }
  gtk_toggle_button_set_active (g_ptr_array_index (self->avatar_buttons, avatar), TRUE);
}

/* Where keyboard focus goes when the page is shown. */
static gboolean
hearth_add_learner_page_grab_focus (GtkWidget *widget)
{
  HearthAddLearnerPage *self = HEARTH_ADD_LEARNER_PAGE (widget);

  /* She can type her name at once. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
hearth_add_learner_page_dispose (GObject *object)
{
  HearthAddLearnerPage *self = HEARTH_ADD_LEARNER_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_ADD_LEARNER_PAGE);
  g_clear_pointer (&self->language_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->avatar_buttons, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_add_learner_page_parent_class)->dispose (object);
}

static void
hearth_add_learner_page_class_init (HearthAddLearnerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_add_learner_page_dispose;
  widget_class->grab_focus = hearth_add_learner_page_grab_focus;

  signals[LEARNER_ADDED] =
    g_signal_new ("learner-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_LEARNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/hearthapp/Hearth/ui/hearth-add-learner-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthAddLearnerPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthAddLearnerPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAddLearnerPage, language_list);
  gtk_widget_class_bind_template_child (widget_class, HearthAddLearnerPage, avatar_grid);
  gtk_widget_class_bind_template_child (widget_class, HearthAddLearnerPage, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthAddLearnerPage, pin_again_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthAddLearnerPage, pin_error_label);
  gtk_widget_class_bind_template_callback (widget_class, pin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_from_entry_cb);
  gtk_widget_class_install_action (widget_class, "add-learner.start", NULL, start_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_add_learner_page_init (HearthAddLearnerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_flow_box_activate_children (self->avatar_grid);
  hearth_pin_entry_setup (self->pin_entry);
  hearth_pin_entry_setup (self->pin_again_entry);

  self->language_buttons = g_ptr_array_new ();
  self->avatar_buttons = g_ptr_array_new ();
  build_language_list (self);
  build_avatar_grid (self);
}

GtkWidget *
hearth_add_learner_page_new (HearthContext *context)
{
  HearthAddLearnerPage *self = g_object_new (HEARTH_TYPE_ADD_LEARNER_PAGE, NULL);

  self->context = g_object_ref (context);
  hearth_add_learner_page_reset (self);
  return GTK_WIDGET (self);
}
