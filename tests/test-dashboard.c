/* test-dashboard.c: workshops kept, changed and refused; the trainer's
 * dashboard added up by hand for a small profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <gio/gio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "hearth-dashboard.h"
#include "hearth-test-check.h"
#include "hearth-workshop.h"

static char *folder;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-dashboard-XXXXXX", NULL);
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
  value = sqlite3_column_type (statement, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

static void
assert_error (GError     *error,
              GQuark      domain,
              int         code,
              const char *message)
{
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (error->domain == domain && error->code == code,
                 "expected %s %d, got %s %d: %s", g_quark_to_string (domain), code,
                 g_quark_to_string (error->domain), error->code, error->message);
  if (message != NULL)
    ck_assert_str_eq (error->message, message);
}

/* Workshops */

START_TEST (test_workshop_crud)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (folder, &error);
  g_autoptr(GPtrArray) workshops = NULL;
  g_autoptr(HearthWorkshop) found = NULL;
  HearthWorkshop *workshop;
  gint64 spring, autumn;

  ck_assert_ptr_nonnull (store);

  /* Spaces at either end are not kept; a place is optional. */
  spring = hearth_store_add_workshop (store, "  Spring group  ", "2024-03-21", NULL, &error);
  ck_assert_ptr_null (error);
  ck_assert_int_gt (spring, 0);
  autumn = hearth_store_add_workshop (store, "শরৎ দল", "2024-10-02", "Grays Community Centre", &error);
  ck_assert_ptr_null (error);
  ck_assert_int_gt (autumn, spring);

  /* The latest first. */
  workshops = hearth_store_list_workshops (store, &error);
  ck_assert_ptr_nonnull (workshops);
  ck_assert_uint_eq (workshops->len, 2);
  workshop = g_ptr_array_index (workshops, 0);
  ck_assert_int_eq (workshop->id, autumn);
  ck_assert_str_eq (workshop->name, "শরৎ দল");
  ck_assert_str_eq (workshop->held_on, "2024-10-02");
  ck_assert_str_eq (workshop->place, "Grays Community Centre");
  workshop = g_ptr_array_index (workshops, 1);
  ck_assert_int_eq (workshop->id, spring);
  ck_assert_str_eq (workshop->name, "Spring group");
  ck_assert_str_eq (workshop->place, "");

  /* Found by its exact name, spaces around it aside. */
  found = hearth_store_find_workshop_by_name (store, " Spring group", &error);
  ck_assert_ptr_null (error);
  ck_assert_int_eq (found->id, spring);
  ck_assert_ptr_null (hearth_store_find_workshop_by_name (store, "spring group", &error));
  assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, NULL);
  ck_assert_ptr_nonnull (strstr (error->message, "“spring group”"));
  g_clear_error (&error);

  /* Changed, keeping its own name; the date moves it in the list. */
  ck_assert (hearth_store_update_workshop (store, spring, "Spring group", "2025-01-15", "Library", &error));
  ck_assert_ptr_null (error);
  g_clear_pointer (&workshops, g_ptr_array_unref);
  workshops = hearth_store_list_workshops (store, NULL);
  workshop = g_ptr_array_index (workshops, 0);
  ck_assert_int_eq (workshop->id, spring);
  ck_assert_str_eq (workshop->held_on, "2025-01-15");
  ck_assert_str_eq (workshop->place, "Library");

  /* Another's name is taken. */
  ck_assert (!hearth_store_update_workshop (store, spring, "শরৎ দল", "2025-01-15", NULL, &error));
  assert_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_SAME_NAME, NULL);
  g_clear_error (&error);
  ck_assert_int_eq (hearth_store_add_workshop (store, "Spring group ", "2025-02-01", NULL, &error), 0);
  assert_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_SAME_NAME,
                "There is already a workshop called “Spring group”. Please choose another name, "
                "for example with the place or the month in it.");
  g_clear_error (&error);

  /* One that has gone. */
  ck_assert (!hearth_store_update_workshop (store, 999, "Gone", "2025-01-15", NULL, &error));
  assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);
  ck_assert (!hearth_store_delete_workshop (store, 999, &error));
  assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);

  ck_assert (hearth_store_delete_workshop (store, autumn, &error));
  g_clear_pointer (&workshops, g_ptr_array_unref);
  workshops = hearth_store_list_workshops (store, NULL);
  ck_assert_uint_eq (workshops->len, 1);
  ck_assert_int_eq (raw_query_int ("SELECT count (*) FROM workshops"), 1);
}
END_TEST

