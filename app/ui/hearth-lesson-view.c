/* hearth-lesson-view.c: a lesson, one step at a time
 *
 * Large text, the step's picture, what to remember and something to talk
 * about with the children. The step reached is saved before the next one is
 * shown, so the lesson opens there again next time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-lesson-view.h"
#include "hearth-ui-util.h"

struct _HearthLessonView
{
  GtkWidget          parent_instance;

  HearthContext     *context;
  HearthModule      *module;  /* owned by the course */
  guint              lesson_index;
  guint              step;

  GtkScrolledWindow *scroller;
  GtkLabel          *lesson_title;
  GtkProgressBar    *progress;
  GtkLabel          *step_counter;
  GtkPicture        *picture;
  GtkLabel          *step_text;
  GtkWidget         *key_message_box;
  GtkLabel          *key_message;
  GtkWidget         *talk_box;
  GtkLabel          *talk_about_it;
  GtkButton         *back_button;
  GtkButton         *next_button;
  GtkLabel          *next_label;
};

G_DEFINE_FINAL_TYPE (HearthLessonView, hearth_lesson_view, GTK_TYPE_WIDGET)

enum {
  FINISHED,
  PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HearthLesson *
current_lesson (HearthLessonView *self)
{
  return g_ptr_array_index (self->module->lessons, self->lesson_index);
}

static void
show_text (GtkLabel         *label,
           GtkWidget        *container,
           const HearthText *text,
           const char       *language)
{
  g_autofree char *shown = text != NULL ? hearth_display_text (text, language) : g_strdup ("");

  if (container != NULL)
    gtk_widget_set_visible (container, text != NULL);
  gtk_label_set_text (label, shown);
}

static void
show_step (HearthLessonView *self)
{
  const char *language = hearth_context_get_language (self->context);
  HearthLesson *lesson = current_lesson (self);
  HearthStep *step = g_ptr_array_index (lesson->steps, self->step);
  gboolean last = self->step + 1 == lesson->steps->len;
  g_autofree char *counter = NULL;

  gtk_label_set_text (self->lesson_title, hearth_text_get (lesson->title, language));
  /* Translators: where the learner is in a lesson, e.g. "Step 2 of 6" */
  counter = g_strdup_printf (_("Step %u of %u"), self->step + 1, lesson->steps->len);
  gtk_label_set_text (self->step_counter, counter);
  gtk_progress_bar_set_fraction (self->progress, (double) (self->step + 1) / lesson->steps->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, counter, -1);

  hearth_picture_show (self->picture, step->picture, language);
  show_text (self->step_text, NULL, step->text, language);
  show_text (self->key_message, self->key_message_box, step->key_message, language);
  show_text (self->talk_about_it, self->talk_box, step->talk_about_it, language);

  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button), self->step > 0);
  hearth_button_set_label (self->next_button, self->next_label, last ? _("_Finish") : _("_Next"));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Saves the step about to be shown; a failure is told, but never blocks
 * the lesson. */
static void
save_step (HearthLessonView *self,
           guint             step)
{
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autoptr(GError) error = NULL;

  if (learner == NULL)
    return;

  if (!hearth_store_save_lesson_step (hearth_context_get_store (self->context),
                                      hearth_learner_get_id (learner), self->module->id,
                                      current_lesson (self)->id, step, &error))
    g_signal_emit (self, signals[PROBLEM], 0, error->message);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthLessonView *self = HEARTH_LESSON_VIEW (widget);
  HearthLearner *learner = hearth_context_get_learner (self->context);

  if (self->module == NULL)
    return;

  if (self->step + 1 < current_lesson (self)->steps->len)
    {
      save_step (self, self->step + 1);
      self->step++;
      show_step (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
      return;
    }

  if (learner != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!hearth_store_complete_lesson (hearth_context_get_store (self->context),
                                         hearth_learner_get_id (learner), self->module->id,
                                         current_lesson (self)->id, &error))
        g_signal_emit (self, signals[PROBLEM], 0, error->message);
    }

  g_signal_emit (self, signals[FINISHED], 0);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthLessonView *self = HEARTH_LESSON_VIEW (widget);

  if (self->module == NULL || self->step == 0)
    return;

  self->step--;
  show_step (self);
  if (self->step == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

void
hearth_lesson_view_open (HearthLessonView *self,
                         HearthModule     *module,
                         guint             lesson_index,
                         guint             step)
{
  HearthLesson *lesson;

  g_return_if_fail (HEARTH_IS_LESSON_VIEW (self));
  g_return_if_fail (module != NULL && lesson_index < module->lessons->len);

  lesson = g_ptr_array_index (module->lessons, lesson_index);
  self->module = module;
  self->lesson_index = lesson_index;
  self->step = MIN (step, lesson->steps->len - 1);

  save_step (self, self->step);
  show_step (self);
}

/* Takes over the place of a view built in another language. */
void
hearth_lesson_view_continue_from (HearthLessonView *self,
                                  HearthLessonView *previous)
{
  g_return_if_fail (HEARTH_IS_LESSON_VIEW (self));
  g_return_if_fail (HEARTH_IS_LESSON_VIEW (previous));

  if (previous->module == NULL)
    return;

  self->module = previous->module;
  self->lesson_index = previous->lesson_index;
  self->step = previous->step;
  show_step (self);
}

guint
hearth_lesson_view_get_step (HearthLessonView *self)
{
  g_return_val_if_fail (HEARTH_IS_LESSON_VIEW (self), 0);
  return self->step;
}

/* Where keyboard focus goes when the page is shown. */
static gboolean
hearth_lesson_view_grab_focus (GtkWidget *widget)
{
  HearthLessonView *self = HEARTH_LESSON_VIEW (widget);

  /* Enter turns the page. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

static void
hearth_lesson_view_dispose (GObject *object)
{
  HearthLessonView *self = HEARTH_LESSON_VIEW (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_LESSON_VIEW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_lesson_view_parent_class)->dispose (object);
}

static void
hearth_lesson_view_class_init (HearthLessonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_lesson_view_dispose;
  widget_class->grab_focus = hearth_lesson_view_grab_focus;

  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-lesson-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, lesson_title);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, progress);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, step_counter);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, picture);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, step_text);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, key_message_box);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, key_message);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, talk_box);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, talk_about_it);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, back_button);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, next_button);
  gtk_widget_class_bind_template_child (widget_class, HearthLessonView, next_label);

  gtk_widget_class_install_action (widget_class, "lesson.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "lesson.previous", NULL, previous_action);
  /* Page Down and Page Up turn the page, as in a book; Alt with the arrows
   * stays with the window's Back. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "lesson.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "lesson.previous", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_lesson_view_init (HearthLessonView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
}

GtkWidget *
hearth_lesson_view_new (HearthContext *context)
{
  HearthLessonView *self = g_object_new (HEARTH_TYPE_LESSON_VIEW, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
