/* hearth-survey-page.c: "How sure do you feel?", with faces, before and after a module
 *
 * Three things the module teaches, each answered with one of five faces,
 * from very unsure (1) to very sure (5), each with its number and words
 * under it, for learners who read little; after the quiz, one more: "I will
 * talk with my children about this." All optional: Skip is always in sight,
 * and a face left unchosen is simply not answered. Answered or skipped, the
 * survey is not asked again (the window checks the profile).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hearth-i18n.h"

#include "hearth-survey.h"
#include "hearth-survey-page.h"
#include "hearth-ui-util.h"

/* The confidence statements, then the intention (asked only after). */
#define N_ITEMS (HEARTH_SURVEY_N_STATEMENTS + 1)

struct _HearthSurveyPage
{
  GtkWidget          parent_instance;

  HearthContext     *context;
  HearthSurvey      *survey;   /* loaded when first wanted */
  HearthModule      *module;   /* owned by the course */
  HearthSurveyPhase  phase;
  guint              values[N_ITEMS];  /* 1..5, 0 when not chosen */
  GPtrArray         *faces;    /* GtkToggleButton, HEARTH_SURVEY_SCALE_MAX per item shown */

  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  GtkLabel          *intro_label;
  GtkBox            *items_box;
  GtkButton         *skip_button;
  GtkButton         *done_button;
};

G_DEFINE_FINAL_TYPE (HearthSurveyPage, hearth_survey_page, GTK_TYPE_WIDGET)

enum {
  FINISHED,
  PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_items_shown (HearthSurveyPage *self)
{
  return self->phase == HEARTH_SURVEY_AFTER ? N_ITEMS : HEARTH_SURVEY_N_STATEMENTS;
}

static gboolean
ensure_survey (HearthSurveyPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->survey != NULL)
    return TRUE;

  self->survey = hearth_survey_load (&error);
  if (self->survey == NULL)
    g_warning ("The survey could not be loaded, so it is not asked: %s", error->message);
  return self->survey != NULL;
}

/* Marks the chosen face with a tick as well as the ring the style sheet
 * draws, so the choice shows without telling colours apart. */
static void
show_choices (HearthSurveyPage *self)
{
  for (guint i = 0; i < self->faces->len; i++)
    {
      GtkToggleButton *face = g_ptr_array_index (self->faces, i);
      GtkWidget *tick = g_object_get_data (G_OBJECT (face), "tick");

      gtk_widget_set_visible (tick, gtk_toggle_button_get_active (face));
    }
}

static void
face_toggled_cb (GtkToggleButton  *face,
                 HearthSurveyPage *self)
{
  guint index;

  if (!g_ptr_array_find (self->faces, face, &index))
    return;

  if (gtk_toggle_button_get_active (face))
    self->values[index / HEARTH_SURVEY_SCALE_MAX] = index % HEARTH_SURVEY_SCALE_MAX + 1;
  show_choices (self);
}

