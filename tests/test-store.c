/* test-store.c: the profile database: create, migrate, reopen with the data
 * kept, foreign keys, file modes, names and bad folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "hearth-test-check.h"
#include "hearth-progress.h"
#include "hearth-store-private.h"

static char *folder;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-store-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&folder, g_free);
}

/* Runs SQL straight on the file, as another program would. */
static int
raw_exec (const char *sql)
{
  g_autofree char *path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
  sqlite3 *db = NULL;
  int status;

  ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL);
  status = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return status;
}

/* The first column of the first row of a query, straight from the file. */
static gint64
raw_query_int (const char *sql)
{
  g_autofree char *path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 value;

  ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
  ck_assert_int_eq (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), SQLITE_OK);
  ck_assert_int_eq (sqlite3_step (statement), SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

START_TEST (test_create)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (folder, &error);
  g_autofree char *path = g_build_filename (folder, "profile.db", NULL);
  g_autoptr(GPtrArray) learners = NULL;
  struct stat info;

  ck_assert_ptr_null (error);
  ck_assert_ptr_nonnull (store);
  ck_assert_str_eq (hearth_store_get_path (store), path);
  ck_assert_int_eq (hearth_store_get_schema_version (store), HEARTH_STORE_SCHEMA_VERSION);

  /* Readable only by its owner, and so are the journal files. */
  ck_assert_int_eq (g_stat (path, &info), 0);
  ck_assert_int_eq (info.st_mode & 0777, 0600);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    ck_assert_int_eq (g_stat (wal, &info), 0);
    ck_assert_int_eq (info.st_mode & 0777, 0600);
  }

  learners = hearth_store_list_learners (store, &error);
  ck_assert_ptr_nonnull (learners);
  ck_assert_uint_eq (learners->len, 0);
}
END_TEST

START_TEST (test_new_folder_is_private)
{
  g_autofree char *nested = g_build_filename (folder, "a", "b", NULL);
  g_autoptr(HearthStore) store = hearth_store_open (nested, NULL);
  struct stat info;

  ck_assert_ptr_nonnull (store);
  ck_assert_int_eq (g_stat (nested, &info), 0);
  ck_assert_int_eq (info.st_mode & 0777, 0700);
}
END_TEST

START_TEST (test_wal_and_foreign_keys)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, "Amina", "en", "moon", NULL);
  g_autoptr(GError) error = NULL;
  gint64 attempt;

  ck_assert_ptr_nonnull (learner);
  ck_assert_int_eq (raw_exec ("SELECT 1 FROM pragma_journal_mode WHERE journal_mode = 'wal';"), SQLITE_OK);

  /* Progress for a learner who does not exist is refused. */
  ck_assert (!hearth_store_save_lesson_step (store, 9999, "m", "l", 1, &error));
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED));
  g_clear_error (&error);
  ck_assert_int_eq (hearth_store_start_quiz_attempt (store, 9999, "m", &error), 0);
  ck_assert_ptr_nonnull (error);
  g_clear_error (&error);

  /* Removing a learner removes her progress and answers with her. */
  ck_assert (hearth_store_save_lesson_step (store, hearth_learner_get_id (learner), "m", "l", 2, NULL));
  attempt = hearth_store_start_quiz_attempt (store, hearth_learner_get_id (learner), "m", NULL);
  ck_assert_int_gt (attempt, 0);
  ck_assert (hearth_store_save_quiz_answer (store, attempt, "q1", "1", TRUE, 1, NULL));
  ck_assert_int_eq (raw_exec ("DELETE FROM learners;"), SQLITE_OK);
  ck_assert_int_eq (raw_exec ("INSERT INTO quiz_answers VALUES (12345, 'q', '0', 0, 1, 0);"), SQLITE_CONSTRAINT);
  {
    g_autofree char *path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
    sqlite3 *db = NULL;
    sqlite3_stmt *statement = NULL;

    ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
    ck_assert_int_eq (sqlite3_prepare_v2 (db, "SELECT (SELECT count(*) FROM lesson_progress) + "
                                              "(SELECT count(*) FROM quiz_attempts) + "
                                              "(SELECT count(*) FROM quiz_answers)", -1, &statement, NULL), SQLITE_OK);
    ck_assert_int_eq (sqlite3_step (statement), SQLITE_ROW);
    ck_assert_int_eq (sqlite3_column_int (statement, 0), 0);
    sqlite3_finalize (statement);
    sqlite3_close (db);
  }
}
END_TEST

