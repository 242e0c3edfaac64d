/* test-ui-flow.c: the real application, driven as a learner would use it
 *
 * Adds a learner, opens module 1, walks every lesson to the quiz (changing
 * language half way), answers the quiz, then starts the application again on
 * the same --data-dir and finds the progress there. Also: a data folder that
 * cannot be used, and a broken course file. Saves a screenshot of each screen
 * in English and in Arabic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>
#include <glib/gstdio.h>

#include "hearth-application.h"
#include "hearth-lesson-view.h"
#include "hearth-progress.h"
#include "hearth-quiz-view.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"
#include "hearth-window.h"

/* Any script, an emoji with joiners: shown and kept exactly. */
#define LEARNER_NAME "আমিনা Amina 👩‍👧"


static HearthModule *
module_one (HearthWindow *window)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));
  HearthModule *module = hearth_course_find_module (course, "know-your-gadgets");

  ck_assert_ptr_nonnull (module);
  return module;
}

static void
first_visit (HearthWindow *window,
             gpointer      data)
{
  HearthModule *module = module_one (window);
  HearthLesson *lesson_two = g_ptr_array_index (module->lessons, 1);
  GtkWidget *add, *home, *module_page, *quiz;
  g_autofree char *too_long = NULL;
  GString *sixty_one = g_string_new (NULL);
  GtkEditable *name_entry;

  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_LTR);
  hearth_test_screenshot (GTK_WIDGET (window), "en-picker-empty");
  click_button (page (window, "picker"), "Add Me");

  /* Bad names are refused with a message. */
  add = page (window, "add-learner");
  hearth_test_screenshot (GTK_WIDGET (window), "en-add-learner");
  name_entry = GTK_EDITABLE (g_ptr_array_index (hearth_test_find_all (add, GTK_TYPE_ENTRY), 0));
  /* A keyboard user can type her name at once. */
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

    ck_assert_msg (focus != NULL && (focus == GTK_WIDGET (name_entry) ||
                                     gtk_widget_is_ancestor (focus, GTK_WIDGET (name_entry))),
                   "focus is on %s, not the name", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  }
  gtk_editable_set_text (name_entry, "   ");
  click_button (add, "Start Learning");
  page (window, "add-learner");
  assert_label (add, "Please type your name.");
  for (guint i = 0; i < 61; i++)
    g_string_append (sixty_one, "ن");
  too_long = g_string_free (sixty_one, FALSE);
  gtk_editable_set_text (name_entry, too_long);
  hearth_test_click (GTK_WIDGET (name_entry));
  page (window, "add-learner");
  assert_label (add, "A name can have at most 60 letters. Please make it shorter.");
  hearth_test_screenshot (GTK_WIDGET (window), "en-add-learner-error");

  gtk_editable_set_text (name_entry, LEARNER_NAME);
  click_button (add, "Start Learning");

  home = page (window, "home");
  assert_label (home, "Hello, " LEARNER_NAME);
  assert_label (home, "Not started yet");
  hearth_test_screenshot (GTK_WIDGET (window), "en-home");
  hearth_test_click (hearth_test_find_named (home, "know-your-gadgets"));

  module_page = page (window, "module");
  assert_label (module_page, "Know your gadgets");
  hearth_test_screenshot (GTK_WIDGET (window), "en-module");
  click_button (module_page, "Start");
  /* Before her first lesson, the optional survey: she skips it here
   * (tests/test-ui-survey.c answers it). */
  click_button (page (window, "survey"), "Skip");

  hearth_test_screenshot (GTK_WIDGET (window), "en-lesson");
  finish_lesson (window, g_ptr_array_index (module->lessons, 0), 0);
  assert_label (page (window, "module"), "Done");

  /* Half way through lesson two, change language from the menu: the place is kept. */
  click_button (page (window, "module"), "Carry On");
  click_button (page (window, "lesson"), "Next");
  click_button (page (window, "lesson"), "Next");
  set_language (window, "ar");
  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_RTL);
  ck_assert_uint_eq (hearth_lesson_view_get_step (HEARTH_LESSON_VIEW (page (window, "lesson"))), 2);
  assert_label (page (window, "lesson"),
                hearth_text_get (((HearthStep *) g_ptr_array_index (lesson_two->steps, 2))->text, "ar"));
  hearth_test_screenshot (GTK_WIDGET (window), "ar-lesson");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  assert_label (page (window, "module"), hearth_text_get (module->title, "ar"));
  hearth_test_screenshot (GTK_WIDGET (window), "ar-module");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  assert_label (page (window, "home"), hearth_text_get (module->summary, "ar"));
  hearth_test_screenshot (GTK_WIDGET (window), "ar-home");
  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  set_language (window, "en");
  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_LTR);

  /* The lesson opens again at the step reached. */
  click_button (page (window, "module"), "Carry On");
  finish_lesson (window, lesson_two, 2);
  click_button (page (window, "module"), "Carry On");
  finish_lesson (window, g_ptr_array_index (module->lessons, 2), 0);

  /* Every lesson done: the big button leads to the quiz. */
  click_button (page (window, "module"), "Check Yourself");
  hearth_test_screenshot (GTK_WIDGET (window), "en-quiz");
  for (guint i = 0; i < module->questions->len; i++)
    {
      gboolean last = i + 1 == module->questions->len;

      answer_question (window, g_ptr_array_index (module->questions, i), last);

      if (i == 3)
        {
          /* Changing language mid-quiz keeps the question. */
          set_language (window, "ar");
          ck_assert_uint_eq (hearth_quiz_view_get_question_index (HEARTH_QUIZ_VIEW (page (window, "quiz"))), 3);
          hearth_test_screenshot (GTK_WIDGET (window), "ar-quiz");
          set_language (window, "en");
          answer_question (window, g_ptr_array_index (module->questions, i), FALSE);
        }

      click_button (page (window, "quiz"), last ? "See How I Did" : "Next Question");
    }

  quiz = page (window, "quiz");
  ck_assert_ptr_nonnull (hearth_test_find_label (quiz, "Well Done!"));
  hearth_test_screenshot (GTK_WIDGET (window), "en-quiz-summary");
  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-quiz-summary");
  set_language (window, "en");
  click_button (page (window, "quiz"), "Back to the Topic");
  click_button (page (window, "survey"), "Skip");
  assert_label (page (window, "module"), "Best so far: 7 of 8 right");

  /* The Arabic picker and "Add me", for the screenshots. */
  set_language (window, "ar");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-learner", NULL);
  hearth_test_iterate ();
  hearth_test_screenshot (GTK_WIDGET (window), "ar-picker");
  {
    g_autoptr(GPtrArray) tiles = hearth_test_find_all (page (window, "picker"), GTK_TYPE_FLOW_BOX);
    GtkWidget *add_me = gtk_widget_get_last_child (g_ptr_array_index (tiles, 0));

    /* "Add Me" is the last tile, in any language. */
    hearth_test_click (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (add_me)));
  }
  hearth_test_iterate ();
  page (window, "add-learner");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-add-learner");
}

