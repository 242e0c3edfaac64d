/* hearth-store.c: the learners' profile database
 *
 * One SQLite file, profile.db, readable only by the person whose data folder
 * it is in. Every change is its own committed transaction before the function
 * returns, so a learner's place survives the laptop being closed at any time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-store-internal.h"
#include "hearth-store-private.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include "hearth-i18n.h"
#include <glib/gstdio.h>
#include <sqlite3.h>

struct _HearthStore
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
};

G_DEFINE_FINAL_TYPE (HearthStore, hearth_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (hearth-store-error-quark, hearth_store_error)

/* Forward-only: each entry takes the schema from version i to i + 1, and an
 * entry is never edited once released; a change is a new entry. */
static const char * const migrations[] = {
  /* 1: learners, lesson progress and quiz attempts */
  "CREATE TABLE learners ("
  "  id INTEGER PRIMARY KEY,"
  "  display_name TEXT NOT NULL,"
  "  language TEXT NOT NULL,"
  "  avatar TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL);"
  "CREATE TABLE lesson_progress ("
  "  learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,"
  "  module_id TEXT NOT NULL,"
  "  lesson_id TEXT NOT NULL,"
  "  last_step INTEGER NOT NULL DEFAULT 0,"
  "  completed_at INTEGER,"
  "  updated_at INTEGER NOT NULL,"
  "  PRIMARY KEY (learner_id, module_id, lesson_id));"
  "CREATE TABLE quiz_attempts ("
  "  id INTEGER PRIMARY KEY,"
  "  learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,"
  "  module_id TEXT NOT NULL,"
  "  started_at INTEGER NOT NULL,"
  "  finished_at INTEGER,"
  "  score INTEGER,"
  "  total INTEGER);"
  "CREATE TABLE quiz_answers ("
  "  attempt_id INTEGER NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,"
  "  question_id TEXT NOT NULL,"
  "  chosen TEXT NOT NULL,"
  "  correct INTEGER NOT NULL,"
  "  tries INTEGER NOT NULL,"
  "  answered_at INTEGER NOT NULL,"
  "  PRIMARY KEY (attempt_id, question_id));",

  /* 2: a learner's results are looked up per module on every home screen */
  "CREATE INDEX quiz_attempts_by_learner ON quiz_attempts (learner_id, module_id);",

  /* 3: local help contacts a trainer enters, for the "Get help now" page */
  "CREATE TABLE local_contacts ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  phone TEXT NOT NULL,"
  "  when_to_call TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL);",

  /* 4: families' home policies: the children, and the rules chosen in order */
  "CREATE TABLE policies ("
  "  id INTEGER PRIMARY KEY,"
  "  learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  review_date TEXT,"
  "  signatures INTEGER NOT NULL DEFAULT 1,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL);"
  "CREATE INDEX policies_by_learner ON policies (learner_id);"
  "CREATE TABLE policy_children ("
  "  policy_id INTEGER NOT NULL REFERENCES policies (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  age INTEGER NOT NULL,"
  "  PRIMARY KEY (policy_id, position));"
  "CREATE TABLE policy_rules ("
  "  policy_id INTEGER NOT NULL REFERENCES policies (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  section_id TEXT NOT NULL,"
  "  rule_id TEXT,"
  "  text TEXT,"
  "  CHECK (rule_id IS NOT NULL OR text IS NOT NULL),"
  "  PRIMARY KEY (policy_id, position));",

  /* 5: workshops; each learner's optional PIN (a libsodium hash, with the
   * count of wrong tries and the time until which she must wait), workshop
   * and participant code (random, for the anonymised report); the trainer's
   * settings; the before-and-after survey, one row per module and phase,
   * each item optional (1 to 5), or the whole survey skipped */
  "CREATE TABLE workshops ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  held_on TEXT NOT NULL,"
  "  place TEXT NOT NULL DEFAULT '',"
  "  created_at INTEGER NOT NULL);"
  "ALTER TABLE learners ADD COLUMN workshop_id INTEGER REFERENCES workshops (id) ON DELETE SET NULL;"
  "ALTER TABLE learners ADD COLUMN pin_hash TEXT;"
  "ALTER TABLE learners ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE learners ADD COLUMN pin_blocked_until INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE learners ADD COLUMN participant_code TEXT;"
  "UPDATE learners SET participant_code = upper (hex (randomblob (5)));"
  "CREATE UNIQUE INDEX learners_by_participant_code ON learners (participant_code);"
  "CREATE INDEX learners_by_workshop ON learners (workshop_id);"
  "CREATE TABLE settings ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL);"
  "CREATE TABLE survey_responses ("
  "  learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,"
  "  module_id TEXT NOT NULL,"
  "  phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),"
  "  skipped INTEGER NOT NULL DEFAULT 0,"
  "  confidence_1 INTEGER CHECK (confidence_1 BETWEEN 1 AND 5),"
  "  confidence_2 INTEGER CHECK (confidence_2 BETWEEN 1 AND 5),"
  "  confidence_3 INTEGER CHECK (confidence_3 BETWEEN 1 AND 5),"
  "  intention INTEGER CHECK (intention BETWEEN 1 AND 5),"
  "  answered_at INTEGER NOT NULL,"
  "  PRIMARY KEY (learner_id, module_id, phase));",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == HEARTH_STORE_SCHEMA_VERSION);

