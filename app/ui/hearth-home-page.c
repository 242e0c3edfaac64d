/* hearth-home-page.c: the topics, as large cards with their progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-i18n.h"

#include "hearth-home-page.h"
#include "hearth-progress.h"
#include "hearth-ui-util.h"

struct _HearthHomePage
{
  GtkWidget      parent_instance;

  HearthContext *context;

  GtkLabel      *greeting;
  GtkFlowBox    *cards;
  GtkWidget     *empty_status;
};

G_DEFINE_FINAL_TYPE (HearthHomePage, hearth_home_page, GTK_TYPE_WIDGET)

enum {
  MODULE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
card_clicked_cb (GtkButton      *button,
                 HearthHomePage *self)
{
  g_signal_emit (self, signals[MODULE_CHOSEN], 0, gtk_widget_get_name (GTK_WIDGET (button)));
}

static char *
describe_progress (const HearthModuleProgress *progress)
{
  g_autofree char *lessons = NULL;

  if (!progress->started && !progress->quiz.finished)
    return g_strdup (_("Not started yet"));

  /* Translators: how many lessons of a topic are done, e.g. "2 of 3 lessons done" */
  lessons = g_strdup_printf (ngettext ("%u of %u lesson done", "%u of %u lessons done",
                                          progress->lessons_total),
                             progress->lessons_completed, progress->lessons_total);
  if (!progress->quiz.finished)
    return g_steal_pointer (&lessons);

  /* Translators: the first %s is the lessons done; then the best quiz score, e.g. "6 of 8" */
  return g_strdup_printf (_("%s · Quiz: %u of %u right"), lessons,
                          progress->quiz.score, progress->quiz.total);
}

static GtkWidget *
make_card (HearthHomePage *self,
           HearthModule   *module)
{
  const char *language = hearth_context_get_language (self->context);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  HearthModuleProgress progress = { 0 };
  g_autofree char *progress_text = NULL;
  g_autofree char *accessible_name = NULL;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *title = gtk_label_new (hearth_text_get (module->title, language));
  GtkWidget *summary = gtk_label_new (hearth_text_get (module->summary, language));
  GtkWidget *progress_bar = gtk_progress_bar_new ();
  GtkWidget *progress_label;

  if (learner != NULL && hearth_context_get_store (self->context) != NULL)
    hearth_module_progress_load (hearth_context_get_store (self->context),
                                 hearth_learner_get_id (learner), module, &progress, NULL);
  progress_text = describe_progress (&progress);
  progress_label = gtk_label_new (progress_text);

  hearth_picture_show (GTK_PICTURE (picture), module->picture, language);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 340);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 340);
  adw_clamp_set_child (ADW_CLAMP (clamp), picture);
  gtk_widget_set_size_request (picture, -1, 170);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-3");
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (summary), 34);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 28);
  gtk_widget_add_css_class (summary, "body-large");
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (progress_bar),
                                 progress.lessons_total > 0
                                 ? (double) progress.lessons_completed / progress.lessons_total : 0);
  gtk_label_set_wrap (GTK_LABEL (progress_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (progress_label), 0);
  gtk_widget_add_css_class (progress_label, "dim-label");

  gtk_box_append (GTK_BOX (body), title);
  gtk_box_append (GTK_BOX (body), summary);
  gtk_box_append (GTK_BOX (body), progress_bar);
  gtk_box_append (GTK_BOX (body), progress_label);
  gtk_widget_add_css_class (body, "card-body");
  /* A picture asks for its full 640 pixels; a card is narrower, so that
   * two or three fit side by side. */
  gtk_box_append (GTK_BOX (box), clamp);
  gtk_box_append (GTK_BOX (box), body);

  gtk_button_set_child (GTK_BUTTON (button), box);
  /* Cards share each row evenly, and keep a book-like width when alone. */
  gtk_widget_set_size_request (button, 300, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "module-card");
  gtk_widget_set_name (button, module->id);
  accessible_name = g_strdup_printf ("%s. %s", hearth_text_get (module->title, language), progress_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hearth_text_get (module->summary, language),
                                  -1);
  g_signal_connect (button, "clicked", G_CALLBACK (card_clicked_cb), self);
  return button;
}

void
hearth_home_page_refresh (HearthHomePage *self)
{
  HearthCourse *course = hearth_context_get_course (self->context);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  GtkWidget *child;

  g_return_if_fail (HEARTH_IS_HOME_PAGE (self));

  if (learner != NULL)
    {
      /* Translators: a greeting on the home screen; %s is the learner's name */
      g_autofree char *greeting = g_strdup_printf (_("Hello, %s"), hearth_learner_get_display_name (learner));

      gtk_label_set_text (self->greeting, greeting);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))) != NULL)
    gtk_flow_box_remove (self->cards, child);

  for (guint i = 0; i < hearth_course_get_n_modules (course); i++)
    gtk_flow_box_append (self->cards, make_card (self, hearth_course_get_module (course, i)));

  gtk_widget_set_visible (self->empty_status, hearth_course_get_n_modules (course) == 0);
}

/* Where keyboard focus goes when the page is shown. */
static gboolean
hearth_home_page_grab_focus (GtkWidget *widget)
{
  HearthHomePage *self = HEARTH_HOME_PAGE (widget);

  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->cards));

  return first != NULL && gtk_widget_grab_focus (first);
}

static void
hearth_home_page_dispose (GObject *object)
{
  HearthHomePage *self = HEARTH_HOME_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_HOME_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_home_page_parent_class)->dispose (object);
}

static void
hearth_home_page_class_init (HearthHomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_home_page_dispose;
  widget_class->grab_focus = hearth_home_page_grab_focus;

  signals[MODULE_CHOSEN] =
    g_signal_new ("module-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-home-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHomePage, greeting);
  gtk_widget_class_bind_template_child (widget_class, HearthHomePage, cards);
  gtk_widget_class_bind_template_child (widget_class, HearthHomePage, empty_status);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_home_page_init (HearthHomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_flow_box_activate_children (self->cards);
}

GtkWidget *
hearth_home_page_new (HearthContext *context)
{
  HearthHomePage *self = g_object_new (HEARTH_TYPE_HOME_PAGE, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
