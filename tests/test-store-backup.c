/* test-store-backup.c: backups made while another connection writes;
 * restoring a good backup and an older one; refusing what is not a Hearth
 * profile, or is from a newer Hearth, with the profile left exactly as it
 * was; the automatic backup before a schema update
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "hearth-store-private.h"
#include "hearth-test-check.h"

static char *folder;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-backup-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&folder, g_free);
}

static void
exec_on (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  ck_assert_msg (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_close (db);
}

static gint64
query_int_on (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 value;

  ck_assert_int_eq (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  ck_assert_msg (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) == SQLITE_OK, "%s", sqlite3_errmsg (db));
  ck_assert_int_eq (sqlite3_step (statement), SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

/* Every row of every table and the schema version, as one checksum: two
 * profiles with the same digest hold the same things. */
static char *
digest (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;

  ck_assert_int_eq (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  ck_assert_int_eq (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_master ORDER BY name", -1,
                                        &statement, NULL), SQLITE_OK);
  while (sqlite3_step (statement) == SQLITE_ROW)
    {
      const char *sql = (const char *) sqlite3_column_text (statement, 1);

      g_checksum_update (checksum, sqlite3_column_text (statement, 0), -1);
      if (sql != NULL && g_str_has_prefix (sql, "CREATE TABLE"))
        g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (statement, 0)));
    }
  sqlite3_finalize (statement);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2",
                                              (const char *) g_ptr_array_index (tables, i));

      ck_assert_int_eq (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), SQLITE_OK);
      while (sqlite3_step (statement) == SQLITE_ROW)
        for (int column = 0; column < sqlite3_column_count (statement); column++)
          {
            const char *text = (const char *) sqlite3_column_text (statement, column);

            g_checksum_update (checksum, (const guchar *) (text != NULL ? text : "\x01NULL"), -1);
            g_checksum_update (checksum, (const guchar *) "\x1f", 1);
          }
      sqlite3_finalize (statement);
    }

  ck_assert_int_eq (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &statement, NULL), SQLITE_OK);
  ck_assert_int_eq (sqlite3_step (statement), SQLITE_ROW);
  g_checksum_update (checksum, sqlite3_column_text (statement, 0), -1);
  sqlite3_finalize (statement);
  sqlite3_close (db);

  return g_strdup (g_checksum_get_string (checksum));
}

static HearthStore *
store_with_learners (const char *dir,
                     guint       n)
{
  HearthStore *store = hearth_store_open (dir, NULL);

  ck_assert_ptr_nonnull (store);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Learner %u", i);
      g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, name, "bn", "avatar-1", NULL);

      ck_assert_ptr_nonnull (learner);
      ck_assert (hearth_store_complete_lesson (store, hearth_learner_get_id (learner), "m", "l", NULL));
    }
  return store;
}

