/* hearth-quiz-view.c: "Check yourself": one question at a time
 *
 * A check, not an exam: each answer is explained at once, a wrong one can
 * be tried again, and the summary encourages whatever the score.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include "hearth-i18n.h"

#include "hearth-quiz.h"
#include "hearth-quiz-view.h"
#include "hearth-ui-util.h"

struct _HearthQuizView
{
  GtkWidget          parent_instance;

  HearthContext     *context;
  HearthQuizSession *session;
  gint64             attempt_id;
  guint              index;
  gboolean           finished;
  GPtrArray         *option_buttons;  /* GtkCheckButton, in option order */

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkProgressBar    *progress;
  GtkLabel          *counter;
  GtkLabel          *hint;
  GtkLabel          *prompt;
  GtkBox            *options_box;
  GtkButton         *check_button;
  GtkWidget         *feedback_box;
  GtkImage          *verdict_icon;
  GtkLabel          *verdict;
  GtkBox            *explanations;
  GtkButton         *retry_button;
  GtkButton         *next_button;
  AdwStatusPage     *summary;
  GtkButton         *summary_done_button;
};

G_DEFINE_FINAL_TYPE (HearthQuizView, hearth_quiz_view, GTK_TYPE_WIDGET)

enum {
  DONE,
  PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HearthQuestion *
current_question (HearthQuizView *self)
{
  return hearth_quiz_session_get_question (self->session, self->index);
}

static HearthChoice
current_choice (HearthQuizView *self)
{
  HearthChoice choice = 0;

  for (guint i = 0; i < self->option_buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->option_buttons, i)))
      choice |= 1u << i;

  return choice;
}

static void
report_problem (HearthQuizView *self,
                GError         *error)
{
  if (error != NULL)
    g_signal_emit (self, signals[PROBLEM], 0, error->message);
}

static void
option_toggled_cb (HearthQuizView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.check", current_choice (self) != 0);
}

static const char *
hint_for_kind (HearthQuestionKind kind)
{
  switch (kind)
    {
    case HEARTH_QUESTION_MULTIPLE:
      return _("Choose all the answers that are right.");
    case HEARTH_QUESTION_TRUE_FALSE:
      return _("Is this true or false?");
    case HEARTH_QUESTION_SCENARIO:
      return _("What would you do?");
    case HEARTH_QUESTION_SINGLE:
    default:
      return _("Choose one answer.");
    }
}

static void
set_options_sensitive (HearthQuizView *self,
                       gboolean        sensitive)
{
  for (guint i = 0; i < self->option_buttons->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->option_buttons, i), sensitive);
}

static void
show_question (HearthQuizView *self)
{
  const char *language = hearth_context_get_language (self->context);
  HearthQuestion *question = current_question (self);
  guint n_questions = hearth_quiz_session_get_n_questions (self->session);
  gboolean radio = question->kind != HEARTH_QUESTION_MULTIPLE;
  g_autofree char *counter = NULL;
  g_autofree char *prompt = NULL;
  GtkCheckButton *group = NULL;
  GtkWidget *child;

  /* Translators: where the learner is in the quiz, e.g. "Question 3 of 8" */
  counter = g_strdup_printf (_("Question %u of %u"), self->index + 1, n_questions);
  gtk_label_set_text (self->counter, counter);
  gtk_progress_bar_set_fraction (self->progress, (double) (self->index + 1) / n_questions);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, counter, -1);
  gtk_label_set_text (self->hint, hint_for_kind (question->kind));
  prompt = hearth_display_text (question->prompt, language);
  gtk_label_set_text (self->prompt, prompt);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->options_box))) != NULL)
    gtk_box_remove (self->options_box, child);
  g_ptr_array_set_size (self->option_buttons, 0);

  for (guint i = 0; i < question->options->len; i++)
    {
      HearthOption *option = g_ptr_array_index (question->options, i);
      g_autofree char *text = hearth_display_text (option->text, language);
      GtkWidget *button = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
      if (radio)
        {
          gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
          group = GTK_CHECK_BUTTON (button);
        }
      gtk_widget_add_css_class (button, "quiz-option");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      g_signal_connect_object (button, "toggled", G_CALLBACK (option_toggled_cb), self, G_CONNECT_SWAPPED);

      gtk_box_append (self->options_box, button);
      g_ptr_array_add (self->option_buttons, button);
    }

  gtk_widget_set_visible (self->feedback_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.check", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "question");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  if (self->option_buttons->len > 0 && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    gtk_widget_grab_focus (g_ptr_array_index (self->option_buttons, 0));
}

