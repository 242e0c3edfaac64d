/* test-ui-survey.c: the before-and-after survey in the real application
 *
 * A first learner opens module 1's first lesson and is asked how sure she
 * feels; she chooses a face, changes language (the survey and her choice
 * stay), then skips, and goes on to the lesson; opening the module again
 * does not ask again, nor does starting Hearth again. A second learner
 * answers with the faces, and after the quiz gets the 'after' survey with
 * the intention; a third, who goes straight to the quiz, is asked after it
 * and not "before" later. The answers are read back from the profile.
 * Screenshots in English and Arabic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>

#include "hearth-context.h"
#include "hearth-lesson-view.h"
#include "hearth-survey.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"

static HearthModule *
module_one (HearthWindow *window)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));
  HearthModule *module = hearth_course_find_module (course, "know-your-gadgets");

  ck_assert_ptr_nonnull (module);
  return module;
}

static void
add_learner (HearthWindow *window,
             const char   *name)
{
  click_button (page (window, "picker"), "Add Me");
  fill_entry (page (window, "add-learner"), 0, name);
  click_button (page (window, "add-learner"), "Start Learning");
  page (window, "home");
}

static void
open_module_one (HearthWindow *window)
{
  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  page (window, "module");
}

/* The faces on screen, statement after statement, 1 to 5 each. */
static GPtrArray *
faces (HearthWindow *window)
{
  return hearth_test_find_all (page (window, "survey"), GTK_TYPE_TOGGLE_BUTTON);
}

static void
choose (HearthWindow *window,
        guint         item,
        guint         value)
{
  g_autoptr(GPtrArray) all = faces (window);

  hearth_test_click (g_ptr_array_index (all, item * HEARTH_SURVEY_SCALE_MAX + value - 1));
}

static HearthSurveyResponse
response_for (HearthWindow      *window,
              HearthSurveyPhase  phase)
{
  HearthContext *context = hearth_window_get_context (window);
  HearthSurveyResponse response;
  g_autoptr(GError) error = NULL;

  ck_assert (hearth_store_get_survey_response (hearth_context_get_store (context),
                                               hearth_learner_get_id (hearth_context_get_learner (context)),
                                               "know-your-gadgets", phase, &response, &error));
  return response;
}