static guint
count_backups (const char *prefix)
{
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autoptr(GDir) dir = g_dir_open (backups, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      n++;
  return n;
}

/* The one backup whose name starts with @prefix. */
static char *
find_backup (const char *prefix)
{
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autoptr(GDir) dir = g_dir_open (backups, 0, NULL);
  const char *name;

  ck_assert_ptr_nonnull (dir);
  ck_assert_uint_eq (count_backups (prefix), 1);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      return g_build_filename (backups, name, NULL);
  return NULL;
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf info;

  ck_assert_int_eq (g_stat (path, &info), 0);
  ck_assert_uint_eq (info.st_mode & 0777, mode);
}

typedef struct
{
  const char *path;
  gint        stop;
  gint        commits;
} Writer;

/* Another connection, as another Hearth window would be: each commit adds
 * a learner and her progress together, so a backup of one moment always has
 * as many progress rows as learners. */
static gpointer
write_cb (gpointer data)
{
  Writer *writer = data;
  sqlite3 *db = NULL;

  g_assert (sqlite3_open (writer->path, &db) == SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  while (!g_atomic_int_get (&writer->stop))
    {
      int status = sqlite3_exec (db,
                                 "BEGIN IMMEDIATE;"
                                 "INSERT INTO learners (display_name, language, avatar, created_at, participant_code) "
                                 "  VALUES ('Writer', 'en', 'avatar-1', 0, upper (hex (randomblob (5))));"
                                 "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, completed_at, updated_at) "
                                 "  VALUES (last_insert_rowid (), 'm', 'l', 1, 1);"
                                 "COMMIT;", NULL, NULL, NULL);

      g_assert (status == SQLITE_OK);
      g_atomic_int_inc (&writer->commits);
    }
  sqlite3_close (db);
  return NULL;
}

START_TEST (test_backup_while_writing)
{
  g_autoptr(HearthStore) store = store_with_learners (folder, 0);
  g_autofree char *backup = g_build_filename (folder, "backup.db", NULL);
  g_autofree char *journal = g_strconcat (backup, "-wal", NULL);
  Writer writer = { .path = hearth_store_get_path (store) };
  GThread *thread;
  guint backups = 0;
  gint commits_before;

  /* Enough rows that a copy takes a while. */
  exec_on (writer.path,
           "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
           "INSERT INTO learners (display_name, language, avatar, created_at, participant_code) "
           "  SELECT 'Learner ' || i, 'bn', 'avatar-1', i, printf ('%010X', i) FROM n;"
           "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, completed_at, updated_at) "
           "  SELECT id, 'm', 'l', 1, 1 FROM learners;");

  thread = g_thread_new ("writer", write_cb, &writer);
  /* Back up until the writer has committed during the backups many times. */
  while (g_atomic_int_get (&writer.commits) < 1)
    g_usleep (1000);
  commits_before = g_atomic_int_get (&writer.commits);
  while (backups < 5 || g_atomic_int_get (&writer.commits) < commits_before + 50)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *integrity = NULL;
      gint64 learners, progress;

      ck_assert_msg (hearth_store_backup (store, backup, &error), "%s", error ? error->message : "");
      backups++;

      learners = query_int_on (backup, "SELECT count (*) FROM learners");
      progress = query_int_on (backup, "SELECT count (*) FROM lesson_progress");
      ck_assert_int_ge (learners, 20000);
      ck_assert_int_eq (learners, progress);
      ck_assert_int_eq (query_int_on (backup, "SELECT count (*) FROM pragma_integrity_check "
                                              "WHERE integrity_check <> 'ok'"), 0);
      ck_assert_int_eq (query_int_on (backup, "PRAGMA user_version"), HEARTH_STORE_SCHEMA_VERSION);
      ck_assert_uint_lt (backups, 10000);
    }
  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);

  /* One plain file, for the owner only. */
  assert_mode (backup, 0600);
  ck_assert (!g_file_test (journal, G_FILE_TEST_EXISTS));
  ck_assert_int_eq (query_int_on (backup, "SELECT journal_mode = 'delete' FROM pragma_journal_mode"), 1);
}
END_TEST

START_TEST (test_backup_refuses_bad_places)
{
  g_autoptr(HearthStore) store = store_with_learners (folder, 1);
  g_autofree char *missing = g_build_filename (folder, "no-such-folder", "backup.db", NULL);
  g_autoptr(GError) error = NULL;

  ck_assert (!hearth_store_backup (store, missing, &error));
  ck_assert_ptr_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* Not over the profile itself. */
  ck_assert (!hearth_store_backup (store, hearth_store_get_path (store), &error));
  ck_assert_ptr_nonnull (error);
  ck_assert_int_eq (query_int_on (hearth_store_get_path (store), "SELECT count (*) FROM learners"), 1);
}
END_TEST

