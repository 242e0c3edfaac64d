/* test-erase.c: changing a learner, and erasing her down to the last row of
 * every table, overwritten in the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <gio/gio.h>
#include <string.h>

#include "hearth-store-private.h"
#include "hearth-test-check.h"
#include "hearth-test-db.h"

static char *folder;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-erase-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&folder, g_free);
}

/* Changing a learner */

START_TEST (test_update_learner)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) amina = hearth_store_add_learner (store, "Amina", "en", "moon", NULL);
  g_autoptr(HearthLearner) gone = hearth_learner_new (4242, "Nobody", "en", "moon");
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop;

  ck_assert (hearth_store_update_learner (store, amina, "Amina Begum", "bird", &error));
  ck_assert_str_eq (hearth_learner_get_display_name (amina), "Amina Begum");
  ck_assert_str_eq (hearth_learner_get_avatar (amina), "bird");
  ck_assert (!hearth_store_update_learner (store, amina, "  ", "bird", &error));
  ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_INVALID_NAME));
  g_clear_error (&error);
  ck_assert_str_eq (hearth_learner_get_display_name (amina), "Amina Begum");
  ck_assert (!hearth_store_update_learner (store, gone, "Somebody", "moon", &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_error (&error);

  raw_exec (folder, "INSERT INTO workshops (name, held_on, created_at) VALUES ('Tuesday group', '2025-03-04', 0)");
  workshop = raw_query_int (folder, "SELECT id FROM workshops");
  ck_assert (hearth_store_set_learner_workshop (store, hearth_learner_get_id (amina), workshop, &error));
  learners = hearth_store_list_learners (store, NULL);
  ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (learners, 0)), "Amina Begum");
  ck_assert_str_eq (hearth_learner_get_avatar (g_ptr_array_index (learners, 0)), "bird");
  ck_assert_int_eq (hearth_learner_get_workshop_id (g_ptr_array_index (learners, 0)), workshop);

  ck_assert (!hearth_store_set_learner_workshop (store, hearth_learner_get_id (amina), workshop + 1, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_error (&error);
  ck_assert (hearth_store_set_learner_workshop (store, hearth_learner_get_id (amina), 0, &error));
  ck_assert_int_eq (raw_query_int (folder, "SELECT count(*) FROM learners WHERE workshop_id IS NULL"), 1);
}
END_TEST

/* Erase */

/* Tables with nobody's data in particular: they stay as they were when a
 * learner is erased. Every other table must hold rows of both learners in
 * the fixture below, so a table added later cannot be forgotten. */
static const char * const shared_tables[] = { "workshops", "settings", "local_contacts", NULL };

#define ERASED_NAME "Zainab-to-be-erased"
#define ERASED_CHILD "Child-of-Zainab"
#define ERASED_RULE "Zainab's own rule: phones sleep in the kitchen"

/* Gives a learner some of everything: lessons, two quiz attempts with
 * answers, the survey before and after, two family agreements with children
 * and rules, a PIN and a workshop. */
static void
fill_learner (HearthStore   *store,
              HearthLearner *learner,
              const char    *child,
              const char    *rule)
{
  gint64 id = hearth_learner_get_id (learner);
  g_autofree char *survey = NULL;

  ck_assert (hearth_store_save_lesson_step (store, id, "m1", "m1-l1", 2, NULL));
  ck_assert (hearth_store_complete_lesson (store, id, "m1", "m1-l1", NULL));
  ck_assert (hearth_store_save_lesson_step (store, id, "m1", "m1-l2", 1, NULL));

  for (guint a = 0; a < 2; a++)
    {
      gint64 attempt = hearth_store_start_quiz_attempt (store, id, "m1", NULL);

      ck_assert_int_gt (attempt, 0);
      ck_assert (hearth_store_save_quiz_answer (store, attempt, "q1", "a", TRUE, 1, NULL));
      ck_assert (hearth_store_save_quiz_answer (store, attempt, "q2", "b", FALSE, 2, NULL));
      ck_assert (hearth_store_finish_quiz_attempt (store, attempt, 1, 2, NULL));
    }

  survey = g_strdup_printf ("INSERT INTO survey_responses (learner_id, module_id, phase, confidence_1, confidence_2, "
                            "confidence_3, intention, answered_at) VALUES "
                            "(%1$" G_GINT64_FORMAT ", 'm1', 'before', 2, 3, 2, NULL, 1),"
                            "(%1$" G_GINT64_FORMAT ", 'm1', 'after', 4, 4, 5, 5, 2)", id);
  raw_exec (folder, survey);

  for (guint p = 0; p < 2; p++)
    {
      g_autoptr(HearthPolicy) policy = hearth_policy_new (p == 0 ? "Our home" : "Grandmother's house");

      ck_assert (hearth_policy_add_child (policy, child, 9, NULL));
      ck_assert (hearth_policy_add_child (policy, "Second child", 14, NULL));
      ck_assert (hearth_policy_add_own_rule (policy, "devices", rule, NULL));
      ck_assert (hearth_policy_add_own_rule (policy, "gaming", "Games after homework.", NULL));
      ck_assert (hearth_store_save_policy (store, id, policy, NULL));
    }

  ck_assert (hearth_store_set_learner_pin (store, id, "2580", NULL));
  ck_assert (hearth_store_set_learner_workshop (store, id, raw_query_int (folder, "SELECT min (id) FROM workshops"), NULL));
}

static GPtrArray *
list_tables (sqlite3 *db)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *statement = NULL;

  ck_assert_int_eq (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &statement, NULL),
                    SQLITE_OK);
  while (sqlite3_step (statement) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (statement, 0)));
  sqlite3_finalize (statement);
  return tables;
}

