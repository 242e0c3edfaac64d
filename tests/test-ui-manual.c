/* test-ui-manual.c: F1 and "Help" open the manual at the page for the
 * screen in use, and the window comes back at the size it was closed at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>
#include <glib/gstdio.h>

#include "hearth-manual.h"
#include "hearth-settings.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"
#include "hearth-window-private.h"

/* The page exists in the manual's sources (help/C). */
static void
assert_manual_page (const char *screen,
                    const char *page)
{
  g_autofree char *file_name = g_strconcat (page, ".page", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("HEARTH_HELP_DIR"), "C", file_name, NULL);

  ck_assert_msg (g_file_test (path, G_FILE_TEST_IS_REGULAR),
                 "screen “%s” opens the manual at “%s”, but help/C has no %s", screen, page, file_name);
}

/* Every screen the window has now is in the table, with a page that exists. */
static guint
check_every_screen (HearthWindow *window)
{
  guint checked = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *screen = gtk_stack_page_get_name (gtk_stack_get_page (window->stack, child));
      const char *page = hearth_manual_page_for_screen (screen);

      ck_assert_msg (page != NULL, "screen “%s” has no page in the manual: add one to screen_pages "
                     "in app/ui/hearth-manual.c", screen);
      assert_manual_page (screen, page);
      checked++;
    }

  return checked;
}

/* What F1 would open on the screen on show, checked against the table. */
static void
assert_current_page (HearthWindow *window,
                     const char   *screen,
                     const char   *expected_page)
{
  const char *page = hearth_window_get_manual_page (window);

  ck_assert_str_eq (hearth_window_get_page_name (window), screen);
  ck_assert_str_eq (page, expected_page);
  assert_manual_page (screen, page);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL)
        {
          gboolean found = menu_has_action (section, action);

          g_object_unref (section);
          if (found)
            return TRUE;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_strcmp0 (item_action, action) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A toast whose words start with @start, or NULL. */
static GtkWidget *
find_toast (HearthWindow *window,
            const char   *start)
{
  g_autoptr(GPtrArray) labels = hearth_test_find_all (GTK_WIDGET (window), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), start))
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* On a computer with no help viewer, F1 says so instead of doing nothing.
 * (With yelp installed, this would open it: the test then leaves it out.) */
