/* hearth-module-page.c: one topic: its lessons and its quiz
 *
 * A big "carry on" button takes the learner straight back to where she
 * stopped; the list below lets her open any lesson again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-module-page.h"
#include "hearth-progress.h"
#include "hearth-ui-util.h"

struct _HearthModulePage
{
  GtkWidget            parent_instance;

  HearthContext       *context;
  HearthModule        *module;  /* owned by the course */
  HearthModuleProgress progress;

  GtkPicture          *picture;
  GtkLabel            *title;
  GtkLabel            *summary;
  GtkButton           *continue_button;
  GtkListBox          *lessons;
};

G_DEFINE_FINAL_TYPE (HearthModulePage, hearth_module_page, GTK_TYPE_WIDGET)

enum {
  LESSON_CHOSEN,
  QUIZ_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define QUIZ_ROW_INDEX G_MAXUINT

static void
open_lesson (HearthModulePage *self,
             guint             index)
{
  HearthLesson *lesson = g_ptr_array_index (self->module->lessons, index);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  HearthLessonProgress progress = { 0 };

  if (learner != NULL)
    hearth_store_get_lesson_progress (hearth_context_get_store (self->context),
                                      hearth_learner_get_id (learner), self->module->id, lesson->id,
                                      &progress, NULL);

  g_signal_emit (self, signals[LESSON_CHOSEN], 0, index, hearth_lesson_resume_step (lesson, &progress));
}

static void
row_activated_cb (HearthModulePage *self,
                  GtkListBoxRow    *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "lesson-index"));

  if (index == QUIZ_ROW_INDEX)
    g_signal_emit (self, signals[QUIZ_CHOSEN], 0);
  else
    open_lesson (self, index);
}

static void
continue_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthModulePage *self = HEARTH_MODULE_PAGE (widget);

  if (self->progress.lessons_completed == self->progress.lessons_total)
    g_signal_emit (self, signals[QUIZ_CHOSEN], 0);
  else
    g_signal_emit (self, signals[LESSON_CHOSEN], 0, self->progress.next_lesson, self->progress.next_step);
}

/* The lesson's number, or an icon when it is done or for the quiz: the state
 * is always said in words beside it too, never by the badge alone. */
static GtkWidget *
make_badge (const char *icon_name,
            guint       index)
{
  GtkWidget *badge;

  if (icon_name != NULL)
    {
      badge = gtk_image_new_from_icon_name (icon_name);
      gtk_image_set_pixel_size (GTK_IMAGE (badge), 20);
    }
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", index + 1);

      badge = gtk_label_new (number);
    }

  gtk_widget_add_css_class (badge, "lesson-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  return badge;
}