START_TEST (test_reopen_keeps_data)
{
  gint64 learner_id;
  HearthLessonProgress progress;
  HearthQuizResult result;

  {
    g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
    g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, "Fatima", "ar", "bird", NULL);
    gint64 attempt;

    learner_id = hearth_learner_get_id (learner);
    ck_assert (hearth_store_save_lesson_step (store, learner_id, "know-your-gadgets", "one", 3, NULL));
    /* Going back to re-read never loses the furthest step. */
    ck_assert (hearth_store_save_lesson_step (store, learner_id, "know-your-gadgets", "one", 1, NULL));
    ck_assert (hearth_store_complete_lesson (store, learner_id, "know-your-gadgets", "two", NULL));
    attempt = hearth_store_start_quiz_attempt (store, learner_id, "know-your-gadgets", NULL);
    ck_assert (hearth_store_save_quiz_answer (store, attempt, "q1", "0,2", FALSE, 2, NULL));
    ck_assert (hearth_store_finish_quiz_attempt (store, attempt, 6, 8, NULL));
    attempt = hearth_store_start_quiz_attempt (store, learner_id, "know-your-gadgets", NULL);
    ck_assert (hearth_store_finish_quiz_attempt (store, attempt, 5, 8, NULL));
    /* Never finished: does not count. */
    hearth_store_start_quiz_attempt (store, learner_id, "know-your-gadgets", NULL);
    ck_assert (hearth_store_set_learner_language (store, learner, "bn", NULL));
    ck_assert_str_eq (hearth_learner_get_language (learner), "bn");
  }

  {
    g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
    g_autoptr(GPtrArray) learners = hearth_store_list_learners (store, NULL);
    HearthLearner *learner;

    ck_assert_uint_eq (learners->len, 1);
    learner = g_ptr_array_index (learners, 0);
    ck_assert_int_eq (hearth_learner_get_id (learner), learner_id);
    ck_assert_str_eq (hearth_learner_get_display_name (learner), "Fatima");
    ck_assert_str_eq (hearth_learner_get_language (learner), "bn");
    ck_assert_str_eq (hearth_learner_get_avatar (learner), "bird");

    ck_assert (hearth_store_get_lesson_progress (store, learner_id, "know-your-gadgets", "one", &progress, NULL));
    ck_assert (progress.started);
    ck_assert_uint_eq (progress.last_step, 3);
    ck_assert_int_eq (progress.completed_at, 0);
    ck_assert (hearth_store_get_lesson_progress (store, learner_id, "know-your-gadgets", "two", &progress, NULL));
    ck_assert_int_gt (progress.completed_at, 0);
    ck_assert (hearth_store_get_lesson_progress (store, learner_id, "know-your-gadgets", "three", &progress, NULL));
    ck_assert (!progress.started);

    ck_assert (hearth_store_get_best_quiz_result (store, learner_id, "know-your-gadgets", &result, NULL));
    ck_assert (result.finished);
    ck_assert_uint_eq (result.score, 6);
    ck_assert_uint_eq (result.total, 8);
    ck_assert (hearth_store_get_best_quiz_result (store, learner_id, "other-module", &result, NULL));
    ck_assert (!result.finished);
  }
}
END_TEST