START_TEST (test_restore_good_backup)
{
  g_autoptr(HearthStore) store = store_with_learners (folder, 3);
  g_autofree char *backup = g_build_filename (folder, "backup.db", NULL);
  g_autofree char *backup_digest = NULL;
  g_autofree char *changed_digest = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert (hearth_store_backup (store, backup, NULL));
  backup_digest = digest (backup);

  /* Changed after the backup: one more learner, one renamed. */
  {
    g_autoptr(HearthLearner) added = hearth_store_add_learner (store, "After the backup", "ar", "avatar-2", NULL);
    ck_assert_ptr_nonnull (added);
  }
  exec_on (hearth_store_get_path (store), "UPDATE learners SET display_name = 'Renamed' WHERE id = 1");
  changed_digest = digest (hearth_store_get_path (store));
  ck_assert_str_ne (changed_digest, backup_digest);

  ck_assert_msg (hearth_store_restore (store, backup, &error), "%s", error ? error->message : "");

  /* The profile is the backup's, through the same open store. */
  {
    g_autofree char *restored_digest = digest (hearth_store_get_path (store));
    ck_assert_str_eq (restored_digest, backup_digest);
  }
  learners = hearth_store_list_learners (store, NULL);
  ck_assert_uint_eq (learners->len, 3);
  ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (learners, 0)), "Learner 0");
  ck_assert_int_eq (hearth_store_get_schema_version (store), HEARTH_STORE_SCHEMA_VERSION);

  /* What was there before is kept aside, for the owner only. */
  aside = find_backup ("profile-before-restore-");
  {
    g_autofree char *aside_digest = digest (aside);
    ck_assert_str_eq (aside_digest, changed_digest);
  }
  assert_mode (backups, 0700);
  assert_mode (aside, 0600);
}
END_TEST

/* A file is refused with @reason in the message, and the profile, and the
 * folder it is in, stay exactly as they were. */
static void
assert_refused (HearthStore *store,
                const char  *file,
                GQuark       domain,
                int          code,
                const char  *reason)
{
  g_autofree char *before = digest (hearth_store_get_path (store));
  g_autofree char *after = NULL;
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert (!hearth_store_restore (store, file, &error));
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (g_error_matches (error, domain, code), "%s", error->message);
  ck_assert_msg (strstr (error->message, reason) != NULL, "“%s” lacks “%s”", error->message, reason);
  ck_assert_ptr_nonnull (strstr (error->message, "Nothing was changed"));

  after = digest (hearth_store_get_path (store));
  ck_assert_str_eq (after, before);
  ck_assert (!g_file_test (backups, G_FILE_TEST_EXISTS));

  /* And the open store still works. */
  learners = hearth_store_list_learners (store, NULL);
  ck_assert_ptr_nonnull (learners);
  ck_assert_uint_gt (learners->len, 0);
}

START_TEST (test_restore_refusals)
{
  g_autoptr(HearthStore) store = store_with_learners (folder, 2);
  g_autofree char *other = g_build_filename (folder, "other", NULL);
  g_autofree char *text = g_build_filename (other, "notes.txt", NULL);
  g_autofree char *random = g_build_filename (other, "random.bin", NULL);
  g_autofree char *empty = g_build_filename (other, "empty.db", NULL);
  g_autofree char *newer = g_build_filename (other, "newer.db", NULL);
  g_autofree char *stranger = g_build_filename (other, "stranger.db", NULL);
  g_autofree char *partial = g_build_filename (other, "partial.db", NULL);
  guchar noise[16384];

  ck_assert_int_eq (g_mkdir (other, 0700), 0);
  ck_assert (g_file_set_contents (text, "These are not the learners you are looking for.\n", -1, NULL));
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guchar) g_random_int_range (0, 256);
  ck_assert (g_file_set_contents (random, (const char *) noise, sizeof noise, NULL));
  ck_assert (g_file_set_contents (empty, "", 0, NULL));

  /* A real profile, marked as from a newer Hearth. */
  ck_assert (hearth_store_backup (store, newer, NULL));
  exec_on (newer, "PRAGMA user_version = 99;");
  /* A database some other program made. */
  exec_on (stranger, "CREATE TABLE learners (id INTEGER PRIMARY KEY, name TEXT); PRAGMA user_version = 3;");
  /* A profile missing a table its version has. */
  ck_assert (hearth_store_backup (store, partial, NULL));
  exec_on (partial, "DROP TABLE survey_responses;");

  assert_refused (store, text, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN, "not a database file");
  assert_refused (store, random, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN, "not a database file");
  assert_refused (store, empty, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN, "not a Hearth profile");
  assert_refused (store, newer, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TOO_NEW, "newer version of Hearth");
  assert_refused (store, stranger, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN, "“display_name”");
  assert_refused (store, partial, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN, "“survey_responses”");
  assert_refused (store, other, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN, "not a file");
  assert_refused (store, hearth_store_get_path (store), HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                  "the profile Hearth is using");
}
END_TEST

