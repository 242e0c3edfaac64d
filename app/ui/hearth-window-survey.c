/* hearth-window-survey.c: when the window asks the before-and-after survey
 *
 * Part of HearthWindow. The 'before' survey comes when a learner opens her
 * first lesson of a module, and the 'after' survey when she leaves the
 * result of its quiz; each only once, answered or skipped, and never in the
 * way: whatever she does on it, she goes on to where she was going.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-lesson-view.h"
#include "hearth-module-page.h"
#include "hearth-progress.h"
#include "hearth-survey-page.h"
#include "hearth-window-private.h"

/* Whether @phase of the survey is still to be asked for @module. */
static gboolean
should_ask (HearthWindow      *self,
            HearthModule      *module,
            HearthSurveyPhase  phase)
{
  HearthLearner *learner = hearth_context_get_learner (self->context);
  HearthStore *store = hearth_context_get_store (self->context);
  HearthSurveyResponse response;
  g_autoptr(GError) error = NULL;

  if (learner == NULL || store == NULL || module == NULL ||
      !hearth_survey_page_covers (HEARTH_SURVEY_PAGE (self->survey_page), module->id))
    return FALSE;

  if (!hearth_store_get_survey_response (store, hearth_learner_get_id (learner), module->id, phase,
                                         &response, &error))
    {
      hearth_window_show_toast (self, error->message);
      return FALSE;
    }
  if (response.offered)
    return FALSE;

  /* "Before" means before anything of the module: a learner who has
   * already begun one of its lessons (in a Hearth without the survey, or
   * after leaving it with Back) or done its quiz is not asked how sure she
   * felt before. */
  if (phase == HEARTH_SURVEY_BEFORE)
    {
      HearthModuleProgress progress;

      if (!hearth_module_progress_load (store, hearth_learner_get_id (learner), module, &progress, &error))
        {
          hearth_window_show_toast (self, error->message);
          return FALSE;
        }
      if (progress.started || progress.quiz.finished)
        return FALSE;
    }

  return TRUE;
}

static void
ask (HearthWindow      *self,
     HearthModule      *module,
     HearthSurveyPhase  phase)
{
  hearth_survey_page_open (HEARTH_SURVEY_PAGE (self->survey_page), module, phase);
  hearth_window_show_page (self, "survey");
}

/* Shows the 'before' survey instead of the lesson the learner chose, when
 * it is due; the lesson opens once she has answered or skipped it. */
gboolean
hearth_window_ask_survey_before (HearthWindow *self,
                                 HearthModule *module,
                                 guint         lesson_index,
                                 guint         step)
{
  if (!should_ask (self, module, HEARTH_SURVEY_BEFORE))
    return FALSE;

  self->survey_lesson = lesson_index;
  self->survey_step = step;
  ask (self, module, HEARTH_SURVEY_BEFORE);
  return TRUE;
}

/* The learner leaves the quiz's result: the 'after' survey when it is due,
 * or straight back to the module. */
void
hearth_window_quiz_done (HearthWindow *self)
{
  HearthModule *module = hearth_module_page_get_module (HEARTH_MODULE_PAGE (self->module_page));

  if (should_ask (self, module, HEARTH_SURVEY_AFTER))
    ask (self, module, HEARTH_SURVEY_AFTER);
  else
    hearth_window_back_to_module (self);
}

static void
survey_finished_cb (HearthWindow *self,
                    gboolean      answered)
{
  HearthSurveyPage *page = HEARTH_SURVEY_PAGE (self->survey_page);
  HearthModule *module = hearth_survey_page_get_module (page);

  if (answered)
    hearth_window_show_toast (self, _("Thank you!"));

  if (hearth_survey_page_get_phase (page) == HEARTH_SURVEY_BEFORE && module != NULL &&
      self->survey_lesson < module->lessons->len)
    {
      hearth_lesson_view_open (HEARTH_LESSON_VIEW (self->lesson_view), module, self->survey_lesson, self->survey_step);
      hearth_window_show_page (self, "lesson");
    }
  else
    hearth_window_back_to_module (self);
}

static void
survey_problem_cb (HearthWindow *self,
                   const char   *message)
{
  hearth_window_show_toast (self, message);
}

/* Builds the survey page in the current language, in the place of the one
 * before it, with the faces already chosen. Called by
 * hearth_window_build_pages() once the old pages are gone. */
void
hearth_window_build_survey_page (HearthWindow *self)
{
  GtkWidget *old_page = self->survey_page;

  self->survey_page = hearth_survey_page_new (self->context);
  g_signal_connect_object (self->survey_page, "finished", G_CALLBACK (survey_finished_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->survey_page, "problem", G_CALLBACK (survey_problem_cb), self, G_CONNECT_SWAPPED);

  if (old_page != NULL)
    {
      hearth_survey_page_continue_from (HEARTH_SURVEY_PAGE (self->survey_page), HEARTH_SURVEY_PAGE (old_page));
      gtk_stack_remove (self->stack, old_page);
    }
  gtk_stack_add_named (self->stack, self->survey_page, "survey");
}
