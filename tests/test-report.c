/* test-report.c: each learner's outcomes, added up by hand for a small
 * profile and checked against what the learner's own screens say; the
 * anonymised CSV, byte for byte; a report that cannot be written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "hearth-outcomes.h"
#include "hearth-progress.h"
#include "hearth-report.h"
#include "hearth-test-check.h"

#define BOM "\xEF\xBB\xBF"
#define ARABIC_PLACE "\xD9\x85\xD8\xB1\xD9\x83\xD8\xB2"  /* مركز, "centre" */

static char *folder;
static HearthCourse *course;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-report-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
  course = hearth_course_new ();
  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  ck_assert_uint_ge (hearth_course_get_n_modules (course), 5);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&folder, g_free);
  g_clear_object (&course);
}

/* Runs SQL straight on the file, as another program would. */
static void
raw_exec (const char *sql)
{
  g_autofree char *path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
  sqlite3 *db = NULL;

  ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  ck_assert_msg (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_close (db);
}

static HearthModule *
module (guint index)
{
  return hearth_course_get_module (course, index);
}

static const char *
lesson_id (guint module_index,
           guint lesson_index)
{
  return ((HearthLesson *) g_ptr_array_index (module (module_index)->lessons, lesson_index))->id;
}

static void
complete_all_lessons (HearthStore *store,
                      gint64       learner_id,
                      guint        module_index)
{
  for (guint i = 0; i < module (module_index)->lessons->len; i++)
    ck_assert (hearth_store_complete_lesson (store, learner_id, module (module_index)->id,
                                             lesson_id (module_index, i), NULL));
}

/* A finished attempt, at a chosen time, so "the latest of equals" can be checked. */
static void
finish_quiz (HearthStore *store,
             gint64       learner_id,
             guint        module_index,
             guint        score,
             guint        total,
             gint64       finished_at)
{
  gint64 attempt = hearth_store_start_quiz_attempt (store, learner_id, module (module_index)->id, NULL);
  g_autofree char *sql = NULL;

  ck_assert_int_gt (attempt, 0);
  ck_assert (hearth_store_finish_quiz_attempt (store, attempt, score, total, NULL));
  sql = g_strdup_printf ("UPDATE quiz_attempts SET finished_at = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         finished_at, attempt);
  raw_exec (sql);
}

static gint64
add_learner (HearthStore *store,
             const char  *name,
             const char  *language,
             gint64       created_at,
             gint64       workshop_id)
{
  g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, name, language, "avatar-1", NULL);
  g_autofree char *sql = NULL;
  gint64 id;

  ck_assert_ptr_nonnull (learner);
  id = hearth_learner_get_id (learner);
  sql = g_strdup_printf ("UPDATE learners SET created_at = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         created_at, id);
  raw_exec (sql);
  if (workshop_id != 0)
    ck_assert (hearth_store_set_learner_workshop (store, id, workshop_id, NULL));
  return id;
}

typedef struct
{
  gint64 amina, fatima, hawa;
  gint64 tuesday, other;
} Fixture;

/* Three learners; what each did is written beside it, and the expected
 * outcomes in test_outcomes_by_hand follow from it. */
static HearthStore *
make_fixture (Fixture *fixture)
{
  HearthStore *store = hearth_store_open (folder, NULL);
  const guint before_amina[] = { 3, 4, 0 }, after_amina[] = { 5, 4, 4 }, none[] = { 0, 0, 0 };

  ck_assert_ptr_nonnull (store);
  fixture->tuesday = hearth_store_add_workshop (store, "Tuesday group", "2024-03-05", "Library", NULL);
  fixture->other = hearth_store_add_workshop (store, "Other", "2024-03-06", "", NULL);
  ck_assert_int_gt (fixture->tuesday, 0);
  ck_assert_int_gt (fixture->other, 0);

  /* Added first, but joined later: Fatima comes first, then Amina and
   * Hawa, who joined at the same moment, in the order they were added. */
  fixture->amina = add_learner (store, "Amina Begum", "bn", 200, fixture->tuesday);
  fixture->fatima = add_learner (store, "Fatima", "ar", 100, 0);
  fixture->hawa = add_learner (store, "Hawa", "en", 200, fixture->other);

  /* Amina, module 0: every lesson, three attempts (6/8, then 8/8 earlier,
   * one unfinished): best 8/8; confidence 3 and 4 before (one item left
   * out), 5, 4, 4 after, intention 4. */
  complete_all_lessons (store, fixture->amina, 0);
  finish_quiz (store, fixture->amina, 0, 6, 8, 1000);
  finish_quiz (store, fixture->amina, 0, 8, 8, 500);
  ck_assert_int_gt (hearth_store_start_quiz_attempt (store, fixture->amina, module (0)->id, NULL), 0);
  ck_assert (hearth_store_save_survey_response (store, fixture->amina, module (0)->id, HEARTH_SURVEY_BEFORE,
                                                before_amina, 0, NULL));
  ck_assert (hearth_store_save_survey_response (store, fixture->amina, module (0)->id, HEARTH_SURVEY_AFTER,
                                                after_amina, 4, NULL));
  /* Module 1: one step of the first lesson. Module 2: every lesson, no quiz. */
  ck_assert (hearth_store_save_lesson_step (store, fixture->amina, module (1)->id, lesson_id (1, 0), 2, NULL));
  complete_all_lessons (store, fixture->amina, 2);
  /* Module 3: only a lesson the course no longer has, and a quiz of 3/11. */
  raw_exec ("INSERT INTO lesson_progress (learner_id, module_id, lesson_id, completed_at, updated_at) "
            "SELECT id, 'safe-use-at-home', 'a-retired-lesson', 5, 5 FROM learners WHERE display_name = 'Amina Begum'");
  finish_quiz (store, fixture->amina, 3, 3, 11, 700);
  /* Module 4: the survey skipped before; after, only the intention. */
  ck_assert (hearth_store_skip_survey (store, fixture->amina, module (4)->id, HEARTH_SURVEY_BEFORE, NULL));
  ck_assert (hearth_store_save_survey_response (store, fixture->amina, module (4)->id, HEARTH_SURVEY_AFTER,
                                                none, 5, NULL));

  /* Fatima, module 0: every lesson; 4/8 and later 5/10, the same share:
   * the later one counts. A module the course does not have is left out. */
  complete_all_lessons (store, fixture->fatima, 0);
  finish_quiz (store, fixture->fatima, 0, 4, 8, 10);
  finish_quiz (store, fixture->fatima, 0, 5, 10, 20);
  raw_exec ("INSERT INTO quiz_attempts (learner_id, module_id, started_at, finished_at, score, total) "
            "SELECT id, 'a-retired-module', 1, 2, 9, 9 FROM learners WHERE display_name = 'Fatima'");

  /* Hawa has done nothing yet. */
  return store;
}

static HearthOutcome *
outcome_at (GPtrArray *outcomes,
            guint      learner_index,
            guint      module_index)
{
  return g_ptr_array_index (outcomes, learner_index * hearth_course_get_n_modules (course) + module_index);
}

static void
assert_outcome (HearthOutcome *outcome,
                gboolean       started,
                gboolean       completed,
                int            score,
                int            total,
                double         before,
                double         after,
                int            intention)
{
  ck_assert_msg (outcome->started == started, "%s started", outcome->module_id);
  ck_assert_msg (outcome->completed == completed, "%s completed", outcome->module_id);
  ck_assert_int_eq (outcome->quiz_score, score);
  ck_assert_int_eq (outcome->quiz_total, total);
  if (isnan (before))
    ck_assert (isnan (outcome->confidence_before));
  else
    ck_assert_double_eq_tol (outcome->confidence_before, before, 1e-9);
  if (isnan (after))
    ck_assert (isnan (outcome->confidence_after));
  else
    ck_assert_double_eq_tol (outcome->confidence_after, after, 1e-9);
  ck_assert_int_eq (outcome->intention, intention);
}

START_TEST (test_outcomes_by_hand)
{
  Fixture fixture;
  g_autoptr(HearthStore) store = make_fixture (&fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) outcomes = hearth_outcomes_load (store, course, 0, &error);
  guint n_modules = hearth_course_get_n_modules (course);
  gint64 order[] = { fixture.fatima, fixture.amina, fixture.hawa };

  ck_assert_ptr_null (error);
  ck_assert_ptr_nonnull (outcomes);
  ck_assert_uint_eq (outcomes->len, 3 * n_modules);

  for (guint i = 0; i < outcomes->len; i++)
    {
      HearthOutcome *outcome = g_ptr_array_index (outcomes, i);

      ck_assert_int_eq (outcome->learner_id, order[i / n_modules]);
      ck_assert_str_eq (outcome->module_id, module (i % n_modules)->id);
      ck_assert_uint_eq (strlen (outcome->participant_code), 10);
    }

  /* Fatima */
  ck_assert_str_eq (outcome_at (outcomes, 0, 0)->display_name, "Fatima");
  ck_assert_ptr_null (outcome_at (outcomes, 0, 0)->workshop);
  ck_assert_str_eq (outcome_at (outcomes, 0, 0)->language, "ar");
  assert_outcome (outcome_at (outcomes, 0, 0), TRUE, TRUE, 5, 10, NAN, NAN, 0);
  for (guint m = 1; m < n_modules; m++)
    assert_outcome (outcome_at (outcomes, 0, m), FALSE, FALSE, -1, 0, NAN, NAN, 0);

  /* Amina */
  ck_assert_str_eq (outcome_at (outcomes, 1, 0)->display_name, "Amina Begum");
  ck_assert_str_eq (outcome_at (outcomes, 1, 0)->workshop, "Tuesday group");
  ck_assert_str_eq (outcome_at (outcomes, 1, 4)->language, "bn");
  assert_outcome (outcome_at (outcomes, 1, 0), TRUE, TRUE, 8, 8, 3.5, 13.0 / 3, 4);
  assert_outcome (outcome_at (outcomes, 1, 1), TRUE, FALSE, -1, 0, NAN, NAN, 0);
  assert_outcome (outcome_at (outcomes, 1, 2), TRUE, FALSE, -1, 0, NAN, NAN, 0);
  assert_outcome (outcome_at (outcomes, 1, 3), FALSE, FALSE, 3, 11, NAN, NAN, 0);
  assert_outcome (outcome_at (outcomes, 1, 4), FALSE, FALSE, -1, 0, NAN, NAN, 5);

  /* Hawa */
  ck_assert_str_eq (outcome_at (outcomes, 2, 0)->workshop, "Other");
  for (guint m = 0; m < n_modules; m++)
    assert_outcome (outcome_at (outcomes, 2, m), FALSE, FALSE, -1, 0, NAN, NAN, 0);
}
END_TEST

/* Started, completed and the best score are what the learner's own home and
 * module screens show (hearth_module_progress_load), for every learner and
 * module. */
START_TEST (test_outcomes_agree_with_progress)
{
  Fixture fixture;
  g_autoptr(HearthStore) store = make_fixture (&fixture);
  g_autoptr(GPtrArray) outcomes = hearth_outcomes_load (store, course, 0, NULL);

  ck_assert_ptr_nonnull (outcomes);
  for (guint i = 0; i < outcomes->len; i++)
    {
      HearthOutcome *outcome = g_ptr_array_index (outcomes, i);
      HearthModuleProgress progress;

      ck_assert (hearth_module_progress_load (store, outcome->learner_id,
                                              hearth_course_find_module (course, outcome->module_id),
                                              &progress, NULL));
      ck_assert (outcome->started == progress.started);
      ck_assert (outcome->completed ==
                 (progress.lessons_completed == progress.lessons_total && progress.quiz.finished));
      ck_assert_int_eq (outcome->quiz_score, progress.quiz.finished ? (int) progress.quiz.score : -1);
      ck_assert_int_eq (outcome->quiz_total, progress.quiz.finished ? (int) progress.quiz.total : 0);
    }
}
END_TEST

START_TEST (test_outcomes_of_one_workshop)
{
  Fixture fixture;
  g_autoptr(HearthStore) store = make_fixture (&fixture);
  g_autoptr(GPtrArray) tuesday = hearth_outcomes_load (store, course, fixture.tuesday, NULL);
  g_autoptr(GPtrArray) other = hearth_outcomes_load (store, course, fixture.other, NULL);
  g_autoptr(GPtrArray) none = hearth_outcomes_load (store, course, 9999, NULL);
  guint n_modules = hearth_course_get_n_modules (course);

  ck_assert_ptr_nonnull (tuesday);
  ck_assert_uint_eq (tuesday->len, n_modules);
  ck_assert_int_eq (outcome_at (tuesday, 0, 0)->learner_id, fixture.amina);
  assert_outcome (outcome_at (tuesday, 0, 0), TRUE, TRUE, 8, 8, 3.5, 13.0 / 3, 4);
  assert_outcome (outcome_at (tuesday, 0, 3), FALSE, FALSE, 3, 11, NAN, NAN, 0);

  ck_assert_uint_eq (other->len, n_modules);
  ck_assert_int_eq (outcome_at (other, 0, 0)->learner_id, fixture.hawa);
  ck_assert_uint_eq (none->len, 0);
}
END_TEST

static HearthOutcome *
make_outcome (const char *code,
              const char *workshop,
              const char *language,
              const char *module_id)
{
  HearthOutcome *outcome = g_new0 (HearthOutcome, 1);

  outcome->participant_code = g_strdup (code);
  outcome->display_name = g_strdup ("Amina Begum");
  outcome->workshop = g_strdup (workshop);
  outcome->language = g_strdup (language);
  outcome->module_id = g_strdup (module_id);
  outcome->quiz_score = -1;
  outcome->confidence_before = NAN;
  outcome->confidence_after = NAN;
  return outcome;
}

START_TEST (test_csv_bytes)
{
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_outcome_free);
  HearthOutcome *outcome = make_outcome ("0A1B2C3D4E", "Dhaka, \"North\"\n" ARABIC_PLACE, "ar", "know-your-gadgets");
  g_autofree char *csv = NULL;
  gsize length;
  const char *expected =
    BOM "participant,workshop,language,module,started,completed,quiz_score,quiz_total,"
    "confidence_before,confidence_after,intention\r\n"
    "0A1B2C3D4E,\"Dhaka, \"\"North\"\"\n" ARABIC_PLACE "\",ar,know-your-gadgets,1,1,8,10,3.5,4.3,4\r\n"
    "FFFFFFFFFF,,en,get-online-savvy,0,0,,,,,\r\n"
    "0000000001,'=SUM(A1),bn,get-online-savvy,1,0,0,10,1.0,,\r\n"
    "0000000002,\"Carriage\rReturn\",bn,get-online-savvy,0,0,,,,5.0,\r\n";

  outcome->started = outcome->completed = TRUE;
  outcome->quiz_score = 8;
  outcome->quiz_total = 10;
  outcome->confidence_before = 3.5;
  outcome->confidence_after = 13.0 / 3;
  outcome->intention = 4;
  g_ptr_array_add (outcomes, outcome);

  g_ptr_array_add (outcomes, make_outcome ("FFFFFFFFFF", NULL, "en", "get-online-savvy"));

  /* A name a spreadsheet would run as a formula; a score of nought. */
  outcome = make_outcome ("0000000001", "=SUM(A1)", "bn", "get-online-savvy");
  outcome->started = TRUE;
  outcome->quiz_score = 0;
  outcome->quiz_total = 10;
  outcome->confidence_before = 1;
  g_ptr_array_add (outcomes, outcome);

  /* A carriage return alone is quoted too. */
  outcome = make_outcome ("0000000002", "Carriage\rReturn", "bn", "get-online-savvy");
  outcome->confidence_after = 5;
  g_ptr_array_add (outcomes, outcome);

  csv = hearth_report_format_csv (outcomes, &length);
  ck_assert_uint_eq (length, strlen (expected));
  ck_assert_str_eq (csv, expected);
}
END_TEST

static char *
read_file (const char *path)
{
  g_autofree char *contents = NULL;

  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  return g_steal_pointer (&contents);
}

/* From the profile to the file: every row, and no name anywhere. */
START_TEST (test_csv_file_has_no_names)
{
  Fixture fixture;
  g_autoptr(HearthStore) store = make_fixture (&fixture);
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autofree char *path = g_build_filename (folder, "report.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  const char *name;
  guint files = 0;

  ck_assert (hearth_store_update_workshop (store, fixture.tuesday, "Dhaka, \"North\"\n" ARABIC_PLACE,
                                           "2024-03-05", "", NULL));
  outcomes = hearth_outcomes_load (store, course, 0, NULL);
  ck_assert (hearth_report_write_csv (outcomes, file, &error));
  ck_assert_ptr_null (error);

  csv = read_file (path);
  ck_assert (g_str_has_prefix (csv, BOM "participant,"));
  ck_assert_ptr_null (strstr (csv, "Amina"));
  ck_assert_ptr_null (strstr (csv, "Fatima"));
  ck_assert_ptr_null (strstr (csv, "Hawa"));
  ck_assert_ptr_nonnull (strstr (csv, ",\"Dhaka, \"\"North\"\"\n" ARABIC_PLACE "\",bn,know-your-gadgets,1,1,8,8,"));
  /* A header and a line per outcome, each ending CR LF (the LF inside the
   * quoted name does not end a line). */
  lines = g_strsplit (csv, "\r\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), 1 + outcomes->len + 1);
  ck_assert_str_eq (lines[outcomes->len + 1], "");

  /* Only the report: no temporary file left beside it. */
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, HEARTH_STORE_FILE_NAME))
      {
        ck_assert_str_eq (name, "report.csv");
        files++;
      }
  ck_assert_uint_eq (files, 1);
}
END_TEST

START_TEST (test_csv_unwritable)
{
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_outcome_free);
  g_autofree char *missing = g_build_filename (folder, "no-such-folder", "report.csv", NULL);
  g_autofree char *plain = g_build_filename (folder, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (plain, "report.csv", NULL);
  g_autofree char *existing = g_build_filename (folder, "existing.csv", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) under_file_file = g_file_new_for_path (under_file);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_ptr_array_add (outcomes, make_outcome ("0A1B2C3D4E", NULL, "en", "m"));

  ck_assert (!hearth_report_write_csv (outcomes, missing_file, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  ck_assert_ptr_nonnull (strstr (error->message, missing));
  ck_assert_ptr_nonnull (strstr (error->message, "Choose a folder"));
  g_clear_error (&error);

  ck_assert (g_file_set_contents (plain, "x", -1, NULL));
  ck_assert (!hearth_report_write_csv (outcomes, under_file_file, &error));
  ck_assert_ptr_nonnull (error);
  ck_assert_ptr_nonnull (strstr (error->message, under_file));
  g_clear_error (&error);

  /* A folder is not replaced, and is left as it was. */
  ck_assert (!hearth_report_write_csv (outcomes, folder_file, &error));
  ck_assert_ptr_nonnull (error);
  ck_assert (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  /* An existing report is replaced whole. */
  ck_assert (g_file_set_contents (existing, "old report", -1, NULL));
  {
    g_autoptr(GFile) existing_file = g_file_new_for_path (existing);

    ck_assert (hearth_report_write_csv (outcomes, existing_file, NULL));
  }
  kept = read_file (existing);
  ck_assert (g_str_has_prefix (kept, BOM "participant,"));
}
END_TEST

static Suite *
report_suite (void)
{
  Suite *suite = suite_create ("report");
  TCase *tcase = tcase_create ("report");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_set_timeout (tcase, 60);
  tcase_add_test (tcase, test_outcomes_by_hand);
  tcase_add_test (tcase, test_outcomes_agree_with_progress);
  tcase_add_test (tcase, test_outcomes_of_one_workshop);
  tcase_add_test (tcase, test_csv_bytes);
  tcase_add_test (tcase, test_csv_file_has_no_names);
  tcase_add_test (tcase, test_csv_unwritable);
  suite_add_tcase (suite, tcase);
  return suite;
}

int
main (void)
{
  return hearth_test_run_suite (report_suite ());
}
