/* make-screenshots.c: the screenshots of data/screenshots, for the AppStream
 * metainfo, taken from the real application
 *
 * usage (through run-gui-test.sh, for a display):
 *   meson compile -C _build screenshots
 *
 * Opens Hearth on a new profile with four learners, in English, and saves
 * the learner picker, a lesson step with its picture, a quiz question
 * answered, and the family-agreement builder, as PNG files in the folder
 * given. Anything it cannot find on screen stops it with the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>

#include "hearth-quiz-view.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"
#include "hearth-window-private.h"

static const struct
{
  const char *name;
  const char *language;
  const char *avatar;
} learners[] = {
  { "Amina", "en", "flower" },
  { "Rokeya", "bn", "bird" },
  { "Fatima", "ar", "teacup" },
  { "Hodan", "so", "tree" },
};

/* Past the short survey that comes before a module's first lesson. */
static void
skip_survey (HearthWindow *window)
{
  if (g_strcmp0 (hearth_window_get_page_name (window), "survey") == 0)
    click_button (hearth_window_get_page (window, "survey"), "Skip");
}

static void
take_screenshots (HearthWindow *window,
                  gpointer      data)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));
  HearthModule *module = hearth_course_find_module (course, "know-your-gadgets");
  HearthQuestion *question;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  GtkWidget *builder;

  ck_assert_ptr_nonnull (module);
  hearth_test_screenshot (GTK_WIDGET (window), "learner-picker");

  click_button (page (window, "picker"), "Amina");
  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  click_button (page (window, "module"), "Start");
  skip_survey (window);
  page (window, "lesson");
  hearth_test_screenshot (GTK_WIDGET (window), "lesson");

  /* The quiz's first question, answered right. */
  hearth_quiz_view_start (HEARTH_QUIZ_VIEW (window->quiz_view), module);
  hearth_window_show_page (window, "quiz");
  hearth_test_iterate ();
  question = g_ptr_array_index (module->questions, 0);
  options = hearth_test_find_all (page (window, "quiz"), GTK_TYPE_CHECK_BUTTON);
  ck_assert_uint_eq (options->len, question->options->len);
  for (guint i = 0; i < options->len; i++)
    if (((HearthOption *) g_ptr_array_index (question->options, i))->correct)
      hearth_test_click (g_ptr_array_index (options, i));
  click_button (page (window, "quiz"), "Check My Answer");
  assert_label (page (window, "quiz"), "Yes, that’s right!");
  hearth_test_screenshot (GTK_WIDGET (window), "quiz");

  /* The family agreement: a family, then the first rules ticked. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.policies", NULL);
  hearth_test_iterate ();
  click_button (page (window, "policies"), "New Agreement");
  builder = page (window, "policy-builder");
  fill_entry (builder, 0, "Our home");
  click_button (builder, "Add a Child");
  fill_entry (builder, 1, "Sami");
  gtk_spin_button_set_value (g_ptr_array_index (hearth_test_find_all (builder, GTK_TYPE_SPIN_BUTTON), 0), 9);
  hearth_test_iterate ();
  click_button (builder, "Next");
  checks = hearth_test_find_all (builder, GTK_TYPE_CHECK_BUTTON);
  ck_assert_uint_ge (checks->len, 3);
  hearth_test_click (g_ptr_array_index (checks, 0));
  hearth_test_click (g_ptr_array_index (checks, 2));
  hearth_test_screenshot (GTK_WIDGET (window), "family-agreement");
}

START_TEST (test_screenshots)
{
  g_autoptr(HearthStore) store = hearth_store_open (data_dir, NULL);

  ck_assert_ptr_nonnull (store);
  for (guint i = 0; i < G_N_ELEMENTS (learners); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, learners[i].name, learners[i].language,
                                                                   learners[i].avatar, &error);

      ck_assert_msg (learner != NULL, "%s", error ? error->message : "");
    }
  g_clear_object (&store);

  run_hearth ("--data-dir", data_dir, NULL, take_screenshots, NULL);
}
END_TEST

int
main (int   argc,
      char *argv[])
{
  Suite *suite = suite_create ("screenshots");
  TCase *tcase = tcase_create ("screenshots");

  if (argc != 2)
    {
      g_printerr ("usage: %s FOLDER\n", argv[0]);
      return 2;
    }
  g_setenv ("HEARTH_SCREENSHOT_DIR", argv[1], TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_screenshots);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
