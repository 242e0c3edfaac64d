/* hearth-store-backup.c: backing the profile up, and restoring it
 *
 * Part of HearthStore. A backup is SQLite's online backup of the open
 * profile: one read of one moment, so it is whole and consistent even while
 * Hearth (or another Hearth window) keeps writing. It goes to a temporary
 * file beside its final name, renamed into place once complete, and is a
 * plain single file (no -wal beside it) readable only by its owner, as it
 * holds names.
 *
 * Restoring checks the file first and changes nothing unless it is a Hearth
 * profile this Hearth can read; then it keeps the current profile aside in
 * <data folder>/backups/, copies the file into the open profile (so the
 * HearthStore stays valid, and any window on it sees the restored learners)
 * and brings it up to the current schema.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-store-internal.h"
#include "hearth-store-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#define BACKUPS_FOLDER "backups"
#define BUSY_WAIT_USEC (10 * G_USEC_PER_SEC)

typedef struct
{
  const char *table;
  int         since_version;
  const char *columns;  /* space-separated */
} RequiredTable;

/* What every profile of each version has: enough to be sure a file is a
 * Hearth profile, and that the migrations will find what they expect. */
static const RequiredTable required_tables[] = {
  { "learners", 1, "id display_name language avatar created_at" },
  { "lesson_progress", 1, "learner_id module_id lesson_id last_step completed_at updated_at" },
  { "quiz_attempts", 1, "id learner_id module_id started_at finished_at score total" },
  { "quiz_answers", 1, "attempt_id question_id chosen correct tries answered_at" },
  { "local_contacts", 3, "id name phone when_to_call created_at" },
  { "policies", 4, "id learner_id name review_date signatures created_at updated_at" },
  { "policy_children", 4, "policy_id position name age" },
  { "policy_rules", 4, "policy_id position section_id rule_id text" },
  { "workshops", 5, "id name held_on place created_at" },
  { "learners", 5, "workshop_id pin_hash pin_failures pin_blocked_until participant_code" },
  { "settings", 5, "key value" },
  { "survey_responses", 5, "learner_id module_id phase skipped confidence_1 confidence_2 confidence_3 "
                           "intention answered_at" },
};

static void
remove_database_files (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (journal);
}

/* Copies the whole of @source into @destination in one step, so in one read
 * transaction of @source: writers carry on (the profile is in WAL mode) and
 * the copy is of one moment. Waits while another connection holds a lock
 * the copy needs. */
static int
copy_database (sqlite3 *source,
               sqlite3 *destination)
{
  sqlite3_backup *backup = sqlite3_backup_init (destination, "main", source, "main");
  gint64 give_up = g_get_monotonic_time () + BUSY_WAIT_USEC;
  int status;

  if (backup == NULL)
    return sqlite3_errcode (destination);

  do
    {
      status = sqlite3_backup_step (backup, -1);
      if ((status == SQLITE_BUSY || status == SQLITE_LOCKED) && g_get_monotonic_time () < give_up)
        g_usleep (G_USEC_PER_SEC / 20);
      else if (status == SQLITE_OK)
        continue;
      else
        break;
    }
  while (TRUE);

  sqlite3_backup_finish (backup);
  return status == SQLITE_DONE ? SQLITE_OK : status;
}

/* Both paths name the same file, e.g. the profile in use. */
static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf info_a, info_b;

  return g_stat (a, &info_a) == 0 && g_stat (b, &info_b) == 0 &&
         info_a.st_dev == info_b.st_dev && info_a.st_ino == info_b.st_ino;
}

static gboolean
set_backup_error (GError     **error,
                  const char  *file,
                  const char  *reason)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
               _("Could not save a copy of the profile in “%s”: %s. "
                 "Check the drive is connected and you may write there, or choose another place."),
               file, reason);
  return FALSE;
}