START_TEST (test_workshop_bad_input)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (folder, &error);
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GString) long_place = g_string_new (NULL);
  const struct { const char *date; const char *message; } bad_dates[] = {
    { "2023-02-29", "There is no day 2023-02-29 in the calendar. Please check the month and the day." },
    { "2024-13-01", "There is no day 2024-13-01 in the calendar. Please check the month and the day." },
    { "2024-04-31", "There is no day 2024-04-31 in the calendar. Please check the month and the day." },
    { "0000-01-01", "There is no day 0000-01-01 in the calendar. Please check the month and the day." },
    { "21/03/2024", "Please type the date as year, month and day, like this: 2024-03-21." },
    { "2024-3-21", "Please type the date as year, month and day, like this: 2024-03-21." },
    { "2024-03-21 ", "Please type the date as year, month and day, like this: 2024-03-21." },
    { "२०२४-०३-२१", "Please type the date as year, month and day, like this: 2024-03-21." },
    { "", "Please type the date as year, month and day, like this: 2024-03-21." },
    { NULL, "Please type the date as year, month and day, like this: 2024-03-21." },
  };

  ck_assert_ptr_nonnull (store);

  /* A name is needed. */
  for (guint i = 0; i < 3; i++)
    {
      const char *empty[] = { NULL, "", " \t\n " };

      ck_assert_int_eq (hearth_store_add_workshop (store, empty[i], "2024-03-21", NULL, &error), 0);
      assert_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_NAME, "Please give the workshop a name.");
      g_clear_error (&error);
    }

  /* 80 letters in any script, counted as letters, not bytes. */
  for (guint i = 0; i < HEARTH_WORKSHOP_NAME_MAX_CHARS; i++)
    g_string_append (long_name, "ক");
  ck_assert_int_gt (hearth_store_add_workshop (store, long_name->str, "2024-03-21", NULL, &error), 0);
  ck_assert_ptr_null (error);
  g_string_append (long_name, "খ");
  ck_assert_int_eq (hearth_store_add_workshop (store, long_name->str, "2024-03-21", NULL, &error), 0);
  assert_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_NAME,
                "A workshop name can have at most 80 letters. Please make it shorter.");
  g_clear_error (&error);

  /* Real days only, written year-month-day; 2024 is a leap year. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      ck_assert_int_eq (hearth_store_add_workshop (store, "Tuesday group", bad_dates[i].date, NULL, &error), 0);
      assert_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_DATE, bad_dates[i].message);
      g_clear_error (&error);
    }
  ck_assert_int_gt (hearth_store_add_workshop (store, "Tuesday group", "2024-02-29", NULL, &error), 0);
  ck_assert_ptr_null (error);

  for (guint i = 0; i <= HEARTH_WORKSHOP_PLACE_MAX_CHARS; i++)
    g_string_append (long_place, "م");
  ck_assert_int_eq (hearth_store_add_workshop (store, "Wednesday group", "2024-03-21", long_place->str, &error), 0);
  assert_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_PLACE,
                "A place can have at most 120 letters. Please make it shorter.");
  g_clear_error (&error);

  /* A change that is refused changes nothing. */
  ck_assert (!hearth_store_update_workshop (store, 2, "", "2024-02-29", NULL, &error));
  g_clear_error (&error);
  ck_assert_int_eq (raw_query_int ("SELECT count (*) FROM workshops WHERE name = 'Tuesday group'"), 1);
  ck_assert_int_eq (raw_query_int ("SELECT count (*) FROM workshops"), 2);
}
END_TEST