START_TEST (test_migrate_from_version_1)
{
  gint64 learner_id;

  {
    g_autoptr(HearthStore) old = hearth_store_open_at_version (folder, 1, NULL);

    ck_assert_int_eq (hearth_store_get_schema_version (old), 1);
    /* A learner as version 1 wrote her, without the columns added since. */
    ck_assert_int_eq (raw_exec ("INSERT INTO learners (id, display_name, language, avatar, created_at) "
                                "VALUES (7, 'Hodan', 'so', 'sun', 0);"), SQLITE_OK);
    learner_id = 7;
    ck_assert (hearth_store_save_lesson_step (old, learner_id, "m", "l", 4, NULL));
    /* The index of version 2 is not there yet. */
    ck_assert_int_eq (raw_exec ("DROP INDEX quiz_attempts_by_learner;"), SQLITE_ERROR);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HearthStore) store = hearth_store_open (folder, &error);
    g_autoptr(GPtrArray) learners = NULL;
    HearthLessonProgress progress;

    ck_assert_ptr_null (error);
    ck_assert_int_eq (hearth_store_get_schema_version (store), HEARTH_STORE_SCHEMA_VERSION);
    learners = hearth_store_list_learners (store, NULL);
    ck_assert_uint_eq (learners->len, 1);
    ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (learners, 0)), "Hodan");
    ck_assert (hearth_store_get_lesson_progress (store, learner_id, "m", "l", &progress, NULL));
    ck_assert_uint_eq (progress.last_step, 4);
    /* Version 5 gave her a random participant code. */
    ck_assert_int_eq (raw_query_int ("SELECT length (participant_code) FROM learners"), 10);
    /* Version 3's table is there. */
    ck_assert_int_gt (hearth_store_add_local_contact (store, "Local", "01234 567890", "Any time", NULL), 0);
  }

  ck_assert_int_eq (raw_exec ("DROP INDEX quiz_attempts_by_learner;"), SQLITE_OK);
}
END_TEST

START_TEST (test_newer_profile_refused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  g_clear_object (&store);
  store = hearth_store_open (folder, NULL);
  g_clear_object (&store);
  ck_assert_int_eq (raw_exec ("PRAGMA user_version = 99;"), SQLITE_OK);

  store = hearth_store_open (folder, &error);
  ck_assert_ptr_null (store);
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TOO_NEW));
  ck_assert (strstr (error->message, folder) != NULL);
}
END_TEST

START_TEST (test_not_a_database)
{
  g_autofree char *path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  ck_assert (g_file_set_contents (path, "this is not a database, it is a shopping list: rice, tea, milk.......", -1, NULL));
  store = hearth_store_open (folder, &error);
  ck_assert_ptr_null (store);
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN));
  ck_assert_msg (strstr (error->message, path) != NULL, "%s", error->message);
}
END_TEST

/* These fail even for root, unlike a folder without write permission. */
START_TEST (test_unusable_folder)
{
  g_autofree char *file = g_build_filename (folder, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "hearth", NULL);
  g_autofree char *db_as_folder = g_build_filename (folder, "x", HEARTH_STORE_FILE_NAME, NULL);
  g_autofree char *x = g_build_filename (folder, "x", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  ck_assert (g_file_set_contents (file, "", -1, NULL));
  store = hearth_store_open (under_file, &error);
  ck_assert_ptr_null (store);
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FOLDER));
  ck_assert_msg (strstr (error->message, under_file) != NULL, "%s", error->message);
  ck_assert_msg (strstr (error->message, "--data-dir") != NULL, "%s", error->message);
  g_clear_error (&error);

  ck_assert_int_eq (g_mkdir_with_parents (db_as_folder, 0700), 0);
  store = hearth_store_open (x, &error);
  ck_assert_ptr_null (store);
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FOLDER));
  ck_assert_msg (strstr (error->message, db_as_folder) != NULL, "%s", error->message);
}
END_TEST