static void
hearth_store_finalize (GObject *object)
{
  HearthStore *self = HEARTH_STORE (object);

  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self->path);

  G_OBJECT_CLASS (hearth_store_parent_class)->finalize (object);
}

static void
hearth_store_class_init (HearthStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_store_finalize;
}

static void
hearth_store_init (HearthStore *self)
{
}

gint64
hearth_store_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

gboolean
hearth_store_set_sqlite_error (HearthStore  *self,
                  GError      **error,
                  const char   *what)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
               /* Translators: the first %s says what failed, e.g. "Could not save your progress";
                * the second is the file, the third SQLite's reason. */
               _("%s in “%s”: %s"), what, self->path, sqlite3_errmsg (self->db));
  return FALSE;
}

gboolean
hearth_store_exec (HearthStore  *self,
      const char   *sql,
      const char   *what,
      GError      **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return hearth_store_set_sqlite_error (self, error, what);
  return TRUE;
}

sqlite3_stmt *
hearth_store_prepare (HearthStore  *self,
         const char   *sql,
         const char   *what,
         GError      **error)
{
  sqlite3_stmt *statement = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) != SQLITE_OK)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  return statement;
}

/* Runs a statement that returns no rows. */
gboolean
hearth_store_step_done (HearthStore   *self,
           sqlite3_stmt  *statement,
           const char    *what,
           GError       **error)
{
  if (sqlite3_step (statement) != SQLITE_DONE)
    return hearth_store_set_sqlite_error (self, error, what);
  return TRUE;
}

static int
read_schema_version (HearthStore *self)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &statement, NULL) != SQLITE_OK ||
      sqlite3_step (statement) != SQLITE_ROW)
    return -1;

  return sqlite3_column_int (statement, 0);
}