START_TEST (test_workshop_learners)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (folder, &error);
  g_autoptr(HearthLearner) amina = NULL;
  g_autoptr(HearthLearner) bina = NULL;
  g_autoptr(HearthLearner) chandra = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autofree char *sql = NULL;
  gint64 workshop;

  ck_assert_ptr_nonnull (store);
  workshop = hearth_store_add_workshop (store, "Spring group", "2024-03-21", NULL, &error);
  amina = hearth_store_add_learner (store, "Amina", "en", "cat", &error);
  bina = hearth_store_add_learner (store, "Bina", "bn", "tree", &error);
  chandra = hearth_store_add_learner (store, "Chandra", "ar", "sun", &error);
  ck_assert_ptr_null (error);

  sql = g_strdup_printf ("UPDATE learners SET workshop_id = %" G_GINT64_FORMAT " WHERE id IN (%" G_GINT64_FORMAT
                         ", %" G_GINT64_FORMAT ")", workshop, hearth_learner_get_id (chandra),
                         hearth_learner_get_id (amina));
  raw_exec (sql);

  /* In the order they were added. */
  members = hearth_store_list_workshop_learners (store, workshop, &error);
  ck_assert_ptr_nonnull (members);
  ck_assert_uint_eq (members->len, 2);
  ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (members, 0)), "Amina");
  ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (members, 1)), "Chandra");
  g_clear_pointer (&members, g_ptr_array_unref);

  members = hearth_store_list_workshop_learners (store, 0, &error);
  ck_assert_uint_eq (members->len, 1);
  ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (members, 0)), "Bina");
  g_clear_pointer (&members, g_ptr_array_unref);

  /* Deleting the workshop keeps its learners, in no workshop. */
  ck_assert (hearth_store_delete_workshop (store, workshop, &error));
  ck_assert_int_eq (raw_query_int ("SELECT count (*) FROM learners"), 3);
  ck_assert_int_eq (raw_query_int ("SELECT count (*) FROM learners WHERE workshop_id IS NULL"), 3);
  members = hearth_store_list_workshop_learners (store, 0, &error);
  ck_assert_uint_eq (members->len, 3);
  g_clear_pointer (&members, g_ptr_array_unref);
  members = hearth_store_list_workshop_learners (store, workshop, &error);
  ck_assert_uint_eq (members->len, 0);
}
END_TEST

/* The dashboard */

static HearthOutcome *
outcome_new (gint64      learner_id,
             const char *name,
             const char *module_id,
             gboolean    started,
             gboolean    completed,
             int         quiz_score,
             int         quiz_total,
             double      before,
             double      after)
{
  HearthOutcome *outcome = g_new0 (HearthOutcome, 1);

  outcome->learner_id = learner_id;
  outcome->participant_code = g_strdup ("0123456789");
  outcome->display_name = g_strdup (name);
  outcome->language = g_strdup ("en");
  outcome->module_id = g_strdup (module_id);
  outcome->started = started;
  outcome->completed = completed;
  outcome->quiz_score = quiz_score;
  outcome->quiz_total = quiz_total;
  outcome->confidence_before = before;
  outcome->confidence_after = after;
  return outcome;
}

#define assert_close(a, b) ck_assert_double_eq_tol ((a), (b), 1e-9)