gboolean
hearth_store_backup (HearthStore  *self,
                     const char   *file,
                     GError      **error)
{
  g_autofree char *temporary = NULL;
  sqlite3 *copy = NULL;
  int fd, status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  if (same_file (file, hearth_store_get_path (self)))
    return set_backup_error (error, file, _("it is the profile Hearth is using"));

  temporary = g_strconcat (file, ".XXXXXX", NULL);
  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_backup_error (error, file, g_strerror (errno));
  g_close (fd, NULL);

  /* SQLite takes the empty temporary file for an empty database. */
  status = sqlite3_open_v2 (temporary, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (status == SQLITE_OK)
    status = copy_database (hearth_store_get_db (self), copy);
  /* One plain file, with no -wal or -shm to lose on the way. */
  if (status == SQLITE_OK)
    status = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL);

  if (status != SQLITE_OK)
    {
      g_autofree char *reason = g_strdup (copy != NULL ? sqlite3_errmsg (copy) : sqlite3_errstr (status));

      sqlite3_close (copy);
      remove_database_files (temporary);
      return set_backup_error (error, file, reason);
    }

  sqlite3_close (copy);
  if (g_rename (temporary, file) != 0)
    {
      int saved_errno = errno;

      remove_database_files (temporary);
      return set_backup_error (error, file, g_strerror (saved_errno));
    }

  return TRUE;
}

/* <data folder>/backups/<prefix>-<YYYYMMDD-HHMMSS>.db, made 0700 first;
 * a number is added if a backup of the same second is there already. */
static char *
backup_path (HearthStore  *self,
             const char   *prefix,
             GError      **error)
{
  g_autofree char *data_folder = g_path_get_dirname (hearth_store_get_path (self));
  g_autofree char *folder = g_build_filename (data_folder, BACKUPS_FOLDER, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FOLDER,
                   _("Hearth cannot make its backups folder “%s”: %s. "
                     "Check the drive is connected and you may write to it."),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s-%s.db", prefix, stamp)
                                     : g_strdup_printf ("%s-%s-%u.db", prefix, stamp, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

/* Called by the migration, before it changes anything. */
gboolean
hearth_store_backup_before_update (HearthStore  *self,
                                   int           from_version,
                                   int           to_version,
                                   GError      **error)
{
  g_autofree char *prefix = g_strdup_printf ("profile-before-update-%d-to-%d", from_version, to_version);
  g_autofree char *path = backup_path (self, prefix, error);

  return path != NULL && hearth_store_backup (self, path, error);
}

static gboolean
refuse (GError     **error,
        const char  *file,
        const char  *reason)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
               /* Translators: the second %s is the reason, e.g. "it is not a database file" */
               _("“%s” cannot be restored: %s. Nothing was changed."), file, reason);
  return FALSE;
}

static gboolean
check_tables (sqlite3     *source,
              const char  *file,
              int          version,
              GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (required_tables); i++)
    {
      const RequiredTable *required = &required_tables[i];
      g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(sqlite3_stmt) statement = NULL;
      g_auto(GStrv) columns = NULL;

      if (required->since_version > version)
        continue;

      if (sqlite3_prepare_v2 (source, "SELECT name FROM pragma_table_info (?)", -1, &statement, NULL) != SQLITE_OK)
        return refuse (error, file, sqlite3_errmsg (source));
      sqlite3_bind_text (statement, 1, required->table, -1, SQLITE_STATIC);
      while (sqlite3_step (statement) == SQLITE_ROW)
        g_hash_table_add (present, g_strdup ((const char *) sqlite3_column_text (statement, 0)));

      if (g_hash_table_size (present) == 0)
        {
          g_autofree char *reason = g_strdup_printf (_("it is not a Hearth profile (it has no “%s” table)"),
                                                     required->table);
          return refuse (error, file, reason);
        }

      columns = g_strsplit (required->columns, " ", -1);
      for (guint j = 0; columns[j] != NULL; j++)
        if (!g_hash_table_contains (present, columns[j]))
          {
            g_autofree char *reason = g_strdup_printf (_("it is not a Hearth profile "
                                                         "(its “%s” table has no “%s” column)"),
                                                       required->table, columns[j]);
            return refuse (error, file, reason);
          }
    }

  return TRUE;
}

