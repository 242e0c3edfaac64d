/* test-paths.c: where Hearth keeps its profile, portable or not, and where
 * it finds its translations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <glib/gstdio.h>

#include "hearth-context.h"
#include "hearth-paths.h"
#include "hearth-test-check.h"

static char *folder;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-paths-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
}

static void
teardown (void)
{
  g_autofree char *marker = g_build_filename (folder, HEARTH_PORTABLE_MARKER, NULL);

  g_remove (marker);
  g_rmdir (folder);
  g_clear_pointer (&folder, g_free);
}

START_TEST (test_portable_only_with_marker)
{
  g_autofree char *marker = g_build_filename (folder, HEARTH_PORTABLE_MARKER, NULL);
  g_autofree char *expected = g_build_filename (folder, "hearth-profile", NULL);
  g_autofree char *not_portable = hearth_paths_get_portable_dir_in (folder);
  g_autofree char *portable = NULL;

  ck_assert_ptr_null (not_portable);
  ck_assert_ptr_null (hearth_paths_get_portable_dir_in (NULL));

  ck_assert (g_file_set_contents (marker, "", -1, NULL));
  portable = hearth_paths_get_portable_dir_in (folder);
  ck_assert_str_eq (portable, expected);
}
END_TEST

/* A folder called portable.txt is not the marker. */
START_TEST (test_marker_must_be_a_file)
{
  g_autofree char *marker = g_build_filename (folder, HEARTH_PORTABLE_MARKER, NULL);
  g_autofree char *portable = NULL;

  ck_assert_int_eq (g_mkdir (marker, 0700), 0);
  portable = hearth_paths_get_portable_dir_in (folder);
  ck_assert_ptr_null (portable);
  g_rmdir (marker);
}
END_TEST

START_TEST (test_executable_dir)
{
  g_autofree char *dir = hearth_paths_get_executable_dir ();
  g_autofree char *me = NULL;

  /* This test runs from the build folder's tests/. */
  ck_assert_ptr_nonnull (dir);
  me = g_build_filename (dir, "test-paths", NULL);
  ck_assert_msg (g_file_test (me, G_FILE_TEST_IS_EXECUTABLE), "%s is not this test", me);
}
END_TEST

/* Installed (no portable.txt beside it), the profile is in the user's data folder. */
START_TEST (test_default_data_dir)
{
  g_autofree char *data_dir = hearth_default_data_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "hearth", NULL);

  ck_assert_str_eq (data_dir, expected);
}
END_TEST

START_TEST (test_locale_dir)
{
  g_autofree char *from_environment = NULL;

  g_setenv ("HEARTH_LOCALEDIR", folder, TRUE);
  from_environment = hearth_paths_get_locale_dir ();
  ck_assert_str_eq (from_environment, folder);
  g_unsetenv ("HEARTH_LOCALEDIR");

  /* Not on Windows: the configured folder, as installed. */
  {
    g_autofree char *configured = hearth_paths_get_locale_dir ();

    ck_assert (g_path_is_absolute (configured));
    ck_assert (g_str_has_suffix (configured, "locale"));
  }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("paths");
  TCase *tcase = tcase_create ("paths");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_portable_only_with_marker);
  tcase_add_test (tcase, test_marker_must_be_a_file);
  tcase_add_test (tcase, test_executable_dir);
  tcase_add_test (tcase, test_default_data_dir);
  tcase_add_test (tcase, test_locale_dir);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