static GtkWidget *
face_new (HearthSurveyPage *self,
          guint             value,
          const char       *words)
{
  g_autofree char *picture = g_strdup_printf ("%s/face-%u.svg", HEARTH_SURVEY_FACES_RESOURCE_PATH, value);
  g_autofree char *number = g_strdup_printf ("%u", value);
  g_autofree char *name = NULL;
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *image = gtk_image_new_from_resource (picture);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *words_label = gtk_label_new (words);
  GtkWidget *tick = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
  gtk_box_append (GTK_BOX (box), image);
  gtk_widget_add_css_class (number_label, "survey-number");
  gtk_box_append (GTK_BOX (box), number_label);
  gtk_label_set_wrap (GTK_LABEL (words_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (words_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (words_label), 9);
  gtk_widget_add_css_class (words_label, "caption");
  /* Keeps the words off the ring that marks the chosen face. */
  gtk_widget_set_margin_start (words_label, 4);
  gtk_widget_set_margin_end (words_label, 4);
  gtk_box_append (GTK_BOX (box), words_label);

  gtk_overlay_set_child (GTK_OVERLAY (overlay), box);
  gtk_widget_set_halign (tick, GTK_ALIGN_END);
  gtk_widget_set_valign (tick, GTK_ALIGN_START);
  gtk_widget_add_css_class (tick, "survey-tick");
  gtk_widget_set_visible (tick, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), tick);
  g_object_set_data (G_OBJECT (button), "tick", tick);

  gtk_button_set_child (GTK_BUTTON (button), overlay);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "survey-face");
  gtk_widget_set_size_request (button, 48, 48);
  gtk_widget_set_tooltip_text (button, words);
  /* Translators: what a screen reader says for a face of the survey's scale,
   * e.g. "1 of 5, Not sure at all" */
  name = g_strdup_printf (_("%u of %u, %s"), value, HEARTH_SURVEY_SCALE_MAX, words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (button, "toggled", G_CALLBACK (face_toggled_cb), self, 0);
  return button;
}

/* One statement and its row of five faces. In a right-to-left language the
 * row is mirrored like every GtkBox, so the scale runs right to left: 1 ("not
 * sure at all") on the right, where an Arabic reader's eye starts, and 5 on
 * the left, the order in which she reads the numbers and the words, as
 * Arabic rating scales are printed. The faces themselves are symmetrical. */
static void
add_item (HearthSurveyPage *self,
          const HearthText *text)
{
  const char *language = hearth_context_get_language (self->context);
  g_autofree char *shown = hearth_display_text (text, language);
  GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (shown);
  GtkWidget *row;
  GtkToggleButton *group = NULL;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "survey-statement");
  gtk_box_append (GTK_BOX (item), label);

  row = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                      "spacing", 4, "homogeneous", TRUE, "halign", GTK_ALIGN_CENTER, NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  for (guint value = 1; value <= HEARTH_SURVEY_SCALE_MAX; value++)
    {
      const HearthText *words = hearth_survey_get_scale_word (self->survey, value);
      GtkWidget *face = face_new (self, value, hearth_text_get (words, language));

      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (face), group);
      group = GTK_TOGGLE_BUTTON (face);
      gtk_box_append (GTK_BOX (row), face);
      g_ptr_array_add (self->faces, face);
    }
  gtk_box_append (GTK_BOX (item), row);
  gtk_box_append (self->items_box, item);
}

/* Shows the statements of the module and phase, with the faces already
 * chosen. */
static void
build_items (HearthSurveyPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->faces, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))) != NULL)
    gtk_box_remove (self->items_box, child);

  if (self->phase == HEARTH_SURVEY_BEFORE)
    {
      gtk_label_set_text (self->title_label, _("Before We Start"));
      gtk_label_set_text (self->intro_label,
                          _("How sure do you feel? Choose a face for each one. This is optional."));
    }
  else
    {
      gtk_label_set_text (self->title_label, _("After the Topic"));
      gtk_label_set_text (self->intro_label,
                          _("How sure do you feel now? Choose a face for each one. This is optional."));
    }

  for (guint i = 0; i < HEARTH_SURVEY_N_STATEMENTS; i++)
    add_item (self, hearth_survey_get_statement (self->survey, self->module->id, i));
  if (self->phase == HEARTH_SURVEY_AFTER)
    add_item (self, hearth_survey_get_intention (self->survey));

  for (guint i = 0; i < n_items_shown (self); i++)
    if (self->values[i] != 0)
      gtk_toggle_button_set_active (g_ptr_array_index (self->faces, i * HEARTH_SURVEY_SCALE_MAX + self->values[i] - 1),
                                    TRUE);
  show_choices (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
finish (HearthSurveyPage *self,
        gboolean          answered,
        GError           *error)
{
  /* A profile that cannot be written never keeps her from the lesson. */
  if (error != NULL)
    g_signal_emit (self, signals[PROBLEM], 0, error->message);
  g_signal_emit (self, signals[FINISHED], 0, answered);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthSurveyPage *self = HEARTH_SURVEY_PAGE (widget);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autoptr(GError) error = NULL;

  if (self->module == NULL)
    return;

  if (learner != NULL)
    hearth_store_skip_survey (hearth_context_get_store (self->context), hearth_learner_get_id (learner),
                              self->module->id, self->phase, &error);
  finish (self, FALSE, error);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthSurveyPage *self = HEARTH_SURVEY_PAGE (widget);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autoptr(GError) error = NULL;
  gboolean answered = FALSE;

  if (self->module == NULL)
    return;

  for (guint i = 0; i < N_ITEMS; i++)
    answered |= self->values[i] != 0;
  /* Done with no face chosen is the same as Skip. */
  if (!answered)
    {
      skip_action (widget, "survey.skip", NULL);
      return;
    }

  if (learner != NULL)
    hearth_store_save_survey_response (hearth_context_get_store (self->context), hearth_learner_get_id (learner),
                                       self->module->id, self->phase, self->values,
                                       self->values[HEARTH_SURVEY_N_STATEMENTS], &error);
  finish (self, TRUE, error);
}

/* Where keyboard focus goes when the page is shown: the first face. */
static gboolean
hearth_survey_page_grab_focus (GtkWidget *widget)
{
  HearthSurveyPage *self = HEARTH_SURVEY_PAGE (widget);

  if (self->faces->len > 0)
    return gtk_widget_grab_focus (g_ptr_array_index (self->faces, 0));
  return gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
}

static void
hearth_survey_page_dispose (GObject *object)
{
  HearthSurveyPage *self = HEARTH_SURVEY_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_SURVEY_PAGE);
  g_clear_pointer (&self->survey, hearth_survey_free);
  g_clear_pointer (&self->faces, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_survey_page_parent_class)->dispose (object);
}