/* From outcomes alone, in an order that is not the usual one. */
START_TEST (test_dashboard_from_outcomes)
{
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_outcome_free);
  g_autoptr(HearthDashboard) dashboard = NULL;
  g_autoptr(HearthDashboard) empty = NULL;
  HearthDashboardLearner *learner;

  g_ptr_array_add (outcomes, outcome_new (7, "Hawa", "a", TRUE, TRUE, 3, 4, 2.0, 4.0));
  g_ptr_array_add (outcomes, outcome_new (9, "Iqra", "a", TRUE, FALSE, -1, 0, 1.0, NAN));
  g_ptr_array_add (outcomes, outcome_new (7, "Hawa", "b", TRUE, FALSE, 1, 3, NAN, NAN));
  g_ptr_array_add (outcomes, outcome_new (9, "Iqra", "b", FALSE, FALSE, -1, 0, NAN, NAN));
  /* A second row for the same learner and module is not counted twice. */
  g_ptr_array_add (outcomes, outcome_new (7, "Hawa", "a", TRUE, TRUE, 0, 4, 5.0, 5.0));

  dashboard = hearth_dashboard_new (outcomes);
  ck_assert_uint_eq (dashboard->n_modules, 2);
  ck_assert_uint_eq (dashboard->learners->len, 2);
  ck_assert_str_eq (dashboard->modules[0].module_id, "a");
  ck_assert_int_eq (hearth_dashboard_find_module (dashboard, "b"), 1);
  ck_assert_int_eq (hearth_dashboard_find_module (dashboard, "c"), -1);

  learner = g_ptr_array_index (dashboard->learners, 0);
  ck_assert_str_eq (learner->display_name, "Hawa");
  ck_assert_uint_eq (learner->modules_started, 2);
  ck_assert_uint_eq (learner->modules_completed, 1);
  ck_assert_int_eq (learner->modules[1]->quiz_score, 1);
  learner = g_ptr_array_index (dashboard->learners, 1);
  ck_assert_uint_eq (learner->modules_started, 1);
  ck_assert_uint_eq (learner->modules_completed, 0);

  /* a: Hawa's 3 of 4 is the only quiz: 75%; before (2 + 1) / 2; after Hawa's 4 alone. */
  ck_assert_uint_eq (dashboard->modules[0].started, 2);
  ck_assert_uint_eq (dashboard->modules[0].completed, 1);
  ck_assert_uint_eq (dashboard->modules[0].quiz_takers, 1);
  assert_close (dashboard->modules[0].mean_quiz_percent, 75.0);
  ck_assert_uint_eq (dashboard->modules[0].answered_before, 2);
  assert_close (dashboard->modules[0].mean_confidence_before, 1.5);
  ck_assert_uint_eq (dashboard->modules[0].answered_after, 1);
  assert_close (dashboard->modules[0].mean_confidence_after, 4.0);
  /* b: 1 of 3; nobody answered the survey. */
  assert_close (dashboard->modules[1].mean_quiz_percent, 100.0 / 3.0);
  ck_assert (isnan (dashboard->modules[1].mean_confidence_before));
  ck_assert (isnan (dashboard->modules[1].mean_confidence_after));
  /* (2 + 1) / 2 started, (1 + 0) / 2 completed. */
  assert_close (dashboard->mean_modules_started, 1.5);
  assert_close (dashboard->mean_modules_completed, 0.5);

  /* Nobody yet: nothing to average. */
  g_ptr_array_set_size (outcomes, 0);
  empty = hearth_dashboard_new (outcomes);
  ck_assert_uint_eq (empty->n_modules, 0);
  ck_assert_uint_eq (empty->learners->len, 0);
  ck_assert (isnan (empty->mean_modules_completed));
}
END_TEST

static void
complete_module (HearthStore  *store,
                 HearthLearner *learner,
                 HearthModule *module)
{
  for (guint i = 0; i < module->lessons->len; i++)
    ck_assert (hearth_store_complete_lesson (store, hearth_learner_get_id (learner), module->id,
                                             ((HearthLesson *) g_ptr_array_index (module->lessons, i))->id, NULL));
}

static void
finish_quiz (HearthStore   *store,
             HearthLearner *learner,
             HearthModule  *module,
             guint          score,
             guint          total)
{
  gint64 attempt = hearth_store_start_quiz_attempt (store, hearth_learner_get_id (learner), module->id, NULL);

  ck_assert_int_gt (attempt, 0);
  ck_assert (hearth_store_finish_quiz_attempt (store, attempt, score, total, NULL));
}