static void
second_visit (HearthWindow *window,
              gpointer      data)
{
  GtkWidget *home;

  /* The learner's tile is there, with her name exactly as typed. */
  click_button (page (window, "picker"), LEARNER_NAME);
  /* She left in Arabic, so Hearth speaks Arabic to her again. */
  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_RTL);
  hearth_test_screenshot (GTK_WIDGET (window), "ar-home-progress");
  set_language (window, "en");
  home = page (window, "home");
  assert_label (home, "3 of 3 lessons done · Quiz: 7 of 8 right");
  hearth_test_screenshot (GTK_WIDGET (window), "en-home-progress");
}

START_TEST (test_learner_flow)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(HearthCourse) course = hearth_course_new ();
  HearthModuleProgress progress;
  HearthLearner *learner;

  run_hearth ("--data-dir", data_dir, NULL, first_visit, NULL);
  run_hearth ("--data-dir", data_dir, NULL, second_visit, NULL);

  /* And it is in the profile itself. */
  store = hearth_store_open (data_dir, NULL);
  ck_assert_ptr_nonnull (store);
  learners = hearth_store_list_learners (store, NULL);
  ck_assert_uint_eq (learners->len, 1);
  learner = g_ptr_array_index (learners, 0);
  ck_assert_str_eq (hearth_learner_get_display_name (learner), LEARNER_NAME);
  /* English was the last language chosen while she was learning. */
  ck_assert_str_eq (hearth_learner_get_language (learner), "en");

  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  ck_assert (hearth_module_progress_load (store, hearth_learner_get_id (learner),
                                          hearth_course_find_module (course, "know-your-gadgets"),
                                          &progress, NULL));
  ck_assert_uint_eq (progress.lessons_completed, 3);
  ck_assert (progress.quiz.finished);
  ck_assert_uint_eq (progress.quiz.score, 7);
  ck_assert_uint_eq (progress.quiz.total, 8);
}
END_TEST