static gboolean
has_learner_column (sqlite3    *db,
                    const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info ('%s') WHERE name = 'learner_id'",
                                          table);

  return query_int (db, sql) > 0;
}

static gint64
count_rows (sqlite3    *db,
            const char *table,
            const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"%s%s", table,
                                          where != NULL ? " WHERE " : "", where != NULL ? where : "");

  return query_int (db, sql);
}

static gboolean
file_contains (const char *path,
               const char *text)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  /* The file has NULs in it: no string search. */
  for (gsize i = 0; i + strlen (text) <= length; i++)
    if (memcmp (contents + i, text, strlen (text)) == 0)
      return TRUE;
  return FALSE;
}

START_TEST (test_erase_learner)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) zainab = hearth_store_add_learner (store, ERASED_NAME, "ar", "moon", NULL);
  g_autoptr(HearthLearner) rokeya = hearth_store_add_learner (store, "Rokeya", "bn", "star", NULL);
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GArray) before = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *kept_where = g_strdup_printf ("learner_id = %" G_GINT64_FORMAT, hearth_learner_get_id (rokeya));
  g_autofree char *gone_where = g_strdup_printf ("learner_id = %" G_GINT64_FORMAT, hearth_learner_get_id (zainab));
  g_autoptr(GArray) kept_before = g_array_new (FALSE, TRUE, sizeof (gint64));
  sqlite3 *db;

  /* Something in each shared table too, which must stay. */
  raw_exec (folder, "INSERT INTO workshops (name, held_on, created_at) VALUES ('Tuesday group', '2025-03-04', 0);"
            "INSERT INTO local_contacts (name, phone, when_to_call, created_at) VALUES ('Hub', '0345 603 7627', 'Any time', 0)");
  ck_assert (hearth_store_set_trainer_pin (store, "4321", NULL));
  fill_learner (store, zainab, ERASED_CHILD, ERASED_RULE);
  fill_learner (store, rokeya, "Rokeya's child", "Rokeya's own rule");

  db = raw_open (folder);
  tables = list_tables (db);
  ck_assert_uint_ge (tables->len, 11);
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      gint64 rows = count_rows (db, table, NULL);
      gint64 kept = has_learner_column (db, table) ? count_rows (db, table, kept_where) : 0;

      ck_assert_msg (rows > 0, "table “%s” is empty in the fixture: give both learners rows in it "
                               "(fill_learner), or list it in shared_tables", table);
      g_array_append_val (before, rows);
      g_array_append_val (kept_before, kept);
    }
  sqlite3_close (db);

  ck_assert (hearth_store_delete_learner (store, hearth_learner_get_id (zainab), &error));
  ck_assert_ptr_null (error);
  /* Erased once: the second time, she is not there. */
  ck_assert (!hearth_store_delete_learner (store, hearth_learner_get_id (zainab), &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));

  db = raw_open (folder);
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      gint64 rows = count_rows (db, table, NULL);
      gint64 had = g_array_index (before, gint64, i);

      if (g_strv_contains (shared_tables, table))
        ck_assert_msg (rows == had, "shared table “%s”: %" G_GINT64_FORMAT " rows, had %" G_GINT64_FORMAT,
                       table, rows, had);
      else
        /* Both learners had the same of everything: half is left, hers gone. */
        ck_assert_msg (rows * 2 == had, "table “%s”: %" G_GINT64_FORMAT " rows left of %" G_GINT64_FORMAT
                                        ", expected only Rokeya's half", table, rows, had);

      if (has_learner_column (db, table))
        {
          ck_assert_msg (count_rows (db, table, gone_where) == 0, "table “%s” still has Zainab's rows", table);
          ck_assert_int_eq (count_rows (db, table, kept_where), g_array_index (kept_before, gint64, i));
        }
    }

  /* Nothing points at what is gone. */
  ck_assert_int_eq (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  ck_assert_int_eq (count_rows (db, "learners", "display_name = '" ERASED_NAME "'"), 0);
  ck_assert_int_eq (count_rows (db, "learners", "display_name = 'Rokeya' AND pin_hash IS NOT NULL "
                                                "AND workshop_id IS NOT NULL"), 1);
  ck_assert_int_eq (count_rows (db, "policy_children", "name = 'Rokeya''s child'"), 2);
  ck_assert_int_eq (count_rows (db, "policy_rules", "text = 'Rokeya''s own rule'"), 2);
  sqlite3_close (db);

  /* Overwritten in the file, not only marked free (secure_delete). */
  g_clear_object (&store);
  ck_assert (g_file_test (path, G_FILE_TEST_EXISTS));
  ck_assert_msg (!file_contains (path, ERASED_NAME), "her name is still in the file");
  ck_assert_msg (!file_contains (path, ERASED_CHILD), "her child's name is still in the file");
  ck_assert_msg (!file_contains (path, ERASED_RULE), "her rule is still in the file");
  ck_assert_msg (!file_contains (wal, ERASED_NAME), "her name is still in the journal");
  ck_assert (file_contains (path, "Rokeya's own rule"));
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("erase");
  TCase *tcase = tcase_create ("erase");

  tcase_set_timeout (tcase, 120);
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_update_learner);
  tcase_add_test (tcase, test_erase_learner);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
