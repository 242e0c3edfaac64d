/* hearth-test-db.h: reading and writing a profile straight in SQLite, as
 * another program would, to check what the store really wrote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <check.h>
#include <glib.h>
#include <sqlite3.h>

#include "hearth-store.h"

/* Straight on the file, as another program would. */
static inline sqlite3 *
raw_open (const char *folder)
{
  g_autofree char *path = g_build_filename (folder, HEARTH_STORE_FILE_NAME, NULL);
  sqlite3 *db = NULL;

  ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL);
  return db;
}

static inline void
raw_exec (const char *folder,
          const char *sql)
{
  sqlite3 *db = raw_open (folder);
  char *message = NULL;

  ck_assert_msg (sqlite3_exec (db, sql, NULL, NULL, &message) == SQLITE_OK, "%s: %s", sql, message);
  sqlite3_close (db);
}

static inline gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value;

  ck_assert_msg (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg (db));
  ck_assert_int_eq (sqlite3_step (statement), SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static inline gint64
raw_query_int (const char *folder,
               const char *sql)
{
  sqlite3 *db = raw_open (folder);
  gint64 value = query_int (db, sql);

  sqlite3_close (db);
  return value;
}

static inline char *
raw_query_text (const char *folder,
                const char *sql)
{
  sqlite3 *db = raw_open (folder);
  sqlite3_stmt *statement = NULL;
  char *value;

  ck_assert_int_eq (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), SQLITE_OK);
  ck_assert_int_eq (sqlite3_step (statement), SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}