static void
add_explanation (HearthQuizView *self,
                 HearthOption   *option,
                 const char     *language)
{
  g_autofree char *answer = hearth_display_text (option->text, language);
  g_autofree char *feedback = hearth_display_text (option->feedback, language);
  /* Translators: an answer and why it is or is not right, e.g. "“True”: ..." */
  g_autofree char *text = g_strdup_printf (_("“%s”: %s"), answer, feedback);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "body-large");
  gtk_box_append (self->explanations, label);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthQuizView *self = HEARTH_QUIZ_VIEW (widget);
  const char *language = hearth_context_get_language (self->context);
  HearthQuestion *question = current_question (self);
  HearthChoice choice = current_choice (self);
  g_autofree char *chosen = NULL;
  g_autoptr(GError) error = NULL;
  gboolean right;
  GtkWidget *child;

  if (choice == 0)
    return;

  right = hearth_quiz_session_answer (self->session, self->index, choice);
  chosen = hearth_choice_to_string (choice);
  if (self->attempt_id != 0 &&
      !hearth_store_save_quiz_answer (hearth_context_get_store (self->context), self->attempt_id,
                                      question->id, chosen,
                                      hearth_quiz_session_is_right_first_time (self->session, self->index),
                                      hearth_quiz_session_get_tries (self->session, self->index), &error))
    report_problem (self, error);

  /* The verdict is said in words and shown with an icon, never by colour alone. */
  gtk_image_set_from_icon_name (self->verdict_icon, right ? "emblem-ok-symbolic" : "dialog-information-symbolic");
  gtk_label_set_text (self->verdict, right ? _("Yes, that’s right!") : _("Not quite. Here is why:"));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->explanations))) != NULL)
    gtk_box_remove (self->explanations, child);
  for (guint i = 0; i < question->options->len; i++)
    if (choice & (1u << i))
      add_explanation (self, g_ptr_array_index (question->options, i), language);

  gtk_widget_set_visible (GTK_WIDGET (self->retry_button), !right);
  gtk_button_set_label (self->next_button,
                        self->index + 1 < hearth_quiz_session_get_n_questions (self->session)
                        ? _("_Next Question") : _("_See How I Did"));
  set_options_sensitive (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), FALSE);
  gtk_widget_set_visible (self->feedback_box, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (right ? self->next_button : self->retry_button));
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthQuizView *self = HEARTH_QUIZ_VIEW (widget);

  for (guint i = 0; i < self->option_buttons->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->option_buttons, i), FALSE);
  set_options_sensitive (self, TRUE);
  gtk_widget_set_visible (self->feedback_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.check", FALSE);
  gtk_widget_grab_focus (g_ptr_array_index (self->option_buttons, 0));
}

static void
show_summary (HearthQuizView *self)
{
  guint score = hearth_quiz_session_get_score (self->session);
  guint total = hearth_quiz_session_get_n_questions (self->session);
  g_autofree char *result = NULL;
  g_autofree char *description = NULL;
  const char *title, *advice;

  switch (hearth_quiz_band_for_score (score, total))
    {
    case HEARTH_QUIZ_BAND_ALL:
      title = _("Wonderful!");
      advice = _("You know this topic well. Share what you learned with your family.");
      break;
    case HEARTH_QUIZ_BAND_MOST:
      title = _("Well Done!");
      advice = _("You know most of this. Look again at the questions you found hard.");
      break;
    case HEARTH_QUIZ_BAND_HALF:
      title = _("Good Work!");
      advice = _("You are learning a lot. Read the lessons again whenever you like.");
      break;
    case HEARTH_QUIZ_BAND_START:
    default:
      title = _("A Good Start");
      advice = _("Every try teaches you more. Read the lessons again, then try once more.");
      break;
    }

  /* Translators: the quiz result, e.g. "You got 6 of 8 right the first time." */
  result = g_strdup_printf (ngettext (
                                         "You got %u of %u right the first time.",
                                         "You got %u of %u right the first time.", total),
                            score, total);
  description = g_strdup_printf ("%s\n%s", result, advice);

  adw_status_page_set_title (self->summary, title);
  adw_status_page_set_description (self->summary, description);
  gtk_stack_set_visible_child_name (self->stack, "summary");
  /* A view rebuilt for another language is not in the window yet; the
   * window moves focus into it when it shows it. */
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->summary_done_button));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthQuizView *self = HEARTH_QUIZ_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->index + 1 < hearth_quiz_session_get_n_questions (self->session))
    {
      self->index++;
      show_question (self);
      return;
    }

  self->finished = TRUE;
  if (self->attempt_id != 0 &&
      !hearth_store_finish_quiz_attempt (hearth_context_get_store (self->context), self->attempt_id,
                                         hearth_quiz_session_get_score (self->session),
                                         hearth_quiz_session_get_n_questions (self->session), &error))
    report_problem (self, error);

  show_summary (self);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[DONE], 0);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthQuizView *self = HEARTH_QUIZ_VIEW (widget);

  hearth_quiz_view_start (self, hearth_quiz_session_get_module (self->session));
}