/* A profile an older Hearth made is restored and brought up to date. */
START_TEST (test_restore_older_version)
{
  g_autoptr(HearthStore) store = store_with_learners (folder, 1);
  g_autofree char *old_folder = g_build_filename (folder, "old", NULL);
  g_autofree char *old_profile = g_build_filename (old_folder, HEARTH_STORE_FILE_NAME, NULL);
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *update_backup = NULL;

  {
    g_autoptr(HearthStore) old = hearth_store_open_at_version (old_folder, 4, NULL);

    ck_assert_ptr_nonnull (old);
    exec_on (old_profile, "INSERT INTO learners (display_name, language, avatar, created_at) "
                          "VALUES ('From version 4', 'so', 'avatar-3', 1)");
  }

  ck_assert_msg (hearth_store_restore (store, old_profile, &error), "%s", error ? error->message : "");
  ck_assert_int_eq (hearth_store_get_schema_version (store), HEARTH_STORE_SCHEMA_VERSION);
  learners = hearth_store_list_learners (store, NULL);
  ck_assert_uint_eq (learners->len, 1);
  ck_assert_str_eq (hearth_learner_get_display_name (g_ptr_array_index (learners, 0)), "From version 4");
  ck_assert_int_eq (query_int_on (hearth_store_get_path (store),
                                  "SELECT length (participant_code) FROM learners"), 10);

  ck_assert_uint_eq (count_backups ("profile-before-restore-"), 1);
  update_backup = find_backup ("profile-before-update-4-to-5-");
  ck_assert_int_eq (query_int_on (update_backup, "PRAGMA user_version"), 4);
}
END_TEST

START_TEST (test_backup_before_migration)
{
  g_autofree char *profile = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(HearthStore) old = hearth_store_open_at_version (folder, 3, NULL);

    ck_assert_ptr_nonnull (old);
    /* A new profile has nothing to keep: no backup. */
    ck_assert (!g_file_test (backups, G_FILE_TEST_EXISTS));
    exec_on (profile, "INSERT INTO learners (display_name, language, avatar, created_at) "
                      "VALUES ('Before the update', 'bn', 'avatar-1', 1)");
  }

  store = hearth_store_open (folder, &error);
  ck_assert_ptr_nonnull (store);
  ck_assert_int_eq (hearth_store_get_schema_version (store), HEARTH_STORE_SCHEMA_VERSION);

  copy = find_backup ("profile-before-update-3-to-5-");
  ck_assert_int_eq (query_int_on (copy, "PRAGMA user_version"), 3);
  ck_assert_int_eq (query_int_on (copy, "SELECT count (*) FROM learners WHERE display_name = 'Before the update'"), 1);
  assert_mode (backups, 0700);
  assert_mode (copy, 0600);

  /* Opening it again, with nothing to update, makes no more. */
  g_clear_object (&store);
  store = hearth_store_open (folder, NULL);
  ck_assert_ptr_nonnull (store);
  ck_assert_uint_eq (count_backups ("profile-before-update-"), 1);
}
END_TEST

static Suite *
backup_suite (void)
{
  Suite *suite = suite_create ("store-backup");
  TCase *tcase = tcase_create ("store-backup");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_set_timeout (tcase, 120);
  tcase_add_test (tcase, test_backup_while_writing);
  tcase_add_test (tcase, test_backup_refuses_bad_places);
  tcase_add_test (tcase, test_restore_good_backup);
  tcase_add_test (tcase, test_restore_refusals);
  tcase_add_test (tcase, test_restore_older_version);
  tcase_add_test (tcase, test_backup_before_migration);
  suite_add_tcase (suite, tcase);
  return suite;
}

int
main (void)
{
  return hearth_test_run_suite (backup_suite ());
}