START_TEST (test_learner_names)
{
  static const char * const kept_exactly[] = {
    "Amina",
    "আমিনা",
    "فاطمة الزهراء",
    "نسرین",
    "सुनीता",
    "Xaliimo Cabdi",
    "Nani 👵🏽❤️",
    "👩‍👧‍👦",
    " Spaces kept ",
  };
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(GPtrArray) learners = NULL;
  GString *sixty = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kept_exactly); i++)
    {
      g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, kept_exactly[i], "en", "star", &error);

      ck_assert_msg (learner != NULL, "%s: %s", kept_exactly[i], error ? error->message : "");
    }

  learners = hearth_store_list_learners (store, NULL);
  ck_assert_uint_eq (learners->len, G_N_ELEMENTS (kept_exactly));
  for (guint i = 0; i < G_N_ELEMENTS (kept_exactly); i++)
    ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (learners, i)), kept_exactly[i]);

  /* Empty, or nothing but spaces: refused with a message. */
  ck_assert_ptr_null (hearth_store_add_learner (store, "", "en", "star", &error));
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_INVALID_NAME));
  ck_assert_str_eq (error->message, "Please type your name.");
  g_clear_error (&error);
  ck_assert_ptr_null (hearth_store_add_learner (store, " \t ", "en", "star", &error));
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_INVALID_NAME));
  g_clear_error (&error);
  ck_assert_ptr_null (hearth_store_add_learner (store, "bad \xff utf-8", "en", "star", &error));
  g_clear_error (&error);

  /* 60 letters are fine in any script, counted as letters, not bytes. */
  for (guint i = 0; i < 60; i++)
    g_string_append (sixty, "আ");
  ck_assert (hearth_store_check_learner_name (sixty->str, NULL));
  g_string_append (sixty, "আ");
  ck_assert (!hearth_store_check_learner_name (sixty->str, &error));
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_INVALID_NAME));
  ck_assert_msg (strstr (error->message, "60") != NULL, "%s", error->message);
  g_string_free (sixty, TRUE);
}
END_TEST

START_TEST (test_module_progress)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, "Amina", "en", "moon", NULL);
  g_autoptr(HearthModule) module = hearth_module_new ();
  gint64 id = hearth_learner_get_id (learner);
  HearthModuleProgress progress;
  const char *lesson_ids[] = { "one", "two", "three" };

  module->id = g_strdup ("m");
  for (guint i = 0; i < G_N_ELEMENTS (lesson_ids); i++)
    {
      HearthLesson *lesson = g_new0 (HearthLesson, 1);

      lesson->id = g_strdup (lesson_ids[i]);
      lesson->steps = g_ptr_array_new ();
      for (guint s = 0; s < 5; s++)
        g_ptr_array_add (lesson->steps, NULL);
      g_ptr_array_add (module->lessons, lesson);
    }

  ck_assert (hearth_module_progress_load (store, id, module, &progress, NULL));
  ck_assert (!progress.started);
  ck_assert_uint_eq (progress.lessons_total, 3);
  ck_assert_uint_eq (progress.next_lesson, 0);
  ck_assert_uint_eq (progress.next_step, 0);

  ck_assert (hearth_store_complete_lesson (store, id, "m", "one", NULL));
  ck_assert (hearth_store_save_lesson_step (store, id, "m", "two", 3, NULL));
  ck_assert (hearth_module_progress_load (store, id, module, &progress, NULL));
  ck_assert (progress.started);
  ck_assert_uint_eq (progress.lessons_completed, 1);
  ck_assert_uint_eq (progress.next_lesson, 1);
  ck_assert_uint_eq (progress.next_step, 3);

  /* A step saved beyond the lesson's end (content changed) stays inside it. */
  ck_assert (hearth_store_save_lesson_step (store, id, "m", "two", 40, NULL));
  ck_assert (hearth_module_progress_load (store, id, module, &progress, NULL));
  ck_assert_uint_eq (progress.next_step, 4);

  /* Steps of these test lessons are NULL placeholders; free them as such. */
  for (guint i = 0; i < module->lessons->len; i++)
    g_ptr_array_set_free_func (((HearthLesson *) g_ptr_array_index (module->lessons, i))->steps, NULL);
}
END_TEST