static void
check_error_page (HearthWindow *window,
                  gpointer      data)
{
  const char *folder = data;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  gboolean dialog_found = FALSE;

  page (window, "error");
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        /* It says what is wrong and where. */
        const char *body = adw_message_dialog_get_body (l->data);

        ck_assert_msg (strstr (body, folder) != NULL, "%s", body);
        dialog_found = TRUE;
      }
  ck_assert (dialog_found);
  hearth_test_screenshot (GTK_WIDGET (window), "en-data-folder-error");
}

START_TEST (test_unusable_data_folder)
{
  g_autofree char *file = g_build_filename (data_dir, "not-a-folder", NULL);
  g_autofree char *folder = g_build_filename (file, "hearth", NULL);

  /* A file where the folder should be: fails even for root. */
  ck_assert (g_file_set_contents (file, "", -1, NULL));
  run_hearth ("--data-dir", folder, NULL, check_error_page, folder);
}
END_TEST

static void
check_broken_course (HearthWindow *window,
                     gpointer      data)
{
  assert_label (GTK_WIDGET (window),
                "Some lessons could not be loaded. Ask your trainer to run “hearth --check-content”.");
  click_button (page (window, "picker"), "Add Me");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (hearth_test_find_all (page (window, "add-learner"),
                                                                                  GTK_TYPE_ENTRY), 0)), "Nasra");
  click_button (page (window, "add-learner"), "Start Learning");
  /* The good module is there; the broken one is not. */
  ck_assert_ptr_nonnull (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  ck_assert_ptr_null (hearth_test_find_named (page (window, "home"), "broken"));
}

START_TEST (test_broken_course_file)
{
  g_autofree char *course_dir = g_build_filename (data_dir, "course", NULL);
  g_autofree char *good = g_build_filename (course_dir, "01-know-your-gadgets.xml", NULL);
  g_autofree char *bad = g_build_filename (course_dir, "02-broken.xml", NULL);
  g_autoptr(GBytes) built = g_resources_lookup_data (HEARTH_COURSE_RESOURCE_PATH "/01-know-your-gadgets.xml",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *profile = g_build_filename (data_dir, "profile", NULL);

  ck_assert_int_eq (g_mkdir_with_parents (course_dir, 0700), 0);
  ck_assert (g_file_set_contents (good, g_bytes_get_data (built, NULL), g_bytes_get_size (built), NULL));
  ck_assert (g_file_set_contents (bad, "<module id=\"broken\">\n<title>Broken\n</module>\n", -1, NULL));
  run_hearth ("--data-dir", profile, "--course-dir", course_dir, NULL, check_broken_course, NULL);
}
END_TEST


int
main (void)
{
  Suite *suite = suite_create ("ui-flow");
  TCase *tcase = tcase_create ("ui-flow");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_learner_flow);
  tcase_add_test (tcase, test_unusable_data_folder);
  tcase_add_test (tcase, test_broken_course_file);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