static void
no_help_viewer (HearthWindow *window,
                gpointer      data)
{
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  if (viewer != NULL)
    {
      g_print ("%s handles help: addresses here, so F1 is not pressed\n", g_app_info_get_name (viewer));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.manual", NULL);
  while (find_toast (window, "Hearth cannot open its help pages") == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ck_assert_msg (find_toast (window, "Hearth cannot open its help pages") != NULL, "F1 did nothing that shows");
  hearth_test_screenshot (GTK_WIDGET (window), "en-manual-not-opened");
}

START_TEST (test_no_help_viewer)
{
  run_hearth ("--data-dir", data_dir, NULL, no_help_viewer, NULL);
}
END_TEST

static void
walk_screens (HearthWindow *window,
              gpointer      data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "win.manual");
  guint *checked = data;

  /* F1 and the main menu's "Help" both lead to the manual. */
  ck_assert (accels[0] != NULL && g_strv_contains ((const char * const *) accels, "F1"));
  ck_assert (menu_has_action (gtk_menu_button_get_menu_model (window->menu_button), "win.manual"));

  assert_current_page (window, "picker", "getting-started");
  click_button (page (window, "picker"), "Add Me");
  assert_current_page (window, "add-learner", "getting-started");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.help-now", NULL);
  hearth_test_iterate ();
  assert_current_page (window, "help", "help-now");
  /* Back to "Add me", and back again to the first screen. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  click_button (page (window, "picker"), "For Trainers");
  assert_current_page (window, "trainer", "trainer-mode");

  /* Every screen built by now, "Get help now" and trainer mode included. */
  *checked = check_every_screen (window);
}

static void
error_screen (HearthWindow *window,
              gpointer      data)
{
  assert_current_page (window, "error", "problems");
  check_every_screen (window);
}

START_TEST (test_every_screen_has_a_manual_page)
{
  g_autofree char *file = g_build_filename (data_dir, "not-a-folder", NULL);
  g_autofree char *folder = g_build_filename (file, "hearth", NULL);
  guint checked = 0;

  run_hearth ("--data-dir", data_dir, NULL, walk_screens, &checked);
  /* picker, add-learner, home, module, lesson, quiz, the agreements, help, trainer at least */
  ck_assert_uint_ge (checked, 10);
  g_print ("%u screens checked against the manual\n", checked);

  ck_assert (g_file_set_contents (file, "", -1, NULL));
  run_hearth ("--data-dir", folder, NULL, error_screen, NULL);
}
END_TEST

/* The address for yelp on Linux, and for the browser with the HTML of
 * Windows: the learner's language when it is there, English otherwise. */
START_TEST (test_manual_uri)
{
  g_autofree char *html_dir = g_build_filename (data_dir, "help", NULL);
  g_autofree char *english = g_build_filename (html_dir, "C", "lessons.html", NULL);
  g_autofree char *bengali = g_build_filename (html_dir, "bn", "lessons.html", NULL);
  g_autofree char *for_yelp = hearth_manual_get_uri ("lessons", "bn", NULL);
  g_autofree char *english_uri = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *bengali_uri = NULL;
  g_autofree char *bengali_file_uri = NULL;
  g_autofree char *english_dir = g_path_get_dirname (english);
  g_autofree char *bengali_dir = g_path_get_dirname (bengali);

  ck_assert_str_eq (for_yelp, "help:hearth/lessons");

  ck_assert_int_eq (g_mkdir_with_parents (english_dir, 0700), 0);
  ck_assert (g_file_set_contents (english, "<html/>", -1, NULL));
  english_uri = g_filename_to_uri (english, NULL, NULL);
  fallback = hearth_manual_get_uri ("lessons", "bn", html_dir);
  ck_assert_str_eq (fallback, english_uri);

  ck_assert_int_eq (g_mkdir_with_parents (bengali_dir, 0700), 0);
  ck_assert (g_file_set_contents (bengali, "<html/>", -1, NULL));
  bengali_uri = hearth_manual_get_uri ("lessons", "bn", html_dir);
  bengali_file_uri = g_filename_to_uri (bengali, NULL, NULL);
  ck_assert_str_eq (bengali_uri, bengali_file_uri);
}
END_TEST

static void
resize_window (HearthWindow *window,
               gpointer      data)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  hearth_test_iterate ();
}

static void
check_window_size (HearthWindow *window,
                   gpointer      data)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  ck_assert_int_eq (width, 820);
  ck_assert_int_eq (height, 610);
}

START_TEST (test_window_size_kept)
{
  g_autoptr(GSettings) settings = hearth_settings_new ();

  /* The tests use the schema from the build folder, and memory for storage. */
  ck_assert_ptr_nonnull (settings);
  ck_assert_int_eq (g_settings_get_int (settings, "window-width"), 1000);

  run_hearth ("--data-dir", data_dir, NULL, resize_window, NULL);
  ck_assert_int_eq (g_settings_get_int (settings, "window-width"), 820);
  ck_assert_int_eq (g_settings_get_int (settings, "window-height"), 610);
  ck_assert (!g_settings_get_boolean (settings, "window-maximized"));

  run_hearth ("--data-dir", data_dir, NULL, check_window_size, NULL);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("ui-manual");
  TCase *tcase = tcase_create ("ui-manual");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_every_screen_has_a_manual_page);
  tcase_add_test (tcase, test_manual_uri);
  tcase_add_test (tcase, test_no_help_viewer);
  tcase_add_test (tcase, test_window_size_kept);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