START_TEST (test_local_contacts)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  HearthLocalContact *contact;
  gint64 first, second;

  first = hearth_store_add_local_contact (store, "Thurrock children's services", "01375 652802",
                                          "Worried about a child in Thurrock, in office hours", &error);
  ck_assert_ptr_null (error);
  ck_assert_int_gt (first, 0);
  second = hearth_store_add_local_contact (store, "Out of hours", "+44 (0)1375 372468", "Evenings and weekends", NULL);
  ck_assert_int_gt (second, first);

  /* Bad input is refused with a message, and nothing is saved. */
  ck_assert_int_eq (hearth_store_add_local_contact (store, "  ", "01375 652802", "When", &error), 0);
  ck_assert_ptr_nonnull (error);
  g_clear_error (&error);
  ck_assert_int_eq (hearth_store_add_local_contact (store, "Name", "call the office", "When", &error), 0);
  ck_assert_msg (strstr (error->message, "digits") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert_int_eq (hearth_store_add_local_contact (store, "Name", "12", "When", &error), 0);
  g_clear_error (&error);
  ck_assert_int_eq (hearth_store_add_local_contact (store, "Name", "01375 652802", "", &error), 0);
  g_clear_error (&error);

  ck_assert (hearth_store_update_local_contact (store, second, "Out of hours team", "01375 372468",
                                                "Evenings, nights and weekends", NULL));
  ck_assert (!hearth_store_update_local_contact (store, 9999, "A", "01375 372468", "B", &error));
  ck_assert_ptr_nonnull (error);
  g_clear_error (&error);

  contacts = hearth_store_list_local_contacts (store, NULL);
  ck_assert_uint_eq (contacts->len, 2);
  contact = g_ptr_array_index (contacts, 1);
  ck_assert_str_eq (contact->name, "Out of hours team");
  ck_assert_str_eq (contact->phone, "01375 372468");
  ck_assert_str_eq (contact->when, "Evenings, nights and weekends");

  ck_assert (hearth_store_remove_local_contact (store, first, NULL));
  ck_assert (!hearth_store_remove_local_contact (store, first, NULL));
  g_clear_pointer (&contacts, g_ptr_array_unref);
  contacts = hearth_store_list_local_contacts (store, NULL);
  ck_assert_uint_eq (contacts->len, 1);
}
END_TEST

START_TEST (test_national_contacts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = hearth_contacts_load_national (&error);
  HearthContact *first;

  ck_assert_ptr_null (error);
  /* Eight to call or report to, then places to learn more. */
  ck_assert_uint_eq (contacts->len, 20);
  for (guint i = 0; i < contacts->len; i++)
    ck_assert_int_eq (((HearthContact *) g_ptr_array_index (contacts, i))->advice, i >= 8);
  first = g_ptr_array_index (contacts, 0);
  ck_assert_str_eq (first->id, "emergency");
  ck_assert_str_eq (first->phone, "999");
  for (guint i = 0; i < contacts->len; i++)
    {
      HearthContact *contact = g_ptr_array_index (contacts, i);

      ck_assert (contact->phone != NULL || contact->web != NULL);
      ck_assert_ptr_nonnull (hearth_text_get (contact->name, "en"));
      ck_assert_ptr_nonnull (hearth_text_get (contact->when, "en"));
      ck_assert (contact->web == NULL || g_str_has_prefix (contact->web, "https://"));
    }

  g_clear_pointer (&contacts, g_ptr_array_unref);
  contacts = hearth_contacts_parse ("c.xml", "<contacts>\n<contact id=\"x\"><name>N</name><when>W</when></contact>\n</contacts>",
                                    -1, &error);
  ck_assert_ptr_null (contacts);
  ck_assert_msg (g_str_has_prefix (error->message, "c.xml:2: "), "%s", error->message);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("store");
  TCase *tcase = tcase_create ("store");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_create);
  tcase_add_test (tcase, test_new_folder_is_private);
  tcase_add_test (tcase, test_wal_and_foreign_keys);
  tcase_add_test (tcase, test_reopen_keeps_data);
  tcase_add_test (tcase, test_migrate_from_version_1);
  tcase_add_test (tcase, test_newer_profile_refused);
  tcase_add_test (tcase, test_not_a_database);
  tcase_add_test (tcase, test_unusable_folder);
  tcase_add_test (tcase, test_learner_names);
  tcase_add_test (tcase, test_module_progress);
  tcase_add_test (tcase, test_local_contacts);
  tcase_add_test (tcase, test_national_contacts);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