/* Whether @source is a whole Hearth profile of a version this Hearth reads. */
static gboolean
check_profile (sqlite3     *source,
               const char  *file,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int version;

  if (sqlite3_prepare_v2 (source, "PRAGMA quick_check", -1, &statement, NULL) != SQLITE_OK)
    {
      if (sqlite3_errcode (source) == SQLITE_NOTADB)
        return refuse (error, file, _("it is not a Hearth profile (it is not a database file)"));
      return refuse (error, file, sqlite3_errmsg (source));
    }
  if (sqlite3_step (statement) != SQLITE_ROW)
    {
      if (sqlite3_errcode (source) == SQLITE_NOTADB)
        return refuse (error, file, _("it is not a Hearth profile (it is not a database file)"));
      return refuse (error, file, sqlite3_errmsg (source));
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (statement, 0), "ok") != 0)
    {
      g_autofree char *reason = g_strdup_printf (_("it is damaged (%s)"), sqlite3_column_text (statement, 0));
      return refuse (error, file, reason);
    }
  g_clear_pointer (&statement, sqlite3_finalize);

  if (sqlite3_prepare_v2 (source, "PRAGMA user_version", -1, &statement, NULL) != SQLITE_OK ||
      sqlite3_step (statement) != SQLITE_ROW)
    return refuse (error, file, sqlite3_errmsg (source));
  version = sqlite3_column_int (statement, 0);

  if (version > HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TOO_NEW,
                   _("“%s” cannot be restored: a newer version of Hearth made it. "
                     "Install the newer version of Hearth first. Nothing was changed."),
                   file);
      return FALSE;
    }
  if (version < 1)
    return refuse (error, file, _("it is not a Hearth profile (it is a database Hearth did not make)"));

  return check_tables (source, file, version, error);
}

gboolean
hearth_store_restore (HearthStore  *self,
                      const char   *file,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *aside = NULL;
  sqlite3 *source = NULL;
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  if (!g_file_test (file, G_FILE_TEST_IS_REGULAR))
    return refuse (error, file, g_file_test (file, G_FILE_TEST_EXISTS) ? _("it is not a file")
                                                                      : _("there is no such file"));
  if (same_file (file, hearth_store_get_path (self)))
    return refuse (error, file, _("it is the profile Hearth is using"));

  if (sqlite3_open_v2 (file, &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_autofree char *reason = g_strdup (source != NULL ? sqlite3_errmsg (source) : g_strerror (ENOMEM));

      sqlite3_close (source);
      return refuse (error, file, reason);
    }

  if (!check_profile (source, file, error))
    {
      sqlite3_close (source);
      return FALSE;
    }

  aside = backup_path (self, "profile-before-restore", error);
  if (aside == NULL || !hearth_store_backup (self, aside, error))
    {
      sqlite3_close (source);
      g_prefix_error (error, _("“%s” was not restored, as the current profile could not be kept aside. "),
                      file);
      return FALSE;
    }

  status = copy_database (source, hearth_store_get_db (self));
  sqlite3_close (source);
  if (status != SQLITE_OK)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not restore “%s”: %s. The profile is as it was."),
                   file, sqlite3_errstr (status));
      return FALSE;
    }

  if (hearth_store_migrate (self, &local_error))
    return TRUE;

  /* An older profile that will not update: put back the one kept aside. */
  if (sqlite3_open_v2 (aside, &source, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      copy_database (source, hearth_store_get_db (self)) == SQLITE_OK)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                 _("Could not restore “%s”: %s. The profile is as it was."), file, local_error->message);
  else
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                 _("Could not restore “%s”: %s. The profile from before is kept in “%s”."),
                 file, local_error->message, aside);
  sqlite3_close (source);
  return FALSE;
}