static GtkWidget *
make_row (const char *icon_name,
          const char *title,
          const char *status,
          guint       index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = make_badge (icon_name, index);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *status_label = gtk_label_new (status);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *accessible_name = g_strdup_printf ("%s. %s", title, status);

  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_widget_add_css_class (title_label, "title-4");
  gtk_label_set_wrap (GTK_LABEL (status_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (status_label), 0);
  gtk_widget_add_css_class (status_label, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);

  gtk_box_append (GTK_BOX (labels), title_label);
  gtk_box_append (GTK_BOX (labels), status_label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_size_request (row, -1, 56);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_object_set_data (G_OBJECT (row), "lesson-index", GUINT_TO_POINTER (index));
  return row;
}

void
hearth_module_page_refresh (HearthModulePage *self)
{
  const char *language = hearth_context_get_language (self->context);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autofree char *quiz_status = NULL;
  const char *continue_label;
  GtkWidget *child;

  g_return_if_fail (HEARTH_IS_MODULE_PAGE (self));

  if (self->module == NULL)
    return;

  self->progress = (HearthModuleProgress) { .lessons_total = self->module->lessons->len };
  if (learner != NULL)
    hearth_module_progress_load (hearth_context_get_store (self->context),
                                 hearth_learner_get_id (learner), self->module, &self->progress, NULL);

  hearth_picture_show (self->picture, self->module->picture, language);
  gtk_label_set_text (self->title, hearth_text_get (self->module->title, language));
  gtk_label_set_text (self->summary, hearth_text_get (self->module->summary, language));

  if (self->progress.lessons_completed == self->progress.lessons_total)
    continue_label = self->progress.quiz.finished ? _("Check _Yourself Again") : _("Check _Yourself");
  else if (self->progress.started)
    continue_label = _("_Carry On");
  else
    continue_label = _("_Start");
  gtk_button_set_label (self->continue_button, continue_label);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lessons))) != NULL)
    gtk_list_box_remove (self->lessons, child);

  for (guint i = 0; i < self->module->lessons->len; i++)
    {
      HearthLesson *lesson = g_ptr_array_index (self->module->lessons, i);
      HearthLessonProgress lesson_progress = { 0 };
      g_autofree char *status = NULL;
      const char *icon;

      if (learner != NULL)
        hearth_store_get_lesson_progress (hearth_context_get_store (self->context),
                                          hearth_learner_get_id (learner), self->module->id, lesson->id,
                                          &lesson_progress, NULL);

      if (lesson_progress.completed_at != 0)
        {
          status = g_strdup (_("Done"));
          icon = "emblem-ok-symbolic";
        }
      else if (lesson_progress.started)
        {
          /* Translators: how far into a lesson the learner is, e.g. "Step 3 of 6" */
          status = g_strdup_printf (_("Step %u of %u"), lesson_progress.last_step + 1, lesson->steps->len);
          icon = NULL;
        }
      else
        {
          status = g_strdup_printf (ngettext ("%u step", "%u steps", lesson->steps->len),
                                    lesson->steps->len);
          icon = NULL;
        }

      gtk_list_box_append (self->lessons, make_row (icon, hearth_text_get (lesson->title, language), status, i));
    }

  if (self->progress.quiz.finished)
    /* Translators: the best quiz result so far, e.g. "Best so far: 6 of 8 right" */
    quiz_status = g_strdup_printf (_("Best so far: %u of %u right"),
                                   self->progress.quiz.score, self->progress.quiz.total);
  else
    quiz_status = g_strdup_printf (ngettext ("%u question", "%u questions",
                                                self->module->questions->len),
                                   self->module->questions->len);
  gtk_list_box_append (self->lessons,
                       make_row (self->progress.quiz.finished ? "emblem-ok-symbolic" : "dialog-question-symbolic",
                                 _("Check Yourself"), quiz_status, QUIZ_ROW_INDEX));
}

void
hearth_module_page_set_module (HearthModulePage *self,
                               HearthModule     *module)
{
  g_return_if_fail (HEARTH_IS_MODULE_PAGE (self));

  self->module = module;
  hearth_module_page_refresh (self);
}

HearthModule *
hearth_module_page_get_module (HearthModulePage *self)
{
  g_return_val_if_fail (HEARTH_IS_MODULE_PAGE (self), NULL);
  return self->module;
}

/* Where keyboard focus goes when the page is shown. */
static gboolean
hearth_module_page_grab_focus (GtkWidget *widget)
{
  HearthModulePage *self = HEARTH_MODULE_PAGE (widget);

  /* Enter carries on where she stopped. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->continue_button));
}

static void
hearth_module_page_dispose (GObject *object)
{
  HearthModulePage *self = HEARTH_MODULE_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_MODULE_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_module_page_parent_class)->dispose (object);
}

static void
hearth_module_page_class_init (HearthModulePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_module_page_dispose;
  widget_class->grab_focus = hearth_module_page_grab_focus;

  signals[LESSON_CHOSEN] =
    g_signal_new ("lesson-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[QUIZ_CHOSEN] =
    g_signal_new ("quiz-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-module-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthModulePage, picture);
  gtk_widget_class_bind_template_child (widget_class, HearthModulePage, title);
  gtk_widget_class_bind_template_child (widget_class, HearthModulePage, summary);
  gtk_widget_class_bind_template_child (widget_class, HearthModulePage, continue_button);
  gtk_widget_class_bind_template_child (widget_class, HearthModulePage, lessons);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_install_action (widget_class, "module.continue", NULL, continue_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_module_page_init (HearthModulePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_module_page_new (HearthContext *context)
{
  HearthModulePage *self = g_object_new (HEARTH_TYPE_MODULE_PAGE, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