/* Where a widget is across the window, for checking the scale's direction. */
static double
x_of (GtkWidget *widget)
{
  graphene_point_t point;

  ck_assert (gtk_widget_compute_point (widget, gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW),
                                       &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.x;
}

static void
check_faces (HearthWindow *window,
             guint         n_items)
{
  g_autoptr(GPtrArray) all = faces (window);

  ck_assert_uint_eq (all->len, n_items * HEARTH_SURVEY_SCALE_MAX);
  for (guint i = 0; i < all->len; i++)
    {
      GtkWidget *face = g_ptr_array_index (all, i);

      /* Big enough to hit, and each with its number under the face. */
      ck_assert_int_ge (gtk_widget_get_width (face), 48);
      ck_assert_int_ge (gtk_widget_get_height (face), 48);
      {
        g_autofree char *number = g_strdup_printf ("%u", i % HEARTH_SURVEY_SCALE_MAX + 1);

        assert_label (face, number);
      }
    }
  ck_assert_str_eq (gtk_widget_get_tooltip_text (g_ptr_array_index (all, 0)), "Not sure at all");
  ck_assert_str_eq (gtk_widget_get_tooltip_text (g_ptr_array_index (all, 4)), "Very sure");
}

static void
first_learner (HearthWindow *window,
               gpointer      data)
{
  HearthModule *module = module_one (window);
  HearthSurveyResponse response;
  GtkWidget *survey;

  add_learner (window, "Amina");
  open_module_one (window);
  click_button (page (window, "module"), "Start");

  /* Before the first lesson: how sure does she feel? */
  survey = page (window, "survey");
  assert_label (survey, "Before We Start");
  assert_label (survey, "How sure do you feel? Choose a face for each one. This is optional.");
  for (guint i = 0; i < HEARTH_SURVEY_N_STATEMENTS; i++)
    {
      g_autoptr(HearthSurvey) words = hearth_survey_load (NULL);

      assert_label (survey, hearth_text_get (hearth_survey_get_statement (words, module->id, i), "en"));
    }
  ck_assert_ptr_null (hearth_test_find_label (survey, "I will talk with my children about this."));
  check_faces (window, HEARTH_SURVEY_N_STATEMENTS);
  {
    int minimum;

    /* It fits the narrowest window Hearth allows. */
    gtk_widget_measure (survey, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    ck_assert_int_le (minimum, 360);
  }
  choose (window, 0, 2);
  hearth_test_screenshot (GTK_WIDGET (window), "en-survey-before");

  /* A language switch keeps the survey, and the face she chose. */
  set_language (window, "ar");
  survey = page (window, "survey");
  {
    g_autoptr(GPtrArray) all = faces (window);

    ck_assert (gtk_toggle_button_get_active (g_ptr_array_index (all, 1)));
    ck_assert (!gtk_toggle_button_get_active (g_ptr_array_index (all, 0)));
    /* Right to left: the scale starts on the right, where she starts reading. */
    ck_assert (x_of (g_ptr_array_index (all, 0)) > x_of (g_ptr_array_index (all, 4)));
  }
  hearth_test_screenshot (GTK_WIDGET (window), "ar-survey-before");
  set_language (window, "en");
  {
    g_autoptr(GPtrArray) all = faces (window);

    ck_assert (x_of (g_ptr_array_index (all, 0)) < x_of (g_ptr_array_index (all, 4)));
  }

  /* Skip goes on to the lesson she chose, and is kept. */
  click_button (page (window, "survey"), "Skip");
  page (window, "lesson");
  ck_assert_uint_eq (hearth_lesson_view_get_step (HEARTH_LESSON_VIEW (page (window, "lesson"))), 0);
  assert_label (page (window, "lesson"), hearth_text_get (((HearthLesson *) g_ptr_array_index (module->lessons, 0))->title, "en"));
  response = response_for (window, HEARTH_SURVEY_BEFORE);
  ck_assert (response.offered);
  ck_assert (response.skipped);
  ck_assert_uint_eq (response.confidence[0], 0);

  /* Opening the module again does not ask again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  click_button (page (window, "module"), "Carry On");
  page (window, "lesson");
}

static void
first_learner_again (HearthWindow *window,
                     gpointer      data)
{
  click_button (page (window, "picker"), "Amina");
  open_module_one (window);
  click_button (page (window, "module"), "Carry On");
  page (window, "lesson");
}

static void
answer_quiz (HearthWindow *window,
             HearthModule *module)
{
  GtkWidget *quiz_row = gtk_widget_get_ancestor (hearth_test_find_label (page (window, "module"), "Check Yourself"),
                                                 GTK_TYPE_LIST_BOX_ROW);

  hearth_test_click (quiz_row);
  for (guint q = 0; q < module->questions->len; q++)
    {
      answer_question (window, g_ptr_array_index (module->questions, q), FALSE);
      click_button (page (window, "quiz"), q + 1 < module->questions->len ? "Next Question" : "See How I Did");
    }
  click_button (page (window, "quiz"), "Back to the Topic");
}

static void
second_learner (HearthWindow *window,
                gpointer      data)
{
  HearthModule *module = module_one (window);
  HearthSurveyResponse response;
  GtkWidget *survey;

  click_button (page (window, "picker"), "Add Me");
  fill_entry (page (window, "add-learner"), 0, "Nasra");
  click_button (page (window, "add-learner"), "Start Learning");
  open_module_one (window);
  click_button (page (window, "module"), "Start");

  /* She answers two statements with faces and leaves the third. */
  page (window, "survey");
  choose (window, 0, 4);
  choose (window, 1, 1);
  choose (window, 1, 5);  /* she changes her mind */
  {
    g_autoptr(GPtrArray) all = faces (window);
    GtkWidget *chosen = g_ptr_array_index (all, 3);
    g_autoptr(GPtrArray) chosen_images = hearth_test_find_all (chosen, GTK_TYPE_IMAGE);
    g_autoptr(GPtrArray) other_images = hearth_test_find_all (g_ptr_array_index (all, 2), GTK_TYPE_IMAGE);

    /* Marked with a tick, not by colour alone: the face and the tick, where
     * the others show the face only. One face a statement. */
    ck_assert (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chosen)));
    ck_assert_uint_eq (chosen_images->len, 2);
    ck_assert_uint_eq (other_images->len, 1);
    ck_assert (!gtk_toggle_button_get_active (g_ptr_array_index (all, 5)));
    ck_assert (gtk_toggle_button_get_active (g_ptr_array_index (all, 9)));
  }
  hearth_test_screenshot (GTK_WIDGET (window), "en-survey-chosen");
  click_button (page (window, "survey"), "Done");
  page (window, "lesson");
  assert_label (GTK_WIDGET (window), "Thank you!");

  response = response_for (window, HEARTH_SURVEY_BEFORE);
  ck_assert (response.offered);
  ck_assert (!response.skipped);
  ck_assert_uint_eq (response.confidence[0], 4);
  ck_assert_uint_eq (response.confidence[1], 5);
  ck_assert_uint_eq (response.confidence[2], 0);
  ck_assert_uint_eq (response.intention, 0);
  ck_assert (!response_for (window, HEARTH_SURVEY_AFTER).offered);

  /* After the quiz's result: the 'after' survey, with the intention. */
  finish_lesson (window, g_ptr_array_index (module->lessons, 0), 0);
  answer_quiz (window, module);
  survey = page (window, "survey");
  assert_label (survey, "After the Topic");
  assert_label (survey, "I will talk with my children about this.");
  check_faces (window, HEARTH_SURVEY_N_STATEMENTS + 1);
  choose (window, 0, 5);
  choose (window, 3, 5);
  hearth_test_screenshot (GTK_WIDGET (window), "en-survey-after");
  {
    g_autoptr(GPtrArray) all = faces (window);

    /* The keyboard takes her down to the intention. */
    gtk_widget_grab_focus (g_ptr_array_index (all, 3 * HEARTH_SURVEY_SCALE_MAX + 4));
    hearth_test_screenshot (GTK_WIDGET (window), "en-survey-after-intention");
  }
  set_language (window, "ar");
  page (window, "survey");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-survey-after");
  set_language (window, "en");
  click_button (page (window, "survey"), "Done");
  page (window, "module");

  response = response_for (window, HEARTH_SURVEY_AFTER);
  ck_assert (response.offered && !response.skipped);
  ck_assert_uint_eq (response.confidence[0], 5);
  ck_assert_uint_eq (response.confidence[1], 0);
  ck_assert_uint_eq (response.intention, 5);

  /* The quiz again: not asked again. */
  answer_quiz (window, module);
  page (window, "module");
}