/* A survey answer, straight into the table; NULL items were left out. */
static void
answer_survey (HearthLearner *learner,
               HearthModule  *module,
               const char    *phase,
               const char    *items)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO survey_responses (learner_id, module_id, phase, skipped,"
                                          " confidence_1, confidence_2, confidence_3, answered_at)"
                                          " VALUES (%" G_GINT64_FORMAT ", '%s', '%s', %s, 1)",
                                          hearth_learner_get_id (learner), module->id, phase, items);
  raw_exec (sql);
}

/* A small profile with numbers worked out by hand:
 *
 *              module 1                          module 2
 * Amina (W)    done, quiz 6/10 then 8/10 (80%)   one step read
 *              sure 2,3,4 (3) → 4,5,5 (14/3)     survey skipped
 * Bina (W)     done, quiz 5/10 (50%)             done, quiz 3/4 (75%)
 *              sure 1,–,3 (2) → not asked
 * Chandra (W)  nothing yet
 * Dalia        done, quiz 10/10 (100%), sure 5,5,5 before
 */
START_TEST (test_dashboard_from_profile)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (folder, &error);
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autoptr(HearthLearner) amina = NULL;
  g_autoptr(HearthLearner) bina = NULL;
  g_autoptr(HearthLearner) chandra = NULL;
  g_autoptr(HearthLearner) dalia = NULL;
  g_autoptr(HearthDashboard) workshop = NULL;
  g_autoptr(HearthDashboard) everyone = NULL;
  g_autofree char *sql = NULL;
  HearthDashboardLearner *learner;
  HearthModule *first, *second;
  gint64 workshop_id;

  ck_assert_ptr_nonnull (store);
  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  ck_assert_uint_eq (hearth_course_get_n_modules (course), 5);
  first = hearth_course_get_module (course, 0);
  second = hearth_course_get_module (course, 1);

  workshop_id = hearth_store_add_workshop (store, "Spring group", "2024-03-21", NULL, &error);
  amina = hearth_store_add_learner (store, "Amina", "en", "cat", &error);
  bina = hearth_store_add_learner (store, "Bina", "bn", "tree", &error);
  chandra = hearth_store_add_learner (store, "Chandra", "ar", "sun", &error);
  dalia = hearth_store_add_learner (store, "Dalia", "en", "moon", &error);
  ck_assert_ptr_null (error);
  sql = g_strdup_printf ("UPDATE learners SET workshop_id = %" G_GINT64_FORMAT " WHERE display_name != 'Dalia'",
                         workshop_id);
  raw_exec (sql);

  complete_module (store, amina, first);
  finish_quiz (store, amina, first, 6, 10);
  finish_quiz (store, amina, first, 8, 10);
  answer_survey (amina, first, "before", "0, 2, 3, 4");
  answer_survey (amina, first, "after", "0, 4, 5, 5");
  ck_assert (hearth_store_save_lesson_step (store, hearth_learner_get_id (amina), second->id,
                                            ((HearthLesson *) g_ptr_array_index (second->lessons, 0))->id, 1, NULL));
  answer_survey (amina, second, "before", "1, NULL, NULL, NULL");

  complete_module (store, bina, first);
  finish_quiz (store, bina, first, 5, 10);
  answer_survey (bina, first, "before", "0, 1, NULL, 3");
  complete_module (store, bina, second);
  finish_quiz (store, bina, second, 3, 4);

  complete_module (store, dalia, first);
  finish_quiz (store, dalia, first, 10, 10);
  answer_survey (dalia, first, "before", "0, 5, 5, 5");

  workshop = hearth_dashboard_load (store, course, workshop_id, &error);
  ck_assert_ptr_null (error);
  ck_assert_ptr_nonnull (workshop);
  ck_assert_uint_eq (workshop->n_modules, 5);
  ck_assert_str_eq (workshop->modules[0].module_id, first->id);
  ck_assert_uint_eq (workshop->learners->len, 3);

  learner = g_ptr_array_index (workshop->learners, 0);
  ck_assert_str_eq (learner->display_name, "Amina");
  ck_assert_uint_eq (learner->modules_started, 2);
  ck_assert_uint_eq (learner->modules_completed, 1);
  ck_assert_int_eq (learner->modules[0]->quiz_score, 8);
  ck_assert_int_eq (learner->modules[0]->quiz_total, 10);
  ck_assert_int_eq (learner->modules[1]->quiz_score, -1);
  learner = g_ptr_array_index (workshop->learners, 1);
  ck_assert_str_eq (learner->display_name, "Bina");
  ck_assert_uint_eq (learner->modules_started, 2);
  ck_assert_uint_eq (learner->modules_completed, 2);
  ck_assert_int_eq (learner->modules[1]->quiz_score, 3);
  learner = g_ptr_array_index (workshop->learners, 2);
  ck_assert_str_eq (learner->display_name, "Chandra");
  ck_assert_uint_eq (learner->modules_started, 0);
  ck_assert_uint_eq (learner->modules_completed, 0);

  /* (1 + 2 + 0) / 3 completed, (2 + 2 + 0) / 3 started: Chandra counts. */
  assert_close (workshop->mean_modules_completed, 1.0);
  assert_close (workshop->mean_modules_started, 4.0 / 3.0);
  /* Module 1: (80 + 50) / 2; before (3 + 2) / 2; after Amina's 14/3 alone. */
  ck_assert_uint_eq (workshop->modules[0].started, 2);
  ck_assert_uint_eq (workshop->modules[0].completed, 2);
  ck_assert_uint_eq (workshop->modules[0].quiz_takers, 2);
  assert_close (workshop->modules[0].mean_quiz_percent, 65.0);
  ck_assert_uint_eq (workshop->modules[0].answered_before, 2);
  assert_close (workshop->modules[0].mean_confidence_before, 2.5);
  ck_assert_uint_eq (workshop->modules[0].answered_after, 1);
  assert_close (workshop->modules[0].mean_confidence_after, 14.0 / 3.0);
  /* Module 2: Bina's 75%; Amina skipped its survey. */
  ck_assert_uint_eq (workshop->modules[1].started, 2);
  ck_assert_uint_eq (workshop->modules[1].completed, 1);
  assert_close (workshop->modules[1].mean_quiz_percent, 75.0);
  ck_assert_uint_eq (workshop->modules[1].answered_before, 0);
  ck_assert (isnan (workshop->modules[1].mean_confidence_before));
  /* Module 3: nobody yet. */
  ck_assert_uint_eq (workshop->modules[2].started, 0);
  ck_assert (isnan (workshop->modules[2].mean_quiz_percent));

  /* Everyone: Dalia too. */
  everyone = hearth_dashboard_load (store, course, 0, &error);
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (everyone->learners->len, 4);
  assert_close (everyone->mean_modules_completed, (1 + 2 + 0 + 1) / 4.0);
  assert_close (everyone->mean_modules_started, (2 + 2 + 0 + 1) / 4.0);
  assert_close (everyone->modules[0].mean_quiz_percent, (80.0 + 50.0 + 100.0) / 3.0);
  assert_close (everyone->modules[0].mean_confidence_before, (3.0 + 2.0 + 5.0) / 3.0);
  assert_close (everyone->modules[0].mean_confidence_after, 14.0 / 3.0);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("dashboard");
  TCase *tcase = tcase_create ("dashboard");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_workshop_crud);
  tcase_add_test (tcase, test_workshop_bad_input);
  tcase_add_test (tcase, test_workshop_learners);
  tcase_add_test (tcase, test_dashboard_from_outcomes);
  tcase_add_test (tcase, test_dashboard_from_profile);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