static gboolean
migrate (HearthStore  *self,
         int           target_version,
         GError      **error)
{
  int version = read_schema_version (self);

  if (version < 0)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                   _("“%s” is not a Hearth profile, or it is damaged: %s"),
                   self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }

  if (version > HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TOO_NEW,
                   _("The profile in “%s” was made by a newer version of Hearth. "
                     "Install the newer version to open it."),
                   self->path);
      return FALSE;
    }

  /* A copy first, in <data folder>/backups/, in case an update goes wrong
   * in a way no test foresaw; a new, empty profile (version 0) needs none. */
  if (version > 0 && version < target_version &&
      !hearth_store_backup_before_update (self, version, target_version, error))
    {
      g_prefix_error (error, _("The profile was not updated, as no copy of it could be kept first. "));
      return FALSE;
    }

  /* Each step and its version number commit together, so a profile is never
   * left half-migrated. */
  for (; version < target_version; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", version + 1);
      const char *what = _("Could not update the profile");

      if (!hearth_store_exec (self, "BEGIN IMMEDIATE;", what, error))
        return FALSE;

      if (!hearth_store_exec (self, migrations[version], what, error) ||
          !hearth_store_exec (self, set_version, what, error) ||
          !hearth_store_exec (self, "COMMIT;", what, error))
        {
          sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

/* Makes the folder and an empty profile.db readable only by this user,
 * before SQLite opens it: SQLite then gives its -wal and -shm files the
 * same mode as the database. */
static gboolean
prepare_folder (const char  *folder,
                const char  *path,
                GError     **error)
{
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FOLDER,
                   _("Hearth cannot make its data folder “%s”: %s. "
                     "Check the drive is connected and you may write to it, "
                     "or start Hearth with --data-dir and another folder."),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FOLDER,
                   _("Hearth cannot write its profile “%s”: %s. "
                     "Check you may write to this folder, "
                     "or start Hearth with --data-dir and another folder."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  /* A profile copied in from elsewhere may have been readable by others. */
  g_chmod (path, 0600);
  return TRUE;
}

/* Brings the open profile up to the current version, as after a restore. */
gboolean
hearth_store_migrate (HearthStore  *self,
                      GError      **error)
{
  return migrate (self, HEARTH_STORE_SCHEMA_VERSION, error);
}

HearthStore *
hearth_store_open_at_version (const char  *folder,
                              int          target_version,
                              GError     **error)
{
  g_autoptr(HearthStore) self = NULL;

  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (target_version <= HEARTH_STORE_SCHEMA_VERSION, NULL);

  self = g_object_new (HEARTH_TYPE_STORE, NULL);
  self->path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);

  if (!prepare_folder (folder, self->path, error))
    return NULL;

  if (sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                   _("Hearth cannot open its profile “%s”: %s"),
                   self->path, self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return NULL;
    }

  /* Another window or a backup may hold the lock for a moment: wait for it
   * rather than fail. FULL synchronous keeps a commit on disk once it returns. */
  sqlite3_busy_timeout (self->db, 5000);
  /* secure_delete: an erased learner's rows are overwritten with zeros in
   * the file, not only marked free, so someone with the laptop and a disk
   * tool cannot read back what a learner asked to have erased. */
  if (sqlite3_exec (self->db, "PRAGMA foreign_keys = ON;"
                             "PRAGMA secure_delete = ON;"
                             "PRAGMA journal_mode = WAL;"
                             "PRAGMA synchronous = FULL;", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                   _("“%s” is not a Hearth profile, or it is damaged: %s"),
                   self->path, sqlite3_errmsg (self->db));
      return NULL;
    }

  if (!migrate (self, target_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

HearthStore *
hearth_store_open (const char  *folder,
                   GError     **error)
{
  return hearth_store_open_at_version (folder, HEARTH_STORE_SCHEMA_VERSION, error);
}

/* After an UPDATE or DELETE by id: fails with G_IO_ERROR_NOT_FOUND when no
 * row had that id, as when another window removed it first. */
gboolean
hearth_store_check_one_changed (HearthStore  *self,
                                const char   *what,
                                GError      **error)
{
  if (sqlite3_changes (self->db) == 1)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               /* Translators: %s says what failed, e.g. "Could not save the contact" */
               _("%s: it is no longer in the list"), what);
  return FALSE;
}

sqlite3 *
hearth_store_get_db (HearthStore *self)
{
  return self->db;
}

const char *
hearth_store_get_path (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  return self->path;
}

int
hearth_store_get_schema_version (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), -1);
  return read_schema_version (self);
}