/* A learner who goes straight to the quiz is asked after it, and never
 * "before" once she has done it. */
static void
quiz_first (HearthWindow *window,
            gpointer      data)
{
  HearthModule *module = module_one (window);

  click_button (page (window, "picker"), "Add Me");
  fill_entry (page (window, "add-learner"), 0, "Rokeya");
  click_button (page (window, "add-learner"), "Start Learning");
  open_module_one (window);
  answer_quiz (window, module);
  assert_label (page (window, "survey"), "After the Topic");
  click_button (page (window, "survey"), "Skip");
  page (window, "module");
  ck_assert (response_for (window, HEARTH_SURVEY_AFTER).skipped);

  click_button (page (window, "module"), "Start");
  page (window, "lesson");
  ck_assert (!response_for (window, HEARTH_SURVEY_BEFORE).offered);
}

START_TEST (test_survey)
{
  run_hearth ("--data-dir", data_dir, NULL, first_learner, NULL);
  run_hearth ("--data-dir", data_dir, NULL, first_learner_again, NULL);
  run_hearth ("--data-dir", data_dir, NULL, second_learner, NULL);
  run_hearth ("--data-dir", data_dir, NULL, quiz_first, NULL);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("ui-survey");
  TCase *tcase = tcase_create ("ui-survey");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_survey);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
