/* hearth-window-pages.c: the window's pages, and what it does when they signal
 *
 * Part of HearthWindow: builds the pages in the current language (again
 * after a language change, at the same place) and moves between them as the
 * learner chooses, adds herself, finishes a lesson or a quiz.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-add-learner-page.h"
#include "hearth-help-page.h"
#include "hearth-home-page.h"
#include "hearth-learner-picker.h"
#include "hearth-lesson-view.h"
#include "hearth-module-page.h"
#include "hearth-policies-page.h"
#include "hearth-policy-builder.h"
#include "hearth-quiz-view.h"
#include "hearth-window-private.h"

static void
show_module (HearthWindow *self,
             HearthModule *module)
{
  hearth_module_page_set_module (HEARTH_MODULE_PAGE (self->module_page), module);
  hearth_window_show_page (self, "module");
}

/* Signal handlers from the pages */

static void
learner_chosen_cb (HearthWindow  *self,
                   HearthLearner *learner)
{
  /* With a PIN, she signs in on the PIN page (hearth-window-profiles.c). */
  if (!hearth_window_ask_pin (self, learner))
    hearth_window_sign_in (self, learner);
}

void
hearth_window_sign_in (HearthWindow  *self,
                       HearthLearner *learner)
{
  hearth_context_set_learner (self->context, learner);
  hearth_window_update_profile_actions (self);
  hearth_home_page_refresh (HEARTH_HOME_PAGE (self->home));
  hearth_window_show_page (self, "home");
}

static void
add_learner_cb (HearthWindow *self)
{
  hearth_add_learner_page_reset (HEARTH_ADD_LEARNER_PAGE (self->add_learner));
  hearth_window_show_page (self, "add-learner");
}

static void
learner_added_cb (HearthWindow  *self,
                  HearthLearner *learner)
{
  hearth_learner_picker_reload (HEARTH_LEARNER_PICKER (self->picker));
  /* She has just chosen her PIN, if any: no need to type it again. */
  hearth_window_sign_in (self, learner);
}

static void
module_chosen_cb (HearthWindow *self,
                  const char   *module_id)
{
  HearthModule *module = hearth_course_find_module (hearth_context_get_course (self->context), module_id);

  if (module != NULL)
    show_module (self, module);
}

static void
lesson_chosen_cb (HearthWindow *self,
                  guint         lesson_index,
                  guint         step)
{
  HearthModule *module = hearth_module_page_get_module (HEARTH_MODULE_PAGE (self->module_page));

  /* Her first lesson of the module: the 'before' survey first, once. */
  if (hearth_window_ask_survey_before (self, module, lesson_index, step))
    return;

  hearth_lesson_view_open (HEARTH_LESSON_VIEW (self->lesson_view), module, lesson_index, step);
  hearth_window_show_page (self, "lesson");
}

static void
quiz_chosen_cb (HearthWindow *self)
{
  HearthModule *module = hearth_module_page_get_module (HEARTH_MODULE_PAGE (self->module_page));

  hearth_quiz_view_start (HEARTH_QUIZ_VIEW (self->quiz_view), module);
  hearth_window_show_page (self, "quiz");
}

void
hearth_window_back_to_module (HearthWindow *self)
{
  hearth_module_page_refresh (HEARTH_MODULE_PAGE (self->module_page));
  hearth_window_show_page (self, "module");
}

static void
open_policy_cb (HearthWindow *self,
                HearthPolicy *policy)
{
  hearth_policy_builder_open (HEARTH_POLICY_BUILDER (self->policy_builder), policy);
  hearth_window_show_page (self, "policy-builder");
}

static void
policy_done_cb (HearthWindow *self)
{
  hearth_policies_page_reload (HEARTH_POLICIES_PAGE (self->policies_page));
  hearth_window_show_page (self, "policies");
}

static void
problem_cb (HearthWindow *self,
            const char   *message)
{
  hearth_window_show_toast (self, message);
}


#define CONNECT(page, signal, callback) \
  g_signal_connect_object (page, signal, G_CALLBACK (callback), self, G_CONNECT_SWAPPED)

/* "Get help now" is built the first time it is wanted, which keeps its
 * twenty contact cards out of start-up. The local contacts are kept in
 * trainer mode (hearth-window-trainer.c). */
void
hearth_window_ensure_help_pages (HearthWindow *self)
{
  if (self->help_page != NULL)
    return;

  self->help_page = hearth_help_page_new (self->context);
  CONNECT (self->help_page, "message", problem_cb);
  gtk_stack_add_named (self->stack, self->help_page, "help");
}