void
hearth_quiz_view_start (HearthQuizView *self,
                        HearthModule   *module)
{
  HearthLearner *learner = hearth_context_get_learner (self->context);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_QUIZ_VIEW (self));
  g_return_if_fail (module != NULL && module->questions->len > 0);

  g_clear_pointer (&self->session, hearth_quiz_session_free);
  self->session = hearth_quiz_session_new (module);
  self->index = 0;
  self->finished = FALSE;
  self->attempt_id = 0;

  if (learner != NULL)
    {
      self->attempt_id = hearth_store_start_quiz_attempt (hearth_context_get_store (self->context),
                                                          hearth_learner_get_id (learner), module->id, &error);
      report_problem (self, error);
    }

  show_question (self);
}

/* Takes over the session of a view built in another language, at the same
 * question (shown afresh) or at the summary. */
void
hearth_quiz_view_continue_from (HearthQuizView *self,
                                HearthQuizView *previous)
{
  g_return_if_fail (HEARTH_IS_QUIZ_VIEW (self));
  g_return_if_fail (HEARTH_IS_QUIZ_VIEW (previous));

  if (previous->session == NULL)
    return;

  self->session = g_steal_pointer (&previous->session);
  self->attempt_id = previous->attempt_id;
  self->index = previous->index;
  self->finished = previous->finished;

  if (self->finished)
    show_summary (self);
  else
    show_question (self);
}

guint
hearth_quiz_view_get_question_index (HearthQuizView *self)
{
  g_return_val_if_fail (HEARTH_IS_QUIZ_VIEW (self), 0);
  return self->index;
}

/* Where keyboard focus goes when the page is shown. */
static gboolean
hearth_quiz_view_grab_focus (GtkWidget *widget)
{
  HearthQuizView *self = HEARTH_QUIZ_VIEW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "summary") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->summary_done_button));
  if (gtk_widget_get_visible (self->feedback_box))
    return gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
  if (self->option_buttons->len > 0)
    return gtk_widget_grab_focus (g_ptr_array_index (self->option_buttons, 0));
  return FALSE;
}

static void
hearth_quiz_view_dispose (GObject *object)
{
  HearthQuizView *self = HEARTH_QUIZ_VIEW (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_QUIZ_VIEW);
  g_clear_pointer (&self->session, hearth_quiz_session_free);
  g_clear_pointer (&self->option_buttons, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_quiz_view_parent_class)->dispose (object);
}

static void
hearth_quiz_view_class_init (HearthQuizViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_quiz_view_dispose;
  widget_class->grab_focus = hearth_quiz_view_grab_focus;

  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-quiz-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, progress);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, counter);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, hint);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, prompt);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, options_box);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, check_button);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, feedback_box);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, verdict);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, explanations);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, retry_button);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, next_button);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, summary);
  gtk_widget_class_bind_template_child (widget_class, HearthQuizView, summary_done_button);

  gtk_widget_class_install_action (widget_class, "quiz.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "quiz.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "quiz.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "quiz.restart", NULL, restart_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_quiz_view_init (HearthQuizView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->option_buttons = g_ptr_array_new ();
}

GtkWidget *
hearth_quiz_view_new (HearthContext *context)
{
  HearthQuizView *self = g_object_new (HEARTH_TYPE_QUIZ_VIEW, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
