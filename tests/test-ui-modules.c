/* test-ui-modules.c: one lesson and the whole quiz of every module in the course, in the real application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>

#include "hearth-context.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"

static void
every_module (HearthWindow *window,
              gpointer      data)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));

  click_button (page (window, "picker"), "Add Me");
  fill_entry (page (window, "add-learner"), 0, "Ubah");
  click_button (page (window, "add-learner"), "Start Learning");

  ck_assert_uint_ge (hearth_course_get_n_modules (course), 1);
  for (guint m = 0; m < hearth_course_get_n_modules (course); m++)
    {
      HearthModule *module = hearth_course_get_module (course, m);
      g_autofree char *shot = g_strdup_printf ("en-module-%u-step-1", m + 1);
      GtkWidget *quiz_row;

      hearth_test_click (hearth_test_find_named (page (window, "home"), module->id));
      assert_label (page (window, "module"), hearth_text_get (module->title, "en"));
      click_button (page (window, "module"), "Start");
      /* The optional survey comes first (tests/test-ui-survey.c answers it). */
      click_button (page (window, "survey"), "Skip");
      hearth_test_screenshot (GTK_WIDGET (window), shot);
      set_language (window, "ar");
      shot[0] = 'a', shot[1] = 'r';
      hearth_test_screenshot (GTK_WIDGET (window), shot);
      set_language (window, "en");
      finish_lesson (window, g_ptr_array_index (module->lessons, 0), 0);

      quiz_row = gtk_widget_get_ancestor (hearth_test_find_label (page (window, "module"), "Check Yourself"),
                                          GTK_TYPE_LIST_BOX_ROW);
      hearth_test_click (quiz_row);
      for (guint q = 0; q < module->questions->len; q++)
        {
          answer_question (window, g_ptr_array_index (module->questions, q), FALSE);
          click_button (page (window, "quiz"), q + 1 < module->questions->len ? "Next Question" : "See How I Did");
        }
      assert_label (page (window, "quiz"), "Wonderful!");
      click_button (page (window, "quiz"), "Back to the Topic");
      click_button (page (window, "survey"), "Skip");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
      hearth_test_iterate ();
    }
}

START_TEST (test_every_module)
{
  run_hearth ("--data-dir", data_dir, NULL, every_module, NULL);
}
END_TEST


int
main (void)
{
  Suite *suite = suite_create ("ui-modules");
  TCase *tcase = tcase_create ("ui-modules");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_every_module);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