void
hearth_window_build_pages (HearthWindow *self)
{
  g_autofree char *visible = g_strdup (gtk_stack_get_visible_child_name (self->stack));
  GtkWidget *old_pages[] = {
    self->picker, self->add_learner, self->home, self->module_page, self->lesson_view, self->quiz_view,
    self->policies_page, self->policy_builder, self->help_page,
  };
  GtkWidget *old_module_page = self->module_page;
  GtkWidget *old_lesson_view = self->lesson_view;
  GtkWidget *old_quiz_view = self->quiz_view;
  GtkWidget *old_policy_builder = self->policy_builder;
  gboolean had_help_pages = self->help_page != NULL;

  self->picker = hearth_learner_picker_new (self->context);
  self->add_learner = hearth_add_learner_page_new (self->context);
  self->home = hearth_home_page_new (self->context);
  self->module_page = hearth_module_page_new (self->context);
  self->lesson_view = hearth_lesson_view_new (self->context);
  self->quiz_view = hearth_quiz_view_new (self->context);
  self->policies_page = hearth_policies_page_new (self->context);
  self->policy_builder = hearth_policy_builder_new (self->context);
  self->help_page = NULL;

  CONNECT (self->picker, "learner-chosen", learner_chosen_cb);
  CONNECT (self->picker, "add-learner", add_learner_cb);
  CONNECT (self->picker, "open-trainer", hearth_window_open_trainer);
  CONNECT (self->add_learner, "learner-added", learner_added_cb);
  CONNECT (self->home, "module-chosen", module_chosen_cb);
  CONNECT (self->module_page, "lesson-chosen", lesson_chosen_cb);
  CONNECT (self->module_page, "quiz-chosen", quiz_chosen_cb);
  CONNECT (self->lesson_view, "finished", hearth_window_back_to_module);
  CONNECT (self->lesson_view, "problem", problem_cb);
  CONNECT (self->quiz_view, "done", hearth_window_quiz_done);
  CONNECT (self->quiz_view, "problem", problem_cb);
  CONNECT (self->policies_page, "open-policy", open_policy_cb);
  CONNECT (self->policies_page, "problem", problem_cb);
  CONNECT (self->policy_builder, "done", policy_done_cb);
  CONNECT (self->policy_builder, "message", problem_cb);

  /* Put the new pages where the old ones were. */
  if (old_module_page != NULL)
    {
      HearthModule *module = hearth_module_page_get_module (HEARTH_MODULE_PAGE (old_module_page));

      if (module != NULL)
        hearth_module_page_set_module (HEARTH_MODULE_PAGE (self->module_page), module);
    }
  if (old_lesson_view != NULL)
    hearth_lesson_view_continue_from (HEARTH_LESSON_VIEW (self->lesson_view),
                                      HEARTH_LESSON_VIEW (old_lesson_view));
  if (old_quiz_view != NULL)
    hearth_quiz_view_continue_from (HEARTH_QUIZ_VIEW (self->quiz_view),
                                    HEARTH_QUIZ_VIEW (old_quiz_view));
  if (old_policy_builder != NULL)
    hearth_policy_builder_continue_from (HEARTH_POLICY_BUILDER (self->policy_builder),
                                         HEARTH_POLICY_BUILDER (old_policy_builder));

  /* Swap without a cross-fade, or the learner would see another page
   * pass through on the way. */
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_NONE);
  /* Let go of the focus first: GTK 4.8 trips over a focused text entry
   * leaving the window. show_page() focuses the new page. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (old_pages); i++)
    if (old_pages[i] != NULL)
      gtk_stack_remove (self->stack, old_pages[i]);

  gtk_stack_add_named (self->stack, self->picker, "picker");
  gtk_stack_add_named (self->stack, self->add_learner, "add-learner");
  gtk_stack_add_named (self->stack, self->home, "home");
  gtk_stack_add_named (self->stack, self->module_page, "module");
  gtk_stack_add_named (self->stack, self->lesson_view, "lesson");
  gtk_stack_add_named (self->stack, self->quiz_view, "quiz");
  gtk_stack_add_named (self->stack, self->policies_page, "policies");
  gtk_stack_add_named (self->stack, self->policy_builder, "policy-builder");
  hearth_window_build_survey_page (self);
  hearth_window_build_pin_page (self);
  hearth_window_rebuild_trainer (self);
  /* Built again only if they were there: nobody needs them at start-up. */
  if (had_help_pages)
    hearth_window_ensure_help_pages (self);

  if (hearth_context_get_learner (self->context) != NULL)
    {
      hearth_home_page_refresh (HEARTH_HOME_PAGE (self->home));
      hearth_policies_page_reload (HEARTH_POLICIES_PAGE (self->policies_page));
    }

  hearth_window_show_page (self, visible != NULL ? visible : "picker");
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
}