static void
hearth_survey_page_class_init (HearthSurveyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_survey_page_dispose;
  widget_class->grab_focus = hearth_survey_page_grab_focus;

  /* answered: FALSE when skipped */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-survey-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSurveyPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthSurveyPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSurveyPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSurveyPage, items_box);
  gtk_widget_class_bind_template_child (widget_class, HearthSurveyPage, skip_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSurveyPage, done_button);

  gtk_widget_class_install_action (widget_class, "survey.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "survey.done", NULL, done_action);
  /* Escape leaves it unanswered, as it closes anything optional. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "survey.skip", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_survey_page_init (HearthSurveyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->faces = g_ptr_array_new ();
}

GtkWidget *
hearth_survey_page_new (HearthContext *context)
{
  HearthSurveyPage *self = g_object_new (HEARTH_TYPE_SURVEY_PAGE, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

/* Whether the survey has statements for the module; a module it does not
 * know (a course folder given on the command line, say) is not surveyed. */
gboolean
hearth_survey_page_covers (HearthSurveyPage *self,
                           const char       *module_id)
{
  g_return_val_if_fail (HEARTH_IS_SURVEY_PAGE (self), FALSE);

  return ensure_survey (self) && hearth_survey_has_module (self->survey, module_id);
}

/* Asks afresh, with no face chosen. */
void
hearth_survey_page_open (HearthSurveyPage  *self,
                         HearthModule      *module,
                         HearthSurveyPhase  phase)
{
  g_return_if_fail (HEARTH_IS_SURVEY_PAGE (self));
  g_return_if_fail (module != NULL);

  if (!hearth_survey_page_covers (self, module->id))
    {
      g_critical ("The survey has no statements for the module “%s”", module->id);
      return;
    }

  self->module = module;
  self->phase = phase;
  memset (self->values, 0, sizeof self->values);
  build_items (self);
}

/* Takes over the place of a page built in another language, with the faces
 * she had chosen. */
void
hearth_survey_page_continue_from (HearthSurveyPage *self,
                                  HearthSurveyPage *previous)
{
  g_return_if_fail (HEARTH_IS_SURVEY_PAGE (self));
  g_return_if_fail (HEARTH_IS_SURVEY_PAGE (previous));

  if (previous->module == NULL || previous->survey == NULL)
    return;

  self->survey = g_steal_pointer (&previous->survey);
  self->module = previous->module;
  self->phase = previous->phase;
  memcpy (self->values, previous->values, sizeof self->values);
  build_items (self);
}

HearthModule *
hearth_survey_page_get_module (HearthSurveyPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SURVEY_PAGE (self), NULL);
  return self->module;
}

HearthSurveyPhase
hearth_survey_page_get_phase (HearthSurveyPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SURVEY_PAGE (self), HEARTH_SURVEY_BEFORE);
  return self->phase;
}
